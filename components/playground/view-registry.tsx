'use client';

import type { ReactNode } from 'react';
import type { DisplayConfig, Panel } from '@/lib/config/display-options';
import type { PlaygroundConfig } from '@/lib/config/types';
import type { MessageKey } from '@/lib/i18n';
import { useT } from '@/components/i18n';
import type { PointsStore } from './points-store';
import type { SnapshotStore } from './snapshot-store';

/** What a view may read: it subscribes to the stores itself (use-stores.ts), so only it re-renders. */
export interface ViewContext {
  store: SnapshotStore;
  pointsStore: PointsStore;
  config: PlaygroundConfig;
  isPresenting: boolean;
}

/** A panel beyond the built-in ones (controls, data, network, boundary, cost, stepper), which the layout places itself. */
export interface ViewEntry {
  /** Its name in PANELS, so `show=` lists it and an embed can hide it. */
  panel: Exclude<Panel, 'controls' | 'data' | 'network' | 'boundary' | 'cost' | 'stepper'>;
  titleKey: MessageKey;
  render(context: ViewContext): ReactNode;
}

/**
 * The further views, in the order they are shown after the output panel. A new view is its component,
 * one entry here, its name in PANELS (lib/config/display-options.ts) and its title in the catalogues.
 */
export const EXTRA_VIEWS: readonly ViewEntry[] = [];

/** The entries of `views` the display shows. */
export function shownViews(views: readonly ViewEntry[], display: Pick<DisplayConfig, 'panels'>): readonly ViewEntry[] {
  return views.filter((view) => display.panels.includes(view.panel));
}

/** One panel per shown view. */
export function ExtraViews({ display, context, views = EXTRA_VIEWS }: { display: DisplayConfig; context: ViewContext; views?: readonly ViewEntry[] }) {
  const t = useT();
  return shownViews(views, display).map((view) => (
    <section key={view.panel} className="panel min-w-0" aria-labelledby={`${view.panel}-heading`} data-testid={`view-${view.panel}`}>
      <h2 id={`${view.panel}-heading`} className={context.isPresenting ? 'sr-only' : 'panel-title'}>{t(view.titleKey)}</h2>
      {view.render(context)}
    </section>
  ));
}
