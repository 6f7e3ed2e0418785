/** Issue 4's targets checked against a run, and the short table a person reads (README, "Benchmark"). */

const PAGE_JS_TARGET_BYTES = 200_000;

/**
 * Each target as { scenario, figure, target, value, met }; `met` is null when the run cannot say
 * (figure missing, or C run with a different epoch limit as in --quick).
 */
export function checkTargets(results) {
  const checks = [];
  const add = (scenario, figure, target, value, isMet) =>
    checks.push({ scenario, figure, target, value: value ?? null, met: value === null || value === undefined ? null : isMet(value) });
  const { A, B, C } = results.scenarios;
  if (A) {
    add('A', 'epochsPerSecond', '≥ 600', A.epochsPerSecond, (v) => v >= 600);
    add('A', 'fps', '≥ 55', A.fps, (v) => v >= 55);
    add('A', 'interactiveMs', '< 1500', A.interactiveMs, (v) => v < 1500);
  }
  if (B) {
    add('B', 'epochsPerSecond', '≥ 300', B.epochsPerSecond, (v) => v >= 300);
    add('B', 'fps', '≥ 55', B.fps, (v) => v >= 55);
    add('B', 'longTasks.maxMs', '≤ 50 (no long task)', B.longTasks?.maxMs, (v) => v <= 50);
  }
  if (C && C.untilEpoch === 10_000) add('C', 'timeToUntilMs', '≤ 5000', C.timeToUntilMs, (v) => v <= 5000);
  for (const s of Object.values(results.scenarios)) {
    if (s.drag) add(s.id, 'drag.latencyMs.p95', '≤ 50', s.drag.latencyMs.p95, (v) => v <= 50);
    if (s.numTensors) add(s.id, 'numTensors.end', `= start (${s.numTensors.start})`, s.numTensors.end, (v) => v === s.numTensors.start);
  }
  add('-', 'bundle.pageGzipBytes', `≤ ${PAGE_JS_TARGET_BYTES}`, results.bundle.pageGzipBytes, (v) => v <= PAGE_JS_TARGET_BYTES);
  // Stable sort: by scenario, then in the order added.
  return checks.sort((a, b) => (a.scenario === b.scenario ? 0 : a.scenario === '-' ? 1 : b.scenario === '-' ? -1 : a.scenario < b.scenario ? -1 : 1));
}

const text = (value, digits = 0, unit = '') =>
  value === null || value === undefined ? '–' : `${Number(value).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })}${unit}`;
const mb = (bytes) => (bytes === null || bytes === undefined ? '–' : `${(bytes / 1e6).toFixed(1)}`);
const delta = ({ start, end }) => (start === null || end === null ? '–' : `${end - start >= 0 ? '+' : '−'}${mb(Math.abs(end - start))}`);

function pad(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  return rows.map((row) => row.map((cell, column) => (column < 2 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  ')).join('\n');
}

/** The human summary: one row per scenario, the bundle sizes, and each target ✓ / ✗. */
export function formatTable(results) {
  const header = ['', 'backend', 'epochs/s', 'steps/s', 'fps', 'p95 frame', 'long tasks', 'first draw', 'drag p50/p95', 'tensors', 'heap MB page/worker (Δ)'];
  const rows = [header];
  for (const s of Object.values(results.scenarios)) {
    if (s.error) {
      rows.push([s.id, 'failed', '', '', '', '', '', '', '', '', '']);
      continue;
    }
    rows.push([
      s.id,
      s.backend,
      text(s.epochsPerSecond, 1),
      text(s.stepsPerSecond),
      text(s.fps, 1),
      text(s.frameTimeMs?.p95, 0, ' ms'),
      s.longTasks ? `${s.longTasks.count} / ${text(s.longTasks.maxMs, 0, ' ms')}` : '–',
      text(s.firstBoundaryMs, 0, ' ms'),
      s.drag ? `${text(s.drag.latencyMs.p50, 0)} / ${text(s.drag.latencyMs.p95, 0, ' ms')}` : '–',
      `${s.numTensors.start ?? '–'} → ${s.numTensors.end ?? '–'}`,
      `${mb(s.heapBytes.page.end)} (${delta(s.heapBytes.page)}) / ${mb(s.heapBytes.worker.end)} (${delta(s.heapBytes.worker)})`,
    ]);
  }
  const lines = [
    `NN Playground benchmark${results.options.quick ? ' (--quick: figures are indicative only)' : ''} · ${results.timestamp}`,
    `${results.machine.cpuModel} × ${results.machine.cores} · Chromium ${results.machine.chromium} · load average ${results.machine.loadAverageAtStart?.join(' ') ?? '–'}`,
    '',
    pad(rows),
    '',
  ];
  for (const s of Object.values(results.scenarios)) {
    if (s.error) lines.push(`${s.id}: FAILED — ${s.error}`);
    else if (s.untilEpoch !== null) lines.push(`${s.id}: epoch ${text(s.untilEpoch)} ${s.reachedUntil ? `reached in ${text(s.timeToUntilMs / 1000, 2, ' s')}` : 'not reached'}`);
  }
  const b = results.bundle;
  lines.push(`first-load JS (gzip): page ${text(b.pageGzipBytes / 1000, 1, ' kB')} · worker ${text(b.workerGzipBytes / 1000, 1, ' kB')}`);
  lines.push('', 'targets (issue 4):');
  for (const c of results.targets) {
    const mark = c.met === null ? '?' : c.met ? '✓' : '✗';
    lines.push(`  ${mark} ${c.scenario} ${c.figure} ${c.target}: ${c.value ?? '–'}`);
  }
  return lines.join('\n');
}
