'use client';

import { useCallback, useMemo, useRef, useState } from 'react';
import type { ConfigEdit } from '@/lib/config/edits';
import type { PlaygroundConfig } from '@/lib/config/types';
import { MAX_POINTS, exceedsPointLimit, generatePoints } from '@/lib/data';
import { dataSettingsOf, type DataSettings } from '@/lib/data/edit-history';
import type { LabeledPoint } from '@/lib/protocol';
import type { Notice } from '@/components/controls/notice-area';
import { createCommandChannel, type CommandChannel } from './commands';
import { createPointsStore, type PointsStore } from './points-store';
import { useNotices, type Notices } from './use-notices';

/** The points the data settings generate. */
export const pointsOf = (settings: DataSettings) =>
  generatePoints(settings.dataset, { n: settings.n, noise: settings.noise, seed: settings.seed, trainPercent: settings.trainPercent });

const DATA_KEYS = ['dataset', 'n', 'noise', 'trainPercent', 'seed'] as const;

export interface PointsEdit {
  /** Edited or imported rather than generated (default true). */
  isCustom?: boolean;
  /** Edits of the same open group are one undo step (a drag, a slider moved in a row). */
  group?: string;
  /** Replaces the points wholesale (default false: an edit of single points on the plane). */
  isReplacement?: boolean;
}

/**
 * Everything a playground shows that outlives a render, owned by its host (the page, a lesson, the embed)
 * and handed to `<Playground state={…} />`: the configuration, the points with their undo history (a store,
 * so a drag re-renders only what shows the points), the notices and the channel for run commands. The host
 * reads the configuration and the points from here and changes them through here; the playground does the
 * same, so there is no second copy to keep in step.
 */
export interface PlaygroundState {
  config: PlaygroundConfig;
  /** The newest configuration, also between an edit and the render that shows it. */
  getConfig(): PlaygroundConfig;
  editConfig(edit: ConfigEdit): void;
  pointsStore: PointsStore;
  /** An undoable edit of the points; refused, with a notice, beyond MAX_POINTS. */
  editPoints(points: LabeledPoint[], edit?: PointsEdit): boolean;
  /** A whole configuration from the host: the points are generated anew when its data settings differ. */
  loadConfig(next: PlaygroundConfig): void;
  notices: Notices;
  commands: CommandChannel;
}

export interface PlaygroundStateInit {
  config: PlaygroundConfig;
  /** Points from a shared link; otherwise generated from the config. */
  points?: LabeledPoint[] | null;
  /** Notices to show from the start (URL parameters ignored, points that could not be read). */
  notices?: readonly Notice[];
}

export function usePlaygroundState(init: PlaygroundStateInit): PlaygroundState {
  const [config, setConfig] = useState(init.config);
  const configRef = useRef(config);
  const [pointsStore] = useState(() => createPointsStore({ points: init.points ?? pointsOf(init.config), isCustom: Boolean(init.points) }));
  const [commands] = useState(createCommandChannel);
  const notices = useNotices(() => [...(init.notices ?? [])]);
  const { add: addNotice } = notices;

  const editConfig = useCallback((edit: ConfigEdit) => {
    const next = edit(configRef.current);
    if (next === configRef.current) return;
    configRef.current = next;
    setConfig(next);
  }, []);
  const editPoints = useCallback(
    (points: LabeledPoint[], { isCustom = true, group, isReplacement = false }: PointsEdit = {}): boolean => {
      // Beyond the limit the plane stops being interactive: refuse the edit instead.
      if (exceedsPointLimit(points.length, pointsStore.get().points.length)) {
        addNotice((t) => t('notice.tooManyPoints', { max: MAX_POINTS }));
        return false;
      }
      pointsStore.edit(points, isCustom, dataSettingsOf(configRef.current), group, isReplacement);
      return true;
    },
    [pointsStore, addNotice],
  );
  const loadConfig = useCallback(
    (next: PlaygroundConfig) => {
      const isNewData = DATA_KEYS.some((k) => next[k] !== configRef.current[k]);
      if (isNewData) editPoints(pointsOf(next), { isCustom: false, isReplacement: true });
      editConfig(() => next);
    },
    [editConfig, editPoints],
  );
  return useMemo(
    () => ({ config, getConfig: () => configRef.current, editConfig, pointsStore, editPoints, loadConfig, notices, commands }),
    [config, editConfig, pointsStore, editPoints, loadConfig, notices, commands],
  );
}
