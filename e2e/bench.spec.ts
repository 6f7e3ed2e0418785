import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';

// The benchmark is not a test: this only checks that it runs end to end and writes what it promises.
// No timing thresholds (figures depend on the machine).

const root = fileURLToPath(new URL('..', import.meta.url));

/** The parts of scripts/bench.mjs's JSON this test reads (README, "Benchmark", has every key). */
interface ScenarioResult {
  id: string;
  error?: string;
  backend: string;
  epochsPerSecond: number | null;
  stepsPerSecond: number | null;
  fps: number | null;
  frameTimeMs: { p95: number | null };
  firstBoundaryMs: number | null;
  untilEpoch: number | null;
  reachedUntil: boolean | null;
  timeToUntilMs: number | null;
  drag: { latencyMs: { inputs: number; p50: number | null } } | null;
  numTensors: { start: number | null; end: number | null };
  heapBytes: { page: { end: number | null }; worker: { end: number | null } };
}
interface BenchResults {
  scenarios: Record<string, ScenarioResult>;
  bundle: { pageGzipBytes: number; workerGzipBytes: number };
  machine: { chromium: string };
  targets: unknown[];
}

function runNode(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test.describe('npm run bench', () => {
  test.skip(!existsSync(join(root, 'out', 'index.html')), 'needs the production build in out/');

  test('--quick runs every scenario and prints and writes the same valid JSON', async () => {
    test.setTimeout(600_000);
    const dir = mkdtempSync(join(tmpdir(), 'nn-bench-'));
    const outFile = join(dir, 'quick.json');
    try {
      const { code, stdout, stderr } = await runNode(['scripts/bench.mjs', '--quick', '--out', outFile]);
      expect(code, stderr).toBe(0);
      const printed = JSON.parse(stdout) as BenchResults;
      expect(JSON.parse(readFileSync(outFile, 'utf8'))).toEqual(printed);
      expect(stderr).toContain('targets (issue 4)');

      expect(Object.keys(printed.scenarios)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
      for (const scenario of Object.values(printed.scenarios)) {
        const id = scenario.id;
        expect(scenario.error, id).toBeUndefined();
        expect(scenario.backend, id).toMatch(/^(webgl|wasm|cpu)$/);
        expect(scenario.epochsPerSecond, id).toBeGreaterThan(0);
        expect(scenario.stepsPerSecond, id).toBeGreaterThan(0);
        expect(scenario.fps, id).toBeGreaterThan(0);
        expect(scenario.frameTimeMs.p95, id).toBeGreaterThan(0);
        expect(scenario.firstBoundaryMs, id).toBeGreaterThan(0);
        expect(scenario.numTensors.start, id).toEqual(expect.any(Number));
        expect(scenario.numTensors.end, id).toEqual(expect.any(Number));
        expect(scenario.heapBytes.page.end, id).toBeGreaterThan(0);
        expect(scenario.heapBytes.worker.end, id).toBeGreaterThan(0);
        if (scenario.untilEpoch === null) {
          expect(scenario.drag?.latencyMs.inputs, id).toBeGreaterThan(0);
          expect(scenario.drag?.latencyMs.p50, id).toBeGreaterThan(0);
        }
      }
      expect(printed.scenarios.C?.reachedUntil).toBe(true);
      expect(printed.scenarios.C?.timeToUntilMs).toBeGreaterThan(0);
      expect(printed.bundle.pageGzipBytes).toBeGreaterThan(0);
      expect(printed.bundle.workerGzipBytes).toBeGreaterThan(0);
      expect(printed.machine.chromium).toMatch(/^\d+\./);
      expect(printed.targets.length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('--soak 15s trains one scenario and reports tensors and heaps over the run', async () => {
    test.setTimeout(180_000);
    const dir = mkdtempSync(join(tmpdir(), 'nn-soak-'));
    const outFile = join(dir, 'soak.json');
    try {
      const { code, stdout, stderr } = await runNode(['scripts/bench.mjs', '--soak', '15s', '--scenario', 'A', '--out', outFile]);
      expect(code, stderr).toBe(0);
      const printed = JSON.parse(stdout) as {
        options: { soakSeconds: number; scenario: string };
        soak: { samples: { numTensors: number; heapPage: number; heapWorker: number }[]; numTensors: { start: number; end: number; growth: number }; heapBytes: { page: { growth: number }; worker: { growth: number } } };
      };
      expect(JSON.parse(readFileSync(outFile, 'utf8'))).toEqual(printed);
      expect(printed.options).toMatchObject({ soakSeconds: 15, scenario: 'A' });
      expect(printed.soak.samples.length).toBeGreaterThanOrEqual(2);
      expect(printed.soak.numTensors.growth).toEqual(expect.any(Number));
      expect(printed.soak.heapBytes.page.growth).toEqual(expect.any(Number));
      expect(printed.soak.heapBytes.worker.growth).toEqual(expect.any(Number));
      expect(stderr).toContain('numTensors   start');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
