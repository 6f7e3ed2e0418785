import type { BackendName } from '../lib/protocol';

/** Backends from fastest on a GPU to the one that always works. */
const FALLBACK_ORDER: readonly BackendName[] = ['webgl', 'wasm', 'cpu'];

/** Where to go when `from` stops working (a lost WebGL context): the backends after it, in order. */
export function fallbackCandidates(from: BackendName): BackendName[] {
  return FALLBACK_ORDER.slice(FALLBACK_ORDER.indexOf(from) + 1);
}
