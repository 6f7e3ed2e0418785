import * as tf from '@tensorflow/tfjs-core';
// Backends register themselves when imported: cpu and wasm (below, for setWasmPaths) always; webgl, the
// largest, only when it is tried (tryBackend), so a machine without a GPU never loads it.
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { measureStepsPerSecond } from '../lib/model/calibrate';
import type { BackendCalibration, BackendName, BackendPreference, NetworkSpec, TrainConfig } from '../lib/protocol';
import { chooseBackend, fallbackCandidates } from './backend-choice';

/** Renderers that are a CPU pretending to be a GPU: WebGL there is slower than wasm (MACHINE.md). */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|software|basic render|mesa offscreen/i;

/** Whether an OffscreenCanvas WebGL context exists and its renderer is a real GPU. */
export function hasHardwareWebgl(): boolean {
  if (typeof OffscreenCanvas === 'undefined') return false;
  try {
    const canvas = new OffscreenCanvas(1, 1);
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer: unknown = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return !SOFTWARE_RENDERER.test(String(renderer));
  } catch {
    return false;
  }
}

/**
 * Backends to try, in order. 'auto': webgl only on a hardware GPU, then wasm, then cpu.
 * A forced preference comes first, then the others in that same order.
 */
export function backendCandidates(preference: BackendPreference, isHardwareWebgl: boolean): BackendName[] {
  const order: BackendName[] = isHardwareWebgl ? ['webgl', 'wasm', 'cpu'] : ['wasm', 'cpu'];
  if (preference === 'auto') return order;
  return [preference, ...order.filter((name) => name !== preference)];
}

async function tryBackend(name: BackendName, wasmBaseUrl: string | undefined): Promise<boolean> {
  try {
    if (name === 'webgl') await import('@tensorflow/tfjs-backend-webgl');
    if (name === 'wasm') {
      // The threaded wasm build crashes the worker on a cross-origin-isolated page (MACHINE.md).
      if (globalThis.crossOriginIsolated) tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
      if (wasmBaseUrl) setWasmPaths(wasmBaseUrl);
    }
    const isSet = await tf.setBackend(name);
    await tf.ready();
    return isSet && tf.getBackend() === name;
  } catch {
    return false;
  }
}

export interface BackendOptions {
  wasmBaseUrl?: string;
  /** The network `auto` calibrates with (default: 2 → 8 tanh → 8 tanh → 1, batch 10). */
  network?: NetworkSpec;
  trainConfig?: TrainConfig;
}

export interface BackendChoice {
  backend: BackendName;
  /** Steps per second measured on each candidate ('auto' only; empty for a forced backend). */
  calibration: BackendCalibration;
}

/**
 * Measuring time per candidate. The fused kernel makes a step take microseconds, so 50 ms is thousands of
 * steps: enough to rank the candidates, and three of them stay far inside the 1 s allowed before the first frame.
 */
const CALIBRATION_BUDGET_MS = 50;

/**
 * 'auto': starts every candidate in turn (webgl only on a hardware GPU), measures steps/s of the network
 * on each (calibrate.ts) and keeps the fastest. A forced preference: the first candidate that starts.
 * Throws when no backend starts.
 */
export async function initBackend(preference: BackendPreference, options: BackendOptions): Promise<BackendChoice> {
  const candidates = backendCandidates(preference, hasHardwareWebgl());
  if (preference !== 'auto') {
    for (const name of candidates) {
      if (await tryBackend(name, options.wasmBaseUrl)) return { backend: name, calibration: {} };
    }
    throw new Error('No TensorFlow.js backend could start');
  }
  const calibration: BackendCalibration = {};
  for (const name of candidates) {
    if (!(await tryBackend(name, options.wasmBaseUrl))) continue;
    try {
      calibration[name] = measureStepsPerSecond(name, {
        spec: options.network,
        trainConfig: options.trainConfig,
        budgetMs: CALIBRATION_BUDGET_MS,
      });
    } catch {
      // A backend that starts but cannot train is not a candidate.
    }
  }
  const backend = chooseBackend(calibration, candidates);
  if (!backend || !(await tryBackend(backend, options.wasmBaseUrl))) {
    throw new Error('No TensorFlow.js backend could start');
  }
  return { backend, calibration };
}

/** After `from` failed (a lost WebGL context): starts the next backend that works, or returns null. */
export async function fallbackBackend(from: BackendName, options: BackendOptions): Promise<BackendName | null> {
  for (const name of fallbackCandidates(from)) {
    if (await tryBackend(name, options.wasmBaseUrl)) return name;
  }
  return null;
}
