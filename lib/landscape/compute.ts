/** The cost landscape computed where the engine is (the worker): J at a grid of settings on a plane of parameter space. */
import type { Trainer } from '../model/trainer-types';
import type { LayerParams } from '../protocol';
import { flatten, gridSettings, planeOf, unflatten, type LandscapeAxis, type LandscapeRange } from './surface';

export interface LandscapeRequest {
  axes: [LandscapeAxis, LandscapeAxis];
  /** Seeds the random directions. */
  seed: number;
  /** The plane goes through these parameters (flat); null: the current ones. */
  center: Float32Array | null;
  range: LandscapeRange;
  /** Grid points per side (at most MAX_RESOLUTION). */
  resolution: number;
}

export interface LandscapeSurface {
  /** J at resolution × resolution settings, row by row from range.y0; NaN without training points. */
  costs: Float32Array;
  range: LandscapeRange;
  resolution: number;
  /** The coordinates of the plane's centre. */
  origin: [number, number];
}

export const MAX_RESOLUTION = 61;
/** Settings per engine call: the grid is costed in slices so a wide network's call stays short. */
const SLICE = 64;

export async function landscapeOf(trainer: Trainer, request: LandscapeRequest): Promise<LandscapeSurface | null> {
  const current = await trainer.getParams();
  const size = current.reduce((n, p) => n + p.W.length + p.b.length, 0);
  const params: LayerParams[] = request.center && request.center.length === size ? unflatten(request.center, current) : current;
  const plane = planeOf(params, request.axes, request.seed);
  const resolution = Math.max(2, Math.min(MAX_RESOLUTION, Math.floor(request.resolution)));
  const { x0, x1, y0, y1 } = request.range;
  if (!plane || ![x0, x1, y0, y1].every(Number.isFinite) || !(x1 > x0) || !(y1 > y0)) return null;
  const settings = gridSettings(flatten(params), plane, request.range, resolution);
  const P = settings.length / (resolution * resolution);
  const costs = new Float32Array(resolution * resolution);
  for (let start = 0; start < costs.length; start += SLICE) {
    const count = Math.min(SLICE, costs.length - start);
    costs.set(await trainer.costAt(settings.subarray(start * P, (start + count) * P), count), start);
  }
  return { costs, range: request.range, resolution, origin: plane.origin };
}
