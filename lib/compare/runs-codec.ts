/**
 * Kept runs in a shared link (`runs=`): each run's configuration (as the page's own query), its cost curve
 * thinned to RUN_LINK_POINTS points and its final figures, as base64url JSON. A link carries them only
 * when the parameter stays under MAX_RUNS_PARAM_LENGTH characters.
 */
import * as z from 'zod/mini';
import { formatConfig, parseConfig } from '../config';
import type { CostPoint } from '../protocol';
import { thinTrail } from '../landscape/surface';
import { MAX_KEPT_RUNS, type KeptRun } from './runs';

export const RUN_LINK_POINTS = 40;
export const MAX_RUNS_PARAM_LENGTH = 4000;

/** A figure that may be missing (no test points): null in the link. */
const figure = z.nullable(z.number());
const epoch = z.int().check(z.minimum(0));
const linkSchema = z.object({
  v: z.literal(1),
  runs: z
    .array(
      z.object({
        q: z.string().check(z.maxLength(2000)),
        h: z.array(z.tuple([epoch, figure])).check(z.maxLength(RUN_LINK_POINTS)),
        f: z.tuple([epoch, figure, figure, figure, figure]),
      }),
    )
    .check(z.minLength(1), z.maxLength(MAX_KEPT_RUNS)),
});

const round = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(4)) : null);
const toBase64Url = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64Url = (text: string) => new TextDecoder().decode(Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)));

/** The `runs=` value for these runs, or null when there are none or it would be longer than MAX_RUNS_PARAM_LENGTH. */
export function encodeRuns(runs: readonly KeptRun[]): string | null {
  if (!runs.length) return null;
  const payload = {
    v: 1,
    runs: runs.map((run) => ({
      q: formatConfig(run.config),
      h: thinTrail(run.history, RUN_LINK_POINTS).map((p) => [p.epoch, round(p.trainCost)]),
      f: [run.final.epoch, round(run.final.trainCost), round(run.final.testCost), round(run.final.trainAccuracy), round(run.final.testAccuracy)],
    })),
  };
  const text = toBase64Url(JSON.stringify(payload));
  return text.length <= MAX_RUNS_PARAM_LENGTH ? text : null;
}

/** Kept runs from a `runs=` value (shown, numbered from 1); null when it is not one this page wrote. */
export function decodeRuns(text: string): KeptRun[] | null {
  if (text.length > MAX_RUNS_PARAM_LENGTH) return null;
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(text));
  } catch {
    return null;
  }
  const parsed = linkSchema.safeParse(json);
  if (!parsed.success) return null;
  const nan = (v: number | null) => v ?? NaN;
  return parsed.data.runs.map((run, i) => ({
    id: i + 1,
    isShown: true,
    config: parseConfig(run.q).config,
    history: run.h.map(([epoch, cost]): CostPoint => ({ epoch, trainCost: nan(cost), testCost: NaN })),
    final: { epoch: run.f[0], trainCost: nan(run.f[1]), testCost: nan(run.f[2]), trainAccuracy: nan(run.f[3]), testAccuracy: nan(run.f[4]) },
  }));
}
