/* global window, document, performance, Buffer */
/**
 * Drives one scenario in a fresh browser context (cold cache, fresh worker): load, wait for the first
 * boundary, train for a warm-up and a measured window, drag points while training runs, pause, and
 * read tensors and heaps. Returns the scenario's figures (see README, "Benchmark").
 */
import { installProbes } from './probes.mjs';
import {
  accumulate,
  attributeSeries,
  dragLatency,
  emptyRecords,
  meanRate,
  median,
  rateSamples,
  reportedStepsPerSecond,
  round,
  timeOfValue,
  windowStats,
} from './measure.mjs';
import { customPointsCsv, queryOf, stepsPerEpochOf } from './scenarios.mjs';
import { openHeapProbe, settledNumTensors } from './worker-probes.mjs';

const byTestId = (id) => `[data-testid="${id}"]`;
const VIEWPORT = { width: 1280, height: 1000 };
/** Pointer moves during a drag, per second: a brisk hand. */
const DRAG_MOVES_PER_SECOND = 30;
/** One drag circles this far around its point, in CSS pixels, then lets go. */
const DRAG_RADIUS_PX = 30;
const DRAG_MOVES_PER_CIRCLE = 30;

/** Opens the playground at `query` and waits until the worker is ready and a first boundary is drawn. */
export async function openPlayground(page, baseUrl, query) {
  await page.goto(new URL(`?${query}`, baseUrl).href, { waitUntil: 'load' });
  await page.waitForFunction(
    () => {
      const play = document.querySelector('[data-testid="play"]');
      const plane = document.querySelector('[data-drawn-points-version]');
      return play && !play.disabled && plane && plane.getAttribute('data-drawn-points-version') !== '0';
    },
    null,
    { timeout: 60_000 },
  );
}

/** Imports `count` custom points through the share menu, as a visitor would, and waits until they are drawn. */
async function importPoints(page, count) {
  await page.locator(byTestId('share-toggle')).click();
  await page.locator(byTestId('import-file')).setInputFiles({ name: 'points.csv', mimeType: 'text/csv', buffer: Buffer.from(customPointsCsv(count)) });
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="point"]').length === n, count, { timeout: 30_000 });
  await page.locator(byTestId('share-toggle')).click();
  await page.waitForFunction(() => {
    const plane = document.querySelector('[data-drawn-points-version]');
    return plane && plane.getAttribute('data-drawn-points-version') === plane.getAttribute('data-points-version');
  });
}

/**
 * Circles training points with the mouse, one point per circle, until `moves` pointer moves are made
 * or `maxMs` has passed (each move waits until the page has taken it, so a busy page slows the drag).
 */
async function dragPoints(page, { moves, maxMs }) {
  const plane = page.locator(byTestId('data-plane'));
  await plane.scrollIntoViewIfNeeded();
  const frame = await plane.locator('rect').first().boundingBox();
  if (!frame) throw new Error('the data plane is not visible');
  const clampX = (x) => Math.min(frame.x + frame.width - 2, Math.max(frame.x + 2, x));
  const clampY = (y) => Math.min(frame.y + frame.height - 2, Math.max(frame.y + 2, y));
  const points = page.locator(`${byTestId('point')}[data-split="train"]`);
  const count = await points.count();
  if (count === 0) throw new Error('no training points to drag');
  const intervalMs = 1000 / DRAG_MOVES_PER_SECOND;
  const endAt = Date.now() + maxMs;
  let made = 0;
  for (let drag = 0; made < moves && Date.now() < endAt; drag++) {
    const box = await points.nth((drag * 7919) % count).boundingBox();
    if (!box) continue;
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    // Keep the circle inside the plane: it runs towards the plane's centre.
    const towardsX = start.x < frame.x + frame.width / 2 ? 1 : -1;
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= DRAG_MOVES_PER_CIRCLE && made < moves && Date.now() < endAt; i++, made++) {
      const angle = (2 * Math.PI * i) / DRAG_MOVES_PER_CIRCLE;
      await page.mouse.move(
        clampX(start.x + towardsX * DRAG_RADIUS_PX * (1 - Math.cos(angle))),
        clampY(start.y + DRAG_RADIUS_PX * Math.sin(angle)),
      );
      await page.waitForTimeout(intervalMs);
    }
    await page.mouse.up();
  }
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseUrl  the served site, ending with '/'
 * @param {import('./scenarios.mjs').Scenario} scenario
 * @param {{ warmupMs: number, measureMs: number, dragMoves: number, dragMaxMs: number, untilEpoch: number | null,
 *           untilTimeoutMs: number, backend: string, log: (message: string) => void }} settings
 */
export async function runScenario(browser, baseUrl, scenario, settings) {
  const { warmupMs, measureMs, dragMoves, dragMaxMs, untilEpoch, untilTimeoutMs, backend, log } = settings;
  const query = queryOf(scenario, { untilEpoch, backend });
  const notes = [...scenario.notes];
  const errors = [];
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    });
    await page.addInitScript(installProbes);
    const records = emptyRecords();
    const take = async () => accumulate(records, await page.evaluate(() => window.__bench.take()));
    const isPlaying = () => page.locator(byTestId('play')).getAttribute('aria-pressed').then((v) => v === 'true');

    log(`${scenario.id}: loading /?${query}`);
    await openPlayground(page, baseUrl, query);
    if (scenario.importPoints) {
      log(`${scenario.id}: importing ${scenario.importPoints.toLocaleString('en-US')} custom points`);
      await importPoints(page, scenario.importPoints);
    }
    for (const testId of scenario.opens ?? []) {
      await page.locator(byTestId(testId)).click();
      log(`${scenario.id}: opened ${testId}`);
    }
    const navigation = await page.evaluate(() => {
      const entry = performance.getEntriesByType('navigation')[0];
      return entry ? { domContentLoadedMs: entry.domContentLoadedEventEnd, loadMs: entry.loadEventEnd } : null;
    });
    const backendName = (await page.locator(byTestId('backend')).innerText()).trim();
    const countText = await page.locator(byTestId('point-count')).innerText();
    const trainPoints = Number((/\(([\d,]+) training/.exec(countText)?.[1] ?? '0').replace(/,/g, ''));
    const stepsPerEpoch = stepsPerEpochOf(trainPoints, scenario.params.batch);

    const heapProbe = await openHeapProbe(page);
    const tensorsAtStart = await settledNumTensors(page);
    const heapAtStart = await heapProbe.heapBytes();
    const stepAtStart = await page.evaluate(() => {
      const value = document.querySelector('[data-step]')?.getAttribute('data-step');
      return value === undefined || value === null ? null : Number(value);
    });
    await take();
    const idleAt = records.now;

    log(`${scenario.id}: training (${backendName})`);
    await page.locator(byTestId('play')).click();
    await take();
    const playAt = records.marks.playClicks[records.marks.playClicks.length - 1] ?? records.now;

    let span;
    let timeToUntilMs = null;
    let reachedUntil = null;
    if (untilEpoch !== null) {
      reachedUntil = await page
        .waitForFunction(
          (until) => Number(document.querySelector('[data-testid="epoch"]')?.textContent?.replace(/,/g, '')) >= until,
          untilEpoch,
          { timeout: untilTimeoutMs, polling: 100 },
        )
        .then(() => true)
        .catch(() => false);
      await take();
      const reachedAt = reachedUntil ? timeOfValue(records.epochs, untilEpoch) : null;
      timeToUntilMs = reachedAt === null ? null : round(reachedAt - playAt, 0);
      if (!reachedUntil) notes.push(`Epoch ${untilEpoch} was not reached within ${untilTimeoutMs / 1000} s.`);
      span = { start: playAt, end: reachedAt ?? records.now };
    } else {
      await page.waitForTimeout(warmupMs + measureMs + 100);
      await take();
      span = { start: playAt + warmupMs, end: Math.min(records.now, playAt + warmupMs + measureMs) };
    }

    // Rates come from the drawn snapshot's step counter (exact, fine-grained) when the build has it;
    // the epoch readout (whole epochs, too coarse when an epoch takes a second or more) is the check.
    const steps = [{ time: idleAt, value: stepAtStart }, ...attributeSeries(records, 'data-step')];
    const hasSteps = stepAtStart !== null && steps.length > 1;
    const counter = hasSteps ? steps : records.epochs;
    const samples = rateSamples(counter, span.start, span.end);
    const rate = samples.length ? median(samples) : meanRate(counter, span.start, span.end);
    if (!samples.length) notes.push('The run was shorter than one 1-s sample: rates are means over the run.');
    if (!hasSteps) notes.push('No data-step attribute in this build: rates come from the epoch readout.');
    const stepsPerSecond = hasSteps ? rate : rate === null ? null : rate * stepsPerEpoch;
    const epochsPerSecond = !hasSteps ? rate : rate === null || stepsPerEpoch === 0 ? null : rate / stepsPerEpoch;
    const readoutSamples = rateSamples(records.epochs, span.start, span.end);
    const training = windowStats(records, span.start, span.end);

    let drag = null;
    if (dragMoves > 0 && (await isPlaying())) {
      log(`${scenario.id}: dragging points while training`);
      const versionAtStart = await page.evaluate(() => Number(document.querySelector('[data-points-version]')?.getAttribute('data-points-version')));
      await take();
      const dragStart = records.now;
      await dragPoints(page, { moves: dragMoves, maxMs: dragMaxMs });
      await take();
      const dragEnd = records.now;
      // Let the last edits reach the boundary before pairing them.
      await page.waitForTimeout(500);
      await take();
      drag = { latencyMs: dragLatency(records, dragStart, dragEnd, versionAtStart), ...windowStats(records, dragStart, dragEnd) };
    } else if (dragMoves > 0) {
      notes.push('No drag latency: training had stopped (until) before the drag phase.');
    }

    if (await isPlaying()) {
      await page.locator(byTestId('play')).click();
      await page.waitForFunction(() => document.querySelector('[data-testid="play"]')?.getAttribute('aria-pressed') === 'false');
    }
    await take();
    const epochsTrained = Number((await page.locator(byTestId('epoch')).innerText()).replace(/,/g, ''));
    const tensorsAtEnd = await settledNumTensors(page);
    const heapAtEnd = await heapProbe.heapBytes();
    await heapProbe.close();
    // Which engines trained and drew the maps at the end (auto may move between them with the workload).
    const engineAttribute = (name) => page.locator(byTestId('engine')).getAttribute(name).catch(() => null);
    const engines = { train: await engineAttribute('data-engine'), grid: await engineAttribute('data-grid-engine') };
    if (tensorsAtStart === null) notes.push('numTensors unavailable: no TensorFlow.js engine (_tfengine) found in the worker.');

    return {
      id: scenario.id,
      title: scenario.title,
      query,
      backend: backendName,
      engines,
      trainPoints,
      stepsPerEpoch,
      epochsPerSecond: round(epochsPerSecond, 2),
      stepsPerSecond: round(stepsPerSecond, 0),
      stepsPerSecondSamples: hasSteps ? samples.map((r) => round(r, 0)) : null,
      epochsPerSecondReadout: round(readoutSamples.length ? median(readoutSamples) : meanRate(records.epochs, span.start, span.end), 1),
      stepsPerSecondReported: round(reportedStepsPerSecond(records.attributes, span.start, span.end), 0),
      measuredSeconds: training.seconds,
      fps: training.fps,
      frameTimeMs: training.frameTimeMs,
      longTasks: training.longTasks,
      firstBoundaryMs: round(records.marks.firstBoundary, 0),
      interactiveMs: round(records.marks.interactive, 0),
      navigation: navigation && { domContentLoadedMs: round(navigation.domContentLoadedMs, 0), loadMs: round(navigation.loadMs, 0) },
      untilEpoch,
      reachedUntil,
      timeToUntilMs,
      drag,
      epochsTrained,
      numTensors: { start: tensorsAtStart, end: tensorsAtEnd },
      heapBytes: {
        page: { start: heapAtStart.page, end: heapAtEnd.page },
        worker: { start: heapAtStart.worker, end: heapAtEnd.worker },
      },
      errors,
      notes,
    };
  } finally {
    await context.close();
  }
}
