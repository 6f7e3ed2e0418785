'use client';

import { useEffect, useRef, useState } from 'react';
import { I18nProvider } from '@/components/i18n';
import type { Notice } from '@/components/controls/notice-area';
import { useUrlLocale } from '@/components/use-url-locale';
import { loadFromUrl, type UrlState } from '@/components/playground/load-from-url';
import { Playground, usePlaygroundState } from '@/components/playground/playground';
import { urlNotice } from '@/components/playground/use-notices';
import { useEmbedBridge } from './use-embed-bridge';

const urlPointsNotice = (reason: string): Notice => (t) => t('notice.pointsIgnored', { reason });

function EmbeddedPlayground({ state }: { state: UrlState }) {
  const { pointsError } = state;
  const rootRef = useRef<HTMLDivElement>(null);
  const playgroundState = usePlaygroundState({
    config: state.config,
    points: state.points,
    notices: [...state.notices.map(urlNotice), ...(pointsError ? [urlPointsNotice(pointsError)] : [])],
  });
  const onSnapshot = useEmbedBridge(rootRef, playgroundState);
  useEffect(() => {
    document.documentElement.classList.toggle('theme-dark', state.display.theme === 'dark');
  }, [state.display.theme]);
  return (
    <div ref={rootRef} data-testid="embed-root">
      <Playground state={playgroundState} display={state.display} isEmbedded fillsFrame onSnapshot={onSnapshot} />
    </div>
  );
}

/** The playground without page chrome, for iframes; configured by the URL and driven by postMessage. */
export function EmbedPage() {
  const [state, setState] = useState<UrlState | null>(null);
  // The language it was given (`lang`), else the reader's browser; an embed offers no switch.
  const { locale } = useUrlLocale();
  useEffect(() => {
    setState(loadFromUrl(window.location.search));
  }, []);
  return (
    <I18nProvider locale={locale ?? 'en'}>
      {state && locale ? <EmbeddedPlayground state={state} /> : <div className="p-4 text-slate-500" aria-busy="true">NN Playground…</div>}
    </I18nProvider>
  );
}
