import { formatConfig } from '@/lib/config';
import type { PlaygroundConfig } from '@/lib/config/types';
import type { LabeledPoint } from '@/lib/protocol';
import { MAX_SHARED_POINTS, encodePoints } from '@/lib/share/point-codec';

/** Parameters of the page's URL that are not the playground's own state and are kept as they are. */
const KEPT_PARAMS = ['show', 'controls', 'theme', 'lang'];

/**
 * The query (no leading '?') that reproduces a playground: its config, its points when they are
 * custom and fit in a link, then the display and language parameters of `currentSearch`.
 */
export function playgroundQuery(
  config: PlaygroundConfig,
  points: readonly LabeledPoint[],
  isCustomPoints: boolean,
  currentSearch: string,
): string {
  const keep = [...new URLSearchParams(currentSearch)].filter(([key]) => KEPT_PARAMS.includes(key));
  const pointsParam = isCustomPoints && points.length <= MAX_SHARED_POINTS ? `points=${encodePoints(points)}` : '';
  return [formatConfig(config), pointsParam, new URLSearchParams(keep).toString()].filter(Boolean).join('&');
}
