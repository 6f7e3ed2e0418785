/**
 * The benchmark's scenarios (issue 4). Every parameter that matters is pinned in the query, so a change
 * of the app's defaults does not move the figures. A, B and D use TF Playground's 500 points with half
 * for training, so epochs/s compare with it directly (TF Playground's figures: README.md, "Benchmark").
 */

/**
 * @typedef {object} Scenario
 * @property {string} id            one letter, the key in the results
 * @property {string} title         what a reader sees in the table
 * @property {Record<string, string>} params  URL parameters (README: "URL parameters")
 * @property {number | null} untilEpoch  training stops there; the figure is the wall time to reach it
 * @property {number} [importPoints]  that many custom points are imported (CSV, share menu) before training
 * @property {string[]} [opens]  test ids of toggles clicked before training (a view that is open while it trains)
 * @property {boolean} [isHeavy]  left out of --quick (CI) unless named with --scenario
 * @property {string[]} notes
 */

/** @type {readonly Scenario[]} */
export const SCENARIOS = [
  {
    id: 'A',
    title: 'circle, 4-2 tanh, batch 10 (TF Playground default)',
    params: { dataset: 'circle', n: '500', noise: '0', train: '50', layers: '4,2', act: 'tanh', lr: '0.03', batch: '10' },
    untilEpoch: null,
    notes: ['TF Playground defaults: 500 points, noise 0, 50 % training.'],
  },
  {
    id: 'B',
    title: 'spiral, 8-8 tanh, batch 10',
    params: { dataset: 'spiral', n: '500', noise: '0', train: '50', layers: '8,8', act: 'tanh', lr: '0.03', batch: '10' },
    untilEpoch: null,
    notes: [],
  },
  {
    id: 'C',
    title: 'flower, 4 tanh, full batch, to epoch 10,000',
    params: { dataset: 'flower', n: '400', train: '100', layers: '4', act: 'tanh', lr: '1.2', batch: 'full' },
    untilEpoch: 10_000,
    notes: ['The course\'s planar flower data: 400 points, all for training; one step per epoch.'],
  },
  {
    id: 'D',
    title: 'spiral, 6 × 8 relu, batch 10',
    params: { dataset: 'spiral', n: '500', noise: '0', train: '50', layers: '8,8,8,8,8,8', act: 'relu', lr: '0.03', batch: '10' },
    untilEpoch: null,
    notes: [],
  },
  {
    id: 'E',
    title: '5,000 custom points, 8-8 tanh, batch 32',
    params: { dataset: 'gauss', n: '100', train: '100', layers: '8,8', act: 'tanh', lr: '0.03', batch: '32' },
    importPoints: 5000,
    untilEpoch: null,
    notes: ['5,000 custom points (a seeded XOR-like cloud, all for training) imported as a CSV file through the share menu.'],
  },
  {
    id: 'F',
    title: 'B with the cost landscape open',
    params: { dataset: 'spiral', n: '500', noise: '0', train: '50', layers: '8,8', act: 'tanh', lr: '0.03', batch: '10' },
    opens: ['landscape-toggle'],
    untilEpoch: null,
    notes: ['Scenario B with the Landscape inspector open (random directions, recomputed as the trail moves): it should keep ≥ 75 % of B\'s epochs/s.'],
  },
  {
    id: 'G',
    title: 'spiral, 6 × 64 relu, 400 points, batch 10',
    params: { dataset: 'spiral', n: '400', noise: '0', train: '50', layers: '64,64,64,64,64,64', act: 'relu', lr: '0.03', batch: '10' },
    untilEpoch: null,
    isHeavy: true,
    notes: ['The widest and deepest network the UI allows (issue 16: ≥ 40 epochs/s, ≥ 55 fps, no task over 50 ms).'],
  },
  {
    id: 'H',
    title: 'spiral, 6 × 64 relu, 5,000 points, full batch',
    params: { dataset: 'spiral', n: '5000', noise: '0', train: '100', layers: '64,64,64,64,64,64', act: 'relu', lr: '0.03', batch: 'full' },
    untilEpoch: null,
    isHeavy: true,
    notes: ['The widest network on the most points the UI allows, all for training, one step per epoch (issue 16: ≥ 8 epochs/s).'],
  },
];

/** Epoch limit for C in --quick mode. */
export const QUICK_UNTIL_EPOCH = 300;

/**
 * The query string of a scenario, readable (commas stay commas); `until` and `backend` are added here
 * so --quick and --backend apply to it.
 */
export function queryOf(scenario, { untilEpoch, backend }) {
  const params = { ...scenario.params, seed: '1', backend };
  if (untilEpoch !== null) params.until = String(untilEpoch);
  return Object.entries(params)
    .map(([name, value]) => `${name}=${encodeURIComponent(value).replace(/%2C/g, ',')}`)
    .join('&');
}

/** Gradient steps per epoch, as the trainer counts them (lib/model/training-data.ts). */
export function stepsPerEpochOf(trainPoints, batch) {
  if (trainPoints === 0) return 0;
  return batch === 'full' ? 1 : Math.ceil(trainPoints / Math.max(1, Math.floor(Number(batch))));
}

/**
 * `count` custom points as the CSV the share menu imports: a seeded cloud over the plane, labelled by the
 * quadrant (XOR), all for training. Seeded, so every run imports the same file.
 */
export function customPointsCsv(count, seed = 7) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const rows = ['x1,x2,label,split'];
  for (let i = 0; i < count; i++) {
    const x1 = (next() * 2 - 1) * 5.5;
    const x2 = (next() * 2 - 1) * 5.5;
    rows.push(`${x1.toFixed(3)},${x2.toFixed(3)},${x1 * x2 > 0 ? 1 : 0},train`);
  }
  return rows.join('\n') + '\n';
}
