import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { BackendName, BackendPreference } from '../lib/protocol';

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

/** Starts the first backend that works; throws when none does. */
export async function initBackend(
  preference: BackendPreference,
  options: { wasmBaseUrl?: string },
): Promise<BackendName> {
  for (const name of backendCandidates(preference, hasHardwareWebgl())) {
    if (await tryBackend(name, options.wasmBaseUrl)) return name;
  }
  throw new Error('No TensorFlow.js backend could start');
}
