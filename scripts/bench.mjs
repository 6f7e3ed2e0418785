/**
 * `npm run bench`: measures the production build in out/ in headless Chromium and prints one JSON
 * object (stdout, and the --out file) and a short table (stderr). It builds nothing: run
 * `npm run build` first. What each figure means: README.md, "Benchmark".
 *
 *   node scripts/bench.mjs [--quick] [--scenario A,C] [--seconds 10] [--backend auto]
 *                          [--out bench-results/latest.json] [--port 0]
 *   node scripts/bench.mjs --soak 30m [--scenario B] [--backend auto] [--out bench-results/soak.json]
 *   node scripts/bench.mjs --scaling-only [--out bench-results/latest.json]   (Node only; no build needed)
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { measureBundle } from './bench/bundle.mjs';
import { describeMachine, loadAverage } from './bench/machine.mjs';
import { checkTargets, formatTable } from './bench/report.mjs';
import { runScenario } from './bench/run-scenario.mjs';
import { runScaling } from './bench/scaling.mjs';
import { formatSoak, parseDuration, runSoak, SOAK_SAMPLE_INTERVAL_MS } from './bench/soak.mjs';
import { QUICK_UNTIL_EPOCH, SCENARIOS } from './bench/scenarios.mjs';
import { provideChromium } from './find-chromium.mjs';
import { startServer } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'out');
const BACKENDS = ['auto', 'webgl', 'wasm', 'cpu'];
const USAGE =
  'Usage: node scripts/bench.mjs [--quick] [--scenario A,C] [--seconds N] [--backend auto|webgl|wasm|cpu] [--out FILE] [--port N]\n' +
  '       node scripts/bench.mjs --soak 30m [--scenario B] [--backend …] [--out FILE]   (one scenario, B by default; s, m or h)\n' +
  '       node scripts/bench.mjs --scaling-only [--out FILE]   (only the scaling section, in Node: replaces that key of FILE)';
/** The scenario a soak run trains when --scenario does not say. */
const DEFAULT_SOAK_SCENARIO = 'B';

/** Results format version: bump when a key changes meaning, so comparisons can tell. */
const SCHEMA_VERSION = 1;

function parseArgs(argv) {
  const options = { quick: false, scenarios: SCENARIOS.map((s) => s.id), seconds: null, backend: 'auto', out: null, port: 0, soakMs: null, isScenarioChosen: false, scaling: 'with' };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = () => {
      const v = inline ?? argv[++index];
      if (v === undefined) throw new Error(`${flag} needs a value.`);
      return v;
    };
    if (flag === '--help' || flag === '-h') options.help = true;
    else if (flag === '--quick') options.quick = true;
    else if (flag === '--scenario' || flag === '--scenarios') {
      const ids = value().toUpperCase().split(',').map((s) => s.trim()).filter(Boolean);
      const unknown = ids.filter((id) => !SCENARIOS.some((s) => s.id === id));
      if (unknown.length || !ids.length) throw new Error(`Unknown scenario ${unknown.join(',') || '(none)'}: choose from ${SCENARIOS.map((s) => s.id).join(',')}.`);
      options.scenarios = SCENARIOS.map((s) => s.id).filter((id) => ids.includes(id));
      options.isScenarioChosen = true;
    } else if (flag === '--seconds') {
      const seconds = Number(value());
      if (!(seconds >= 1 && seconds <= 3600)) throw new Error('--seconds takes a number of seconds from 1 to 3600.');
      options.seconds = seconds;
    } else if (flag === '--backend') {
      options.backend = value();
      if (!BACKENDS.includes(options.backend)) throw new Error(`--backend takes one of ${BACKENDS.join(', ')}.`);
    } else if (flag === '--out') options.out = value();
    else if (flag === '--port') {
      options.port = Number(value());
      if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) throw new Error('--port takes 0 (any free port) to 65535.');
    } else if (flag === '--soak') options.soakMs = parseDuration(value());
    else if (flag === '--scaling-only') options.scaling = 'only';
    else if (flag === '--no-scaling') options.scaling = 'without';
    else throw new Error(`Unknown argument ${JSON.stringify(arg)}.`);
  }
  if (options.soakMs !== null) {
    if (options.quick || options.seconds !== null) throw new Error('--soak does not combine with --quick or --seconds.');
    if (options.isScenarioChosen && options.scenarios.length !== 1) throw new Error('--soak runs one scenario: pass one id to --scenario.');
    if (!options.isScenarioChosen) options.scenarios = [DEFAULT_SOAK_SCENARIO];
  }
  // --quick checks the script in CI: the heaviest scenarios (6 × 64) run only when named.
  if (options.quick && !options.isScenarioChosen) options.scenarios = SCENARIOS.filter((s) => !s.isHeavy).map((s) => s.id);
  // The scaling section takes about a minute: a full run of every scenario measures it, --quick, a
  // chosen subset of scenarios and a soak do not.
  if (options.scaling === 'with' && (options.quick || options.isScenarioChosen || options.soakMs !== null)) options.scaling = 'without';
  if (options.scaling === 'only' && (options.quick || options.isScenarioChosen || options.soakMs !== null || options.seconds !== null)) {
    throw new Error('--scaling-only takes only --out.');
  }
  options.out ??= join(root, 'bench-results', options.soakMs === null ? 'latest.json' : 'soak.json');
  return options;
}

/** Phase lengths: --quick keeps each scenario to about 2 s of training (CI), a full run measures ≥ 10 s. */
function settingsOf(options) {
  const quick = options.quick;
  return {
    warmupMs: quick ? 500 : 1000,
    measureMs: (options.seconds ?? (quick ? 2 : 10)) * 1000,
    dragMoves: quick ? 20 : 90,
    dragMaxMs: quick ? 5000 : 20_000,
    untilEpoch: quick ? QUICK_UNTIL_EPOCH : null,
    untilTimeoutMs: quick ? 60_000 : 180_000,
    backend: options.backend,
  };
}

const log = (message) => console.error(`bench: ${message}`);

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`bench: ${error.message}\n${USAGE}`);
    process.exit(2);
  }
  if (options.help) {
    console.error(USAGE);
    return 0;
  }
  if (options.scaling === 'only') return scalingOnly(options);
  if (!existsSync(join(outDir, 'index.html'))) {
    console.error('bench: out/index.html is missing: run npm run build first.');
    return 1;
  }

  const settings = settingsOf(options);
  const bundle = await measureBundle(outDir);
  const chromiumPath = await provideChromium();
  const server = await startServer({ dir: outDir, port: options.port });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--disable-quic', '--disable-gpu', '--enable-unsafe-swiftshader'],
  });
  const machine = describeMachine({ chromiumVersion: browser.version(), chromiumPath });
  if (options.soakMs !== null) return soak(options, { browser, server, machine, bundle });
  const scenarios = {};
  try {
    for (const scenario of SCENARIOS.filter((s) => options.scenarios.includes(s.id))) {
      const untilEpoch = scenario.untilEpoch === null ? null : (settings.untilEpoch ?? scenario.untilEpoch);
      try {
        scenarios[scenario.id] = await runScenario(browser, server.url, scenario, { ...settings, untilEpoch, log });
      } catch (error) {
        log(`${scenario.id} failed: ${error.message}`);
        scenarios[scenario.id] = { id: scenario.id, title: scenario.title, error: error.message.split('\n')[0] };
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const results = {
    schema: SCHEMA_VERSION,
    timestamp: new Date().toISOString(),
    options: {
      quick: options.quick,
      scenarios: options.scenarios,
      backend: options.backend,
      warmupSeconds: settings.warmupMs / 1000,
      measureSeconds: settings.measureMs / 1000,
      dragMoves: settings.dragMoves,
    },
    machine: { ...machine, loadAverageAtEnd: loadAverage() },
    bundle,
    scenarios,
    targets: [],
    notes: [
      'Times are ms on the page clock (performance.now(), 0 = navigation start); the worker is measured through the page.',
      'epochsPerSecond: median of 1-s samples of the epoch readout after the warm-up; stepsPerSecond = epochsPerSecond × stepsPerEpoch; stepsPerSecondReported: median of the worker\'s own meter (data-steps-per-second).',
      'numTensors: tf.memory().numTensors of the worker\'s TensorFlow.js engine (globalThis._tfengine), read while paused.',
      'heapBytes: used JS heap after a forced garbage collection (CDP), for the page and for the trainer worker.',
      'The targets for heap growth over 5 minutes and numTensors over 100,000 steps need the soak run (issue 7).',
      'A high load average (machine.loadAverageAtStart/AtEnd) means other work shared the CPU: figures are then low and noisy.',
    ],
  };
  results.targets = checkTargets(results);
  const outPath = resolve(options.out);
  if (options.scaling === 'with') {
    const { scaling, svg } = await runScaling({ log });
    results.scaling = scaling;
    await writeChart(outPath, svg);
  }

  await mkdir(dirname(outPath), { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  await writeFile(outPath, json);
  process.stdout.write(json);
  const scalingTable = results.scaling ? `\n\n${formatScaling(results.scaling)}` : '';
  console.error(`\n${formatTable(results)}${scalingTable}\n\nbench: wrote ${outPath}`);
  return Object.values(scenarios).some((s) => s.error) ? 1 : 0;
}

/** scaling.svg beside the results file. */
async function writeChart(outPath, svg) {
  const chartPath = join(dirname(outPath), 'scaling.svg');
  await mkdir(dirname(chartPath), { recursive: true });
  await writeFile(chartPath, svg);
  log(`wrote ${chartPath}`);
}

/**
 * --scaling-only: measures the scaling section alone (in Node: no build, no browser) and puts it into
 * the results file in place of its `scaling` key, keeping the scenarios measured before.
 */
async function scalingOnly(options) {
  const outPath = resolve(options.out);
  const previous = existsSync(outPath) ? JSON.parse(await readFile(outPath, 'utf8')) : { schema: SCHEMA_VERSION };
  const started = loadAverage();
  const { scaling, svg } = await runScaling({ log });
  const results = { ...previous, scaling: { ...scaling, timestamp: new Date().toISOString(), loadAverageAtStart: started, loadAverageAtEnd: loadAverage() } };
  await mkdir(dirname(outPath), { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  await writeFile(outPath, json);
  await writeChart(outPath, svg);
  process.stdout.write(json);
  console.error(`\n${formatScaling(results.scaling)}\n\nbench: wrote ${outPath}`);
  return 0;
}

/** One line per workload: the engine that trains it faster, its rate and share of the limit. */
function formatScaling(scaling) {
  const lines = ['scaling (Node, tfjs-wasm)      engine  ms/step   G/s  % limit  fixed µs | grid js / tfjs ms'];
  for (const w of scaling.workloads) {
    const best = w.train[w.chosen];
    const fixed = best.fixedCostUs === null ? '' : best.fixedCostUs.toFixed(1);
    lines.push(
      `${w.id.padEnd(30)} ${w.chosen.padEnd(6)} ${best.msPerStep.toFixed(3).padStart(8)} ${best.gigaMultiplyAddsPerSecond.toFixed(2).padStart(5)} ` +
        `${best.percentOfLimit.toFixed(0).padStart(7)} ${fixed.padStart(9)} | ${w.grid.js.ms.toFixed(2)} / ${w.grid.tfjs.ms.toFixed(2)}`,
    );
  }
  return lines.join('\n');
}

/** --soak: one scenario for the whole duration; its own JSON (`soak` instead of `scenarios`). */
async function soak(options, { browser, server, machine, bundle }) {
  const scenario = SCENARIOS.find((s) => s.id === options.scenarios[0]);
  let result;
  try {
    result = await runSoak(browser, server.url, scenario, { durationMs: options.soakMs, backend: options.backend, log });
  } catch (error) {
    log(`soak ${scenario.id} failed: ${error.message}`);
    result = { id: scenario.id, title: scenario.title, error: error.message.split('\n')[0] };
  } finally {
    await browser.close();
    await server.close();
  }
  const results = {
    schema: SCHEMA_VERSION,
    timestamp: new Date().toISOString(),
    options: { soakSeconds: options.soakMs / 1000, scenario: scenario.id, backend: options.backend, sampleIntervalSeconds: SOAK_SAMPLE_INTERVAL_MS / 1000 },
    machine: { ...machine, loadAverageAtEnd: loadAverage() },
    bundle,
    soak: result,
    notes: [
      'samples: every ~10 s while training; seconds since play, the epoch readout, numTensors (lowest of 5 readings 40 ms apart: a snapshot being built holds a few tensors briefly), used JS heap of page and worker after a forced GC.',
      'start/end/min/max/growth are over the samples (growth = end − start); slopePerMinuteAfterWarmup is the least-squares slope of the samples after the first 30 s, per minute.',
      'idleBefore: paused before play; pausedAfter: paused after the run (numTensors settled).',
      'A high load average (machine.loadAverageAtStart/AtEnd) means other work shared the CPU.',
    ],
  };
  const outPath = resolve(options.out);
  await mkdir(dirname(outPath), { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  await writeFile(outPath, json);
  process.stdout.write(json);
  console.error(`\n${formatSoak(result)}\n\nbench: wrote ${outPath}`);
  return result.error || result.errors?.length ? 1 : 0;
}

process.exitCode = await main();
