'use client';

import { useEffect, useState } from 'react';
import { parseConfig } from '@/lib/config';
import type { ParsedConfig } from '@/lib/config/types';
import { I18nProvider } from '@/components/i18n';
import { Playground } from './playground';

/** Reads the configuration from the URL once on the client, then shows the playground. */
export function PlaygroundPage() {
  const [parsed, setParsed] = useState<ParsedConfig | null>(null);
  useEffect(() => {
    setParsed(parseConfig(window.location.search));
  }, []);
  return (
    <I18nProvider locale="en">
      {parsed ? (
        <Playground initialConfig={parsed.config} initialNotices={parsed.notices} />
      ) : (
        <div className="p-8 text-slate-500" aria-busy="true">NN Playground…</div>
      )}
    </I18nProvider>
  );
}
