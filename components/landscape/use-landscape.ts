'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import type { LayerParams, Optimizer, TrainingSnapshot } from '@/lib/protocol';
import type { RaceResult } from '@/lib/race/race';
import type { KeptRun } from '@/lib/compare/runs';
import type { LandscapeSurface } from '@/lib/landscape/compute';
import { type LandscapeAxis, coordinatesOf, flatIndexOf, flatten, planeOf, pointOnPlane, rangeAround, appendToTrail, emptyTrail, trailPoints, type GrowingTrail, unflatten, type LandscapeRange } from '@/lib/landscape/surface';
import type { TrainerControls } from '@/components/playground/use-trainer';
import { axesOf, axisName, type AxesChoice } from './landscape-axes';

const NO_AXES: readonly LandscapeAxis[] = [];
const NO_RUNS: readonly KeptRun[] = [];

/** Trail points kept (thinned evenly beyond this, first and last always kept). */
const MAX_TRAIL = 400;
/** While training, the surface (whose other parameters move) is recomputed at most this often. */
const TRAINING_REFRESH_MS = 700;
/** Settings × examples × parameters one surface may cost: the grid is made coarser for wide networks and many points. */
const WORK_BUDGET = { paused: 3e8, training: 4e7 };
const RESOLUTION = { paused: 41, training: 21, min: 9 };

export interface LandscapeInputs {
  api: Pick<TrainerControls, 'landscape' | 'replaceParams'> | null;
  snapshot: TrainingSnapshot | null;
  choice: AxesChoice;
  /** The parameters picked in the diagram (used when `choice` is 'picked'). */
  pickedAxes?: readonly LandscapeAxis[];
  /** Training examples m, and a key that changes when the points or the cost's settings do. */
  m: number;
  dataKey: string;
  /** The optimizers' race, whose lanes' paths are drawn on the same plane. */
  race?: RaceResult | null;
  /** Kept runs: the shown ones' paths are drawn on the same plane. */
  keptRuns?: readonly KeptRun[];
}

/** A kept run's path on the plane. */
export interface KeptTrail {
  id: number;
  points: [number, number][];
}

/** A race lane's path on the plane, up to the epoch drawn so far. */
export interface LaneTrail {
  optimizer: Optimizer;
  points: [number, number][];
  epochs: number[];
}

/** The grid's resolution for a workload: finer when paused, coarser as m × P grows. */
export function resolutionFor(m: number, parameterCount: number, isTraining: boolean): number {
  const budget = isTraining ? WORK_BUDGET.training : WORK_BUDGET.paused;
  const fits = Math.floor(Math.sqrt(budget / Math.max(1, m * parameterCount)));
  return Math.max(RESOLUTION.min, Math.min(isTraining ? RESOLUTION.training : RESOLUTION.paused, fits));
}

/**
 * The landscape's state: the plane (through the parameters when the run or the axes changed, for random
 * directions; through the current ones for parameter axes), the trail of the parameters after each
 * snapshot, the range (it follows the trail), and the surface, requested from the worker as those change.
 */
export function useLandscape({ api, snapshot, choice, pickedAxes = NO_AXES, m, dataKey, race = null, keptRuns = NO_RUNS }: LandscapeInputs) {
  const params = snapshot?.params ?? null;
  const L = params?.length ?? 0;
  const picked = choice === 'picked' ? pickedAxes : NO_AXES;
  const axes = useMemo(() => axesOf(choice, Math.max(1, L), picked), [choice, L, picked]);
  const runId = snapshot?.runId ?? -1;
  const shapeKey = params?.map((p) => `${p.rows}x${p.cols}`).join(',') ?? '';
  // The anchor of random directions: the parameters when this run, network or choice began here.
  const anchorRef = useRef<{ key: string; flat: Float32Array; params: LayerParams[] } | null>(null);
  const planeKey = `${runId}|${shapeKey}|${axes.map(axisName).join(',')}`;
  if (params && anchorRef.current?.key !== planeKey) anchorRef.current = { key: planeKey, flat: flatten(params), params };
  const anchor = anchorRef.current;
  const plane = useMemo(() => (anchor ? planeOf(anchor.params, axes, 1) : null), [anchor, axes]);

  const flat = useMemo(() => (params ? flatten(params) : null), [params]);
  /** Flat parameters as a point on the plane: their values on parameter axes, their coordinates on random directions. */
  const project = useMemo(() => {
    if (!plane || !anchor) return null;
    if (axes[0].kind === 'param' && axes[1].kind === 'param') {
      const ix = flatIndexOf(anchor.params, axes[0]);
      const iy = flatIndexOf(anchor.params, axes[1]);
      return ix === null || iy === null ? null : (values: ArrayLike<number>): [number, number] => [values[ix]!, values[iy]!];
    }
    return (values: ArrayLike<number>) => coordinatesOf(values, anchor.flat, plane);
  }, [plane, anchor, axes]);
  const point = useMemo(() => (flat && project ? project(flat) : null), [flat, project]);
  const laneTrails = useMemo((): LaneTrail[] => {
    if (!race || !project || !anchor || race.lanes[0]?.trail[0]?.length !== anchor.flat.length) return [];
    return race.lanes.map((lane) => ({ optimizer: lane.optimizer, points: lane.trail.map(project), epochs: lane.trailEpochs }));
  }, [race, project, anchor]);

  // The trail: one point per snapshot of this plane, thinned.
  const trailRef = useRef<{ key: string; growing: GrowingTrail<[number, number]>; points: [number, number][] }>({ key: '', growing: emptyTrail(), points: [] });
  if (trailRef.current.key !== planeKey) trailRef.current = { key: planeKey, growing: emptyTrail(), points: [] };
  if (point) {
    const last = trailRef.current.growing.newest;
    if (!last || last[0] !== point[0] || last[1] !== point[1]) {
      const growing = appendToTrail(trailRef.current.growing, point, MAX_TRAIL);
      trailRef.current = { key: planeKey, growing, points: trailPoints(growing) };
    }
  }
  const trail = trailRef.current.points;

  // The range follows the trail; it is widened (never jittered) when the point nears its edge.
  const [range, setRange] = useState<LandscapeRange | null>(null);
  const [surface, setSurface] = useState<LandscapeSurface | null>(null);
  const rangePlaneRef = useRef('');
  useEffect(() => {
    if (!point) return;
    // A new plane (run, network or axes) starts from its own range, and the old surface goes.
    const isNewPlane = rangePlaneRef.current !== planeKey;
    rangePlaneRef.current = planeKey;
    if (isNewPlane) setSurface(null);
    const isInside = (r: LandscapeRange) => {
      const mx = (r.x1 - r.x0) * 0.1;
      const my = (r.y1 - r.y0) * 0.1;
      return point[0] > r.x0 + mx && point[0] < r.x1 - mx && point[1] > r.y0 + my && point[1] < r.y1 - my;
    };
    setRange((r) => (!isNewPlane && r && isInside(r) ? r : rangeAround(trailRef.current.points.length ? trailRef.current.points : [point])));
  }, [point, planeKey]);
  const keptTrails = useMemo((): KeptTrail[] => {
    if (!project || !anchor) return [];
    return keptRuns.flatMap((run) => (run.isShown && run.trail && run.trail.points[0]?.length === anchor.flat.length ? [{ id: run.id, points: run.trail.points.map(project) }] : []));
  }, [keptRuns, project, anchor]);
  // A race's and the kept runs' paths are all on the map: the range is set around them and the run's trail when they come.
  useEffect(() => {
    const others = [...laneTrails, ...keptTrails].flatMap((t) => t.points.filter((p) => p.every(Number.isFinite)));
    if (others.length) setRange(rangeAround([...trailRef.current.points, ...others]));
  }, [laneTrails, keptTrails]);

  const isTraining = snapshot?.isTraining ?? false;
  const [tick, setTick] = useState(0);
  const isParamAxes = axes[0].kind === 'param';
  useEffect(() => {
    if (!isTraining || !isParamAxes) return;
    const timer = setInterval(() => setTick((n) => n + 1), TRAINING_REFRESH_MS);
    return () => clearInterval(timer);
  }, [isTraining, isParamAxes]);
  // One request at a time; a change while one is out asks again when it is back.
  const busyRef = useRef(false);
  const isStaleRef = useRef(false);
  useEffect(() => {
    if (!api || !range || !anchor) return;
    if (busyRef.current) {
      isStaleRef.current = true;
      return;
    }
    busyRef.current = true;
    const resolution = resolutionFor(m, anchor.flat.length, isTraining);
    void api
      .landscape({ axes, seed: 1, center: isParamAxes ? null : anchor.flat, range, resolution })
      .then((next) => {
        if (next) setSurface(next);
      })
      .finally(() => {
        busyRef.current = false;
        if (isStaleRef.current) {
          isStaleRef.current = false;
          setTick((n) => n + 1);
        }
      });
    // The surface follows the range, the plane, the data and (parameter axes, training) the clock.
  }, [api, range, anchor, axes, isParamAxes, dataKey, m, tick, isTraining]);

  /** Moves the parameters to (x, y) on the plane: the dragged point. */
  const moveTo = (x: number, y: number) => {
    if (!api || !params || !plane || !anchor || !flat) return;
    let next: Float32Array;
    if (axes[0].kind === 'param' && axes[1].kind === 'param') {
      const ix = flatIndexOf(params, axes[0]);
      const iy = flatIndexOf(params, axes[1]);
      if (ix === null || iy === null) return;
      next = flat.slice();
      next[ix] = x;
      next[iy] = y;
    } else {
      next = pointOnPlane(anchor.flat, plane, x, y);
    }
    const moved = unflatten(next, params);
    void api.replaceParams(moved);
  };

  // Drawn in the range of the surface on screen (a new range shows once its surface has come).
  return { axes, plane, point, trail, laneTrails, keptTrails, range: surface?.range ?? range, surface, gradientFlat: snapshot?.gradients.length ? flatten(snapshot.gradients) : null, moveTo };
}
