'use client';

import { useEffect, useRef, useState } from 'react';
import { I18nProvider } from '@/components/i18n';
import { useUrlLocale } from '@/components/use-url-locale';
import { loadFromUrl, type UrlState } from '@/components/playground/load-from-url';
import { Playground } from '@/components/playground/playground';
import { useEmbedBridge } from './use-embed-bridge';

function EmbeddedPlayground({ state }: { state: UrlState }) {
  const { pointsError } = state;
  const rootRef = useRef<HTMLDivElement>(null);
  const { onHandle, onSnapshot } = useEmbedBridge(rootRef);
  useEffect(() => {
    document.documentElement.classList.toggle('theme-dark', state.display.theme === 'dark');
  }, [state.display.theme]);
  return (
    <div ref={rootRef} data-testid="embed-root">
      <Playground
        initialConfig={state.config}
        initialNotices={state.notices}
        initialPoints={state.points}
        display={state.display}
        isEmbedded
        fillsFrame
        onHandle={onHandle}
        onSnapshot={onSnapshot}
        extraNotices={pointsError ? [(t) => t('notice.pointsIgnored', { reason: pointsError })] : []}
      />
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
