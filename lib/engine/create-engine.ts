import type { EngineKind } from '../protocol';
import type { Engine, EngineSpec } from './engine';
import { createJsEngine } from './js/js-engine';
import type { ForwardMode } from './tfjs/forward-backward';
import { createTfjsEngine } from './tfjs/tfjs-engine';

export interface EngineOptions {
  /** The tfjs engine's way of computing Zˡ (ignored by 'js'). */
  forwardMode?: ForwardMode;
}

/** An engine of the given kind over a network and its starting parameters. */
export function createEngine(kind: EngineKind, spec: EngineSpec, options: EngineOptions = {}): Engine {
  switch (kind) {
    case 'js':
      return createJsEngine(spec);
    case 'tfjs':
      return createTfjsEngine(spec, { forwardMode: options.forwardMode ?? 'plain' });
    default:
      return kind satisfies never;
  }
}
