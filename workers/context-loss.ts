import * as tf from '@tensorflow/tfjs-core';

/** What this file reads of tfjs-backend-webgl 4.22's MathBackendWebGL (not in its public types). */
interface WebglBackendInternals {
  canvas?: EventTarget;
  gpgpu?: { gl?: { canvas?: EventTarget } };
}

/**
 * Calls onLost once when the WebGL context of tfjs's active webgl backend is lost (a GPU reset, too many
 * contexts on the machine). tfjs itself only forgets the context then (canvas_util.ts), so the trainer
 * must move elsewhere. Returns a function that stops listening; does nothing on other backends.
 */
export function watchContextLoss(onLost: () => void): () => void {
  if (tf.getBackend() !== 'webgl') return () => undefined;
  const backend = tf.backend() as unknown as WebglBackendInternals;
  const canvas = backend.gpgpu?.gl?.canvas ?? backend.canvas;
  if (!canvas || typeof canvas.addEventListener !== 'function') return () => undefined;
  let hasFired = false;
  const listener = () => {
    if (hasFired) return;
    hasFired = true;
    onLost();
  };
  canvas.addEventListener('webglcontextlost', listener);
  return () => canvas.removeEventListener('webglcontextlost', listener);
}
