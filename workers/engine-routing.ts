/**
 * Engine choice per workload for backend `auto`: measures every engine on the current network, batch and
 * training points (lib/model/calibrate.ts) when the workload changes class, and says which engines should
 * train and build snapshots. A forced backend is never measured: it keeps the engine its backend implies.
 */
import type { ForwardMode } from '../lib/engine/tfjs/forward-backward';
import type { MeasureOptions } from '../lib/model/calibrate';
import { chooseEngines, needsMeasuring, workloadOf, type Workload } from '../lib/model/engine-choice';
import type { EngineKinds } from '../lib/model/trainer';
import type { EngineKind, EngineMeasurement, EngineMeasurements, LabeledPoint, NetworkSpec, TrainConfig } from '../lib/protocol';

export type MeasureEngine = (kind: EngineKind, options: MeasureOptions) => Promise<EngineMeasurement>;

/** The engines measured, in the order that breaks a tie: plain JavaScript first (no tfjs round trip). */
export const ENGINE_CANDIDATES: readonly EngineKind[] = ['js', 'tfjs'];

export interface RouteInput {
  spec: NetworkSpec;
  config: TrainConfig;
  points: readonly LabeledPoint[];
  forwardMode: ForwardMode;
  current: EngineKinds;
}

export interface EngineRouter {
  /** Measures when the workload needs it; the engines to move to, or null to stay. */
  route(input: RouteInput): Promise<EngineKinds | null>;
  /** The newest measurements (absent before any, and always for a forced backend). */
  measurements(): EngineMeasurements | undefined;
}

export function createEngineRouter(isAuto: boolean, measure: MeasureEngine): EngineRouter {
  let measured: Workload | null = null;
  let latest: EngineMeasurements | undefined;
  return {
    async route({ spec, config, points, forwardMode, current }) {
      if (!isAuto) return null;
      const workload = workloadOf(spec, config, points.filter((p) => p.split === 'train').length);
      if (!needsMeasuring(measured, workload)) return null;
      const results: EngineMeasurements = {};
      for (const kind of ENGINE_CANDIDATES) {
        try {
          results[kind] = await measure(kind, { spec, trainConfig: config, points, forwardMode });
        } catch {
          // An engine that cannot run this workload is not a candidate.
        }
      }
      measured = workload;
      latest = results;
      const chosen = chooseEngines(results, ENGINE_CANDIDATES);
      if (!chosen || (chosen.train === current.train && chosen.grid === current.grid)) return null;
      return chosen;
    },
    measurements: () => latest,
  };
}
