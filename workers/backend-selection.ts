import * as tf from '@tensorflow/tfjs-core';
// Backends register themselves when imported: cpu and wasm (below, for setWasmPaths) always; webgl, the
// largest, only when it is tried (tryBackend), so a machine without a GPU never loads it.
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { BackendName, BackendPreference } from '../lib/protocol';
import { fallbackCandidates } from './backend-choice';

/** Renderers that are a CPU pretending to be a GPU: WebGL there is many times slower than wasm for networks this small. */
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
      // The threaded wasm build crashes the worker on a cross-origin-isolated page.
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
}

export interface BackendChoice {
  backend: BackendName;
}

/**
 * Starts the first candidate that works: for 'auto' webgl on a hardware GPU, then wasm, then cpu; a forced
 * preference first, then the others. Which engine runs on it is measured per workload (engine-routing.ts).
 * Throws when no backend starts.
 */
export async function initBackend(preference: BackendPreference, options: BackendOptions): Promise<BackendChoice> {
  for (const name of backendCandidates(preference, hasHardwareWebgl())) {
    if (await tryBackend(name, options.wasmBaseUrl)) return { backend: name };
  }
  throw new Error('No TensorFlow.js backend could start');
}

/** After `from` failed (a lost WebGL context): starts the next backend that works, or returns null. */
export async function fallbackBackend(from: BackendName, options: BackendOptions): Promise<BackendName | null> {
  for (const name of fallbackCandidates(from)) {
    if (await tryBackend(name, options.wasmBaseUrl)) return name;
  }
  return null;
}
