/**
 * Turns the page's records (scripts/bench/probes.mjs) into the benchmark's figures. Pure functions;
 * every time is in ms on the page's clock.
 */

/** Appends a `take()` result to the records gathered so far. */
export function accumulate(records, taken) {
  for (const key of ['frames', 'epochs', 'attributes', 'inputs']) records[key].push(...taken[key]);
  if (taken.longTasks === null) records.longTasks = null;
  else if (records.longTasks !== null) records.longTasks.push(...taken.longTasks);
  records.marks = taken.marks;
  records.now = taken.now;
  return records;
}

export function emptyRecords() {
  return { frames: [], epochs: [], attributes: [], inputs: [], longTasks: [], marks: null, now: 0 };
}

/** The median of finite numbers, or null when there are none. */
export function median(values) {
  return percentile(values, 50);
}

/** The p-th percentile (linear interpolation between closest ranks), or null when there are no values. */
export function percentile(values, p) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

/** Value at `time` of a step function given as time-sorted { time, value } records; null before the first. */
export function valueAt(series, time) {
  let low = 0;
  let high = series.length - 1;
  let found = null;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (series[middle].time <= time) {
      found = series[middle].value;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** Growth per second of a counter in each whole `binMs` bin of [startMs, endMs] (sampled at bin edges). */
export function rateSamples(series, startMs, endMs, binMs = 1000) {
  const rates = [];
  for (let from = startMs; from + binMs <= endMs + 1e-6; from += binMs) {
    const a = valueAt(series, from);
    const b = valueAt(series, from + binMs);
    if (a !== null && b !== null) rates.push((b - a) / (binMs / 1000));
  }
  return rates;
}

/** Mean growth per second of a counter over [startMs, endMs], or null. */
export function meanRate(series, startMs, endMs) {
  const a = valueAt(series, startMs);
  const b = valueAt(series, endMs);
  return a === null || b === null || endMs <= startMs ? null : (b - a) / ((endMs - startMs) / 1000);
}

/** The records of one watched attribute as a { time, value } series. */
export function attributeSeries(records, name) {
  return records.attributes.filter((a) => a.name === name).map(({ time, value }) => ({ time, value }));
}

const round = (value, digits = 1) => (value === null || value === undefined || !Number.isFinite(value) ? null : Number(value.toFixed(digits)));

/**
 * Frames and main-thread long tasks in [startMs, endMs]: frames per second (requestAnimationFrame
 * callbacks per second), frame time p50/p95/max (gaps between consecutive callbacks), and long tasks
 * starting in the window (count, longest, sum).
 */
export function windowStats(records, startMs, endMs) {
  const seconds = (endMs - startMs) / 1000;
  const inWindow = records.frames.filter((t) => t >= startMs && t <= endMs);
  const gaps = [];
  for (let i = 1; i < inWindow.length; i++) gaps.push(inWindow[i] - inWindow[i - 1]);
  const tasks = records.longTasks === null ? null : records.longTasks.filter((task) => task.start >= startMs && task.start < endMs);
  return {
    seconds: round(seconds, 2),
    fps: seconds > 0 ? round(inWindow.length / seconds) : null,
    frameTimeMs: { p50: round(percentile(gaps, 50)), p95: round(percentile(gaps, 95)), max: round(gaps.length ? Math.max(...gaps) : null) },
    longTasks:
      tasks === null
        ? null
        : {
            count: tasks.length,
            maxMs: tasks.length ? round(Math.max(...tasks.map((task) => task.duration))) : 0,
            totalMs: round(tasks.reduce((sum, task) => sum + task.duration, 0)),
          },
  };
}

/** Median of the worker-reported steps/s (data-steps-per-second) in the window, ignoring zeros. */
export function reportedStepsPerSecond(attributes, startMs, endMs) {
  const values = attributes
    .filter((a) => a.name === 'data-steps-per-second' && a.time >= startMs && a.time <= endMs && a.value > 0)
    .map((a) => a.value);
  return median(values);
}

/**
 * Latency from each drag input (pointermove with the button down) in [startMs, endMs] to the first
 * drawn boundary that reflects it (a data-drawn-points-version ≥ the input's edit version, at or
 * after the input).
 *
 * Every drag move is one edit of the points, so with `versionAtStart` (data-points-version before
 * the first input) the k-th input made version versionAtStart + k, even when React folds several
 * edits into one render ('by count'). If the versions do not add up (an input made no edit), each
 * input is paired with the first version change after it instead ('by time'; this can pair an input
 * with the previous input's late render and so read low).
 */
export function dragLatency(records, startMs, endMs, versionAtStart = null) {
  const edits = records.attributes.filter((a) => a.name === 'data-points-version');
  const drawn = records.attributes.filter((a) => a.name === 'data-drawn-points-version');
  const inputs = records.inputs.filter((t) => t >= startMs && t <= endMs);
  const lastEdit = edits.filter((e) => e.time <= endMs + 1000).pop();
  const isByCount = versionAtStart !== null && lastEdit !== undefined && lastEdit.value - versionAtStart === inputs.length;
  const latencies = [];
  let unreflected = 0;
  inputs.forEach((input, k) => {
    const version = isByCount ? versionAtStart + k + 1 : edits.find((e) => e.time >= input)?.value;
    const shown = version === undefined ? undefined : drawn.find((d) => d.time >= input && d.value >= version);
    if (shown) latencies.push(shown.time - input);
    else unreflected += 1;
  });
  return {
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    max: round(latencies.length ? Math.max(...latencies) : null),
    inputs: inputs.length,
    unreflected,
    pairing: isByCount ? 'by count' : 'by time',
  };
}

/** Time a counter first reads ≥ `value`, or null. */
export function timeOfValue(series, value) {
  return series.find((e) => e.value >= value)?.time ?? null;
}

export { round };
