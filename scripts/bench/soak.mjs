/* global document */
/**
 * Soak mode (issue 7): one scenario trains for a long time (`--soak 30m`) while the tensor count and the
 * JS heaps of the page and of the trainer worker are sampled every ~10 s. Flat figures mean nothing
 * leaks over a long lesson.
 */
import { openPlayground } from './run-scenario.mjs';
import { numTensors, openHeapProbe, settledNumTensors } from './worker-probes.mjs';
import { queryOf } from './scenarios.mjs';

const byTestId = (id) => `[data-testid="${id}"]`;
export const SOAK_SAMPLE_INTERVAL_MS = 10_000;
/** Samples before this much training are left out of the growth rate (JIT and caches warm up). */
const WARMUP_MS = 30_000;

/** '45s', '30m', '1.5h' or a bare number of seconds → milliseconds; throws on anything else. */
export function parseDuration(text) {
  const match = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/i.exec(String(text).trim());
  if (!match) throw new Error(`--soak takes a duration such as 45s, 30m or 2h, not ${JSON.stringify(text)}.`);
  const unit = (match[2] ?? 's').toLowerCase();
  const ms = Number(match[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[unit];
  if (!(ms >= 5000 && ms <= 24 * 3_600_000)) throw new Error('--soak takes 5 s to 24 h.');
  return ms;
}

/** Least-squares slope of value over time, per minute (null with fewer than two samples). */
export function slopePerMinute(samples, key) {
  const points = samples.filter((s) => s[key] !== null && s[key] !== undefined).map((s) => [s.seconds / 60, s[key]]);
  if (points.length < 2) return null;
  const mx = points.reduce((a, [x]) => a + x, 0) / points.length;
  const my = points.reduce((a, [, y]) => a + y, 0) / points.length;
  const sxx = points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  if (sxx === 0) return null;
  return points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0) / sxx;
}

/** start (first sample), end (last), min, max and growth (end − start) of one figure. */
export function summarise(samples, key) {
  const values = samples.map((s) => s[key]).filter((v) => v !== null && v !== undefined);
  if (!values.length) return { start: null, end: null, min: null, max: null, growth: null, slopePerMinuteAfterWarmup: null };
  const start = values[0];
  const end = values[values.length - 1];
  const slope = slopePerMinute(samples.filter((s) => s.seconds * 1000 >= WARMUP_MS), key);
  return {
    start,
    end,
    min: Math.min(...values),
    max: Math.max(...values),
    growth: end - start,
    slopePerMinuteAfterWarmup: slope === null ? null : Math.round(slope),
  };
}

/** Lowest of a few readings: while training, a snapshot being built holds a few tensors for a moment. */
async function baselineNumTensors(page) {
  let lowest = null;
  for (let i = 0; i < 5; i++) {
    const count = await numTensors(page);
    if (count !== null && (lowest === null || count < lowest)) lowest = count;
    await page.waitForTimeout(40);
  }
  return lowest;
}

const epochOf = (page) =>
  page.locator(byTestId('epoch')).innerText().then((text) => Number(text.replace(/,/g, '')));

/**
 * Trains `scenario` for durationMs in a fresh context, sampling every SOAK_SAMPLE_INTERVAL_MS:
 * seconds since play, epoch, numTensors (lowest of 5 quick readings), page and worker heap after a GC.
 */
export async function runSoak(browser, baseUrl, scenario, { durationMs, backend, log, viewport = { width: 1280, height: 1000 } }) {
  const query = queryOf(scenario, { untilEpoch: null, backend });
  const errors = [];
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    });
    log(`soak ${scenario.id}: loading /?${query}`);
    await openPlayground(page, baseUrl, query);
    const backendName = (await page.locator(byTestId('backend')).innerText()).trim();
    const heapProbe = await openHeapProbe(page);
    const idle = { tensors: await settledNumTensors(page), heap: await heapProbe.heapBytes() };

    await page.locator(byTestId('play')).click();
    const startedAt = Date.now();
    const samples = [];
    const sample = async () => {
      const heap = await heapProbe.heapBytes();
      const entry = {
        seconds: Math.round((Date.now() - startedAt) / 100) / 10,
        epoch: await epochOf(page),
        numTensors: await baselineNumTensors(page),
        heapPage: heap.page,
        heapWorker: heap.worker,
      };
      samples.push(entry);
      log(`soak ${scenario.id}: ${entry.seconds} s, epoch ${entry.epoch}, ${entry.numTensors} tensors, heap page ${(entry.heapPage / 1e6).toFixed(1)} MB, worker ${entry.heapWorker === null ? '–' : (entry.heapWorker / 1e6).toFixed(1)} MB`);
    };
    await sample();
    while (Date.now() - startedAt < durationMs) {
      const nextAt = startedAt + samples.length * SOAK_SAMPLE_INTERVAL_MS;
      await page.waitForTimeout(Math.max(0, Math.min(nextAt, startedAt + durationMs) - Date.now()));
      await sample();
    }
    const isPlaying = (await page.locator(byTestId('play')).getAttribute('aria-pressed')) === 'true';
    if (isPlaying) await page.locator(byTestId('play')).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="play"]')?.getAttribute('aria-pressed') === 'false');
    const paused = { tensors: await settledNumTensors(page), heap: await heapProbe.heapBytes() };
    await heapProbe.close();

    return {
      id: scenario.id,
      title: scenario.title,
      query,
      backend: backendName,
      seconds: Math.round((Date.now() - startedAt) / 1000),
      sampleIntervalSeconds: SOAK_SAMPLE_INTERVAL_MS / 1000,
      wasStillTraining: isPlaying,
      epochs: samples[samples.length - 1]?.epoch ?? null,
      numTensors: { idleBefore: idle.tensors, pausedAfter: paused.tensors, ...summarise(samples, 'numTensors') },
      heapBytes: {
        page: { idleBefore: idle.heap.page, pausedAfter: paused.heap.page, ...summarise(samples, 'heapPage') },
        worker: { idleBefore: idle.heap.worker, pausedAfter: paused.heap.worker, ...summarise(samples, 'heapWorker') },
      },
      samples,
      errors,
    };
  } finally {
    await context.close();
  }
}

/** The few lines a person reads at the end of a soak run. */
export function formatSoak(result) {
  const mb = (bytes) => (bytes === null || bytes === undefined ? '–' : `${(bytes / 1e6).toFixed(1)} MB`);
  const signed = (bytes) => (bytes === null || bytes === undefined ? '–' : `${bytes >= 0 ? '+' : '−'}${mb(Math.abs(bytes))}`);
  if (result.error) return `soak ${result.id}: failed: ${result.error}`;
  const t = result.numTensors;
  const line = (name, h) => `${name.padEnd(12)} start ${mb(h.start)}, end ${mb(h.end)}, max ${mb(h.max)}, growth ${signed(h.growth)} (${h.slopePerMinuteAfterWarmup ?? '–'} B/min after 30 s)`;
  return [
    `soak ${result.id} (${result.title}) on ${result.backend}: ${result.seconds} s, ${result.epochs?.toLocaleString('en-US')} epochs, ${result.samples.length} samples`,
    `numTensors   start ${t.start}, end ${t.end}, max ${t.max}, growth ${t.growth}; idle before ${t.idleBefore}, paused after ${t.pausedAfter}`,
    line('page heap', result.heapBytes.page),
    line('worker heap', result.heapBytes.worker),
  ].join('\n');
}
