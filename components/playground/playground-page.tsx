'use client';

import { useEffect, useState } from 'react';
import { I18nProvider } from '@/components/i18n';
import type { Notice } from '@/components/controls/notice-area';
import { useUrlLocale } from '@/components/use-url-locale';
import type { UrlState } from './load-from-url';
import { Playground } from './playground';
import { urlNotice } from './use-notices';
import { usePlaygroundState } from './use-playground-state';
import { readUrlState } from './url-state';

function LoadedPlayground({ state }: { state: UrlState }) {
  const { pointsError } = state;
  const extraNotices: Notice[] = [
    ...(pointsError ? [(t) => t('notice.pointsIgnored', { reason: pointsError })] satisfies Notice[] : []),
    ...(state.isUnread ? [(t) => t('notice.urlUnread')] satisfies Notice[] : []),
  ];
  const playgroundState = usePlaygroundState({ config: state.config, points: state.points, notices: [...state.notices.map(urlNotice), ...extraNotices] });
  return <Playground state={playgroundState} display={state.display} />;
}

/** Reads the configuration from the URL once on the client, then shows the playground. */
export function PlaygroundPage() {
  const [state, setState] = useState<UrlState | null>(null);
  const { locale, setLocale } = useUrlLocale();
  useEffect(() => {
    let isCurrent = true;
    void readUrlState(window.location.search).then((urlState) => isCurrent && setState(urlState));
    return () => {
      isCurrent = false;
    };
  }, []);
  return (
    <I18nProvider locale={locale ?? 'en'} onLocaleChange={setLocale}>
      {state && locale ? <LoadedPlayground state={state} /> : <div className="p-8 text-slate-500" aria-busy="true">NN Playground…</div>}
    </I18nProvider>
  );
}
