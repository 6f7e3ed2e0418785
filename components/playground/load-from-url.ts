import { parseConfig } from '@/lib/config';
import { parseDisplay, type DisplayConfig } from '@/lib/config/display';
import type { ConfigNotice, PlaygroundConfig } from '@/lib/config/types';
import type { LabeledPoint } from '@/lib/protocol';
import { decodePoints, type PointCodecError } from '@/lib/share/point-codec';

export interface UrlState {
  config: PlaygroundConfig;
  display: DisplayConfig;
  /** Points from a shared link (`points=`), or null to generate them from the config. */
  points: LabeledPoint[] | null;
  notices: ConfigNotice[];
  /** Why the `points` parameter was ignored, if it was. */
  pointsError: PointCodecError | null;
  /** The query could not be read at all (its parser failed to load): the defaults stand in. */
  isUnread?: boolean;
}

/** Everything a page reads from its query string; bad values become notices, never exceptions. */
export function loadFromUrl(search: string): UrlState {
  const params = new URLSearchParams(search);
  const { config, notices } = parseConfig(params);
  const { display, notices: displayNotices } = parseDisplay(params);
  const encoded = params.get('points');
  const decoded = encoded === null ? null : decodePoints(encoded);
  return {
    config,
    display,
    points: decoded?.ok ? decoded.points : null,
    notices: [...notices, ...displayNotices],
    pointsError: decoded && !decoded.ok ? decoded.error : null,
  };
}
