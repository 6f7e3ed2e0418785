/**
 * For the benchmark's `scaling` section: tfjs's own matMul at given shapes on the current backend, the
 * measure of what the machine's fastest kernel does there. Not used by the app.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

/** Starts tfjs-backend-wasm with its .wasm files from `wasmDir` (a path or URL ending in '/'). */
export async function useWasmBackend(wasmDir: string): Promise<string> {
  setWasmPaths(wasmDir);
  await tf.setBackend('wasm');
  await tf.ready();
  return tf.getBackend();
}

/**
 * Time of one round of products W (rows × inner) · A (inner × cols), one per shape, in ms: the median
 * of rounds repeated for about budgetMs after a warm-up round.
 */
export function timeMatMuls(shapes: readonly (readonly [number, number, number])[], budgetMs: number, now: () => number): number {
  const operands = shapes.map(([rows, inner, cols]) => [tf.randomUniform([rows, inner]), tf.randomUniform([inner, cols])] as const);
  const round = (): void => {
    for (const [W, A] of operands) {
      // wasm and cpu compute inside the call; the product is not read back.
      tf.matMul(W, A).dispose();
    }
  };
  try {
    round();
    const times: number[] = [];
    const stopAt = now() + budgetMs;
    while (times.length < 3 || (now() < stopAt && times.length < 1000)) {
      const start = now();
      round();
      times.push(now() - start);
    }
    times.sort((a, b) => a - b);
    return times[times.length >> 1]!;
  } finally {
    operands.forEach((pair) => tf.dispose([...pair]));
  }
}
