'use client';

import dynamic from 'next/dynamic';
import { useRef, useState } from 'react';
import type { LabeledPoint, NetworkSpec, TrainingSnapshot } from '@/lib/protocol';
import { formatConfig } from '@/lib/config';
import type { PlaygroundConfig } from '@/lib/config/types';
import type { DisplayConfig } from '@/lib/config/display';
import {
  MAX_IMPORT_BYTES,
  MAX_SHARED_POINTS,
  encodePoints,
  networkToJson,
  parsePointsFile,
  pointsToCsv,
  pointsToJson,
  type ImportError,
} from '@/lib/share';
import { summariseImportErrors } from '@/lib/share/import-summary';
import type { KeptRun } from '@/lib/compare/runs';
import { encodeRuns } from '@/lib/compare/runs-codec';
import { useT, type Translate } from '@/components/i18n';
import type { Notice } from './notice-area';
import { FileButton } from './file-button';
import { NetworkImport, type ImportedNetwork } from './network-import';
import { downloadFile } from '@/components/playground/downloads';
import { boundaryPng } from '@/components/views/boundary-png';
import { copyText } from './copy-text';

// Opened on demand: kept out of the share panel's own chunk.
const EmbedBuilder = dynamic(() => import('./embed-builder').then((m) => m.EmbedBuilder));

export interface SharePanelProps {
  config: PlaygroundConfig;
  display: DisplayConfig;
  points: readonly LabeledPoint[];
  /** Edited or imported points travel in the link; generated ones are regenerated from the seed. */
  isCustomPoints: boolean;
  spec: NetworkSpec;
  snapshot: TrainingSnapshot | null;
  onImportPoints(points: LabeledPoint[]): void;
  /** Switches to an imported network; without it there is no network import. */
  onImportNetwork?(network: ImportedNetwork): Promise<boolean>;
  onExportTfjs?(): Promise<void>;
  /** Kept runs travel in the link when they fit (lib/compare/runs-codec.ts). */
  keptRuns?: readonly KeptRun[];
}

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
const MAX_LISTED_ERRORS = 5;

/** The page's address with this configuration (and custom points when they fit in a link). */
export function shareUrl(origin: string, route: '' | 'embed/', query: string): string {
  return `${origin}${basePath}/${route}${query ? `?${query}` : ''}`;
}

function importErrorText(t: Translate, error: ImportError): string {
  const reason = t(`import.reason.${error.reason}`, { detail: error.detail ?? '', max: MAX_IMPORT_BYTES / 1_000_000 });
  return error.line === null ? reason : t('import.atLine', { line: error.line, reason });
}

/** The status line: what the last action did, written in the page's language when shown. */
interface Status {
  text: Notice;
  isError: boolean;
}

/** Share link, embed code, and import/export of points, the network and the boundary image. */
export function SharePanel(props: SharePanelProps) {
  const t = useT();
  const [link, setLink] = useState<string | null>(null);
  const [isEmbedOpen, setEmbedOpen] = useState(false);
  const embedButtonRef = useRef<HTMLButtonElement>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const say = (text: Notice, isError = false) => setStatus({ text, isError });

  const configQuery = formatConfig(props.config);
  const pointsQuery = () => (props.isCustomPoints ? `points=${encodePoints(props.points)}` : '');
  const isTooLargeForLink = props.isCustomPoints && props.points.length > MAX_SHARED_POINTS;

  const copyLink = async () => {
    if (isTooLargeForLink) {
      say((t) => t('share.tooManyPoints', { max: MAX_SHARED_POINTS }));
      return;
    }
    const runs = props.keptRuns ?? [];
    const runsParam = encodeRuns(runs);
    const url = shareUrl(window.location.origin, '', [configQuery, pointsQuery(), runsParam ? `runs=${runsParam}` : ''].filter(Boolean).join('&'));
    setLink(url);
    const isCopied = await copyText(url);
    const runsNote = (t: Translate) => (runs.length === 0 ? '' : ` ${runsParam ? t('share.runsIncluded', { count: runs.length }) : t('share.runsTooLong', { count: runs.length })}`);
    say((t) => (isCopied ? t('share.copied') : t('share.copyManually')) + runsNote(t));
  };

  const closeEmbed = () => {
    setEmbedOpen(false);
    embedButtonRef.current?.focus();
  };

  // An import's outcome replaces whatever the status line said: a failure is said here, where the
  // learner is looking, and the next success clears it.
  const importFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      say((t) => t('import.failed', { file: file.name, errors: t('import.reason.tooLarge', { detail: String(file.size), max: MAX_IMPORT_BYTES / 1_000_000 }) }), true);
      return;
    }
    const result = parsePointsFile(await file.text(), file.name);
    if (!result.ok) {
      const { listed, more } = summariseImportErrors(result.errors, result.errorCount, MAX_LISTED_ERRORS);
      say((t) => t('import.failed', { file: file.name, errors: listed.map((e) => importErrorText(t, e)).join('; ') + (more > 0 ? ` ${t('import.more', { count: more })}` : '') }), true);
      return;
    }
    props.onImportPoints(result.points);
    say((t) => t('import.done', { count: result.points.length, file: file.name }));
  };

  return (
    <div className="flex w-[min(560px,92vw)] flex-col gap-3 text-sm" data-testid="share-panel">
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn" data-testid="copy-link" onClick={copyLink}>{t('share.copyLink')}</button>
        <button ref={embedButtonRef} type="button" className="btn" data-testid="embed-builder" aria-haspopup="dialog" title={t('embed.openTitle')} onClick={() => setEmbedOpen(true)}>{t('embed.open')}</button>
      </div>
      {link ? <input readOnly className="w-full rounded border border-slate-300 px-2 py-1 font-mono text-xs" data-testid="share-link" aria-label={t('share.linkLabel')} value={link} onFocus={(e) => e.target.select()} /> : null}
      {isEmbedOpen ? (
        <EmbedBuilder config={props.config} display={props.display} points={props.points} isCustomPoints={props.isCustomPoints} siteUrl={`${window.location.origin}${basePath}`} onClose={closeEmbed} />
      ) : null}
      <p
        role="status"
        aria-live="polite"
        className={`min-h-5 text-xs ${status?.isError ? 'font-medium text-red-700' : 'text-slate-600'}`}
        data-testid="share-status"
        data-error={status?.isError || undefined}
      >
        {status?.text(t)}
      </p>
      <fieldset className="flex flex-wrap items-center gap-2">
        <legend className="mb-1 text-xs font-semibold text-slate-500">{t('share.points')}</legend>
        <button type="button" className="btn" data-testid="export-csv" onClick={() => downloadFile('points.csv', pointsToCsv(props.points), 'text/csv')}>CSV</button>
        <button type="button" className="btn" data-testid="export-json" onClick={() => downloadFile('points.json', pointsToJson(props.points), 'application/json')}>JSON</button>
        <FileButton label={t('share.import')} accept=".csv,.json,text/csv,application/json" buttonTestId="import-button" inputTestId="import-file" onFile={(file) => void importFile(file)} />
      </fieldset>
      <fieldset className="flex flex-wrap items-center gap-2">
        <legend className="mb-1 text-xs font-semibold text-slate-500">{t('share.network')}</legend>
        <button type="button" className="btn" data-testid="export-network" disabled={!props.snapshot} onClick={() => props.snapshot && downloadFile('network.json', networkToJson(props.spec, props.snapshot.params), 'application/json')}>{t('share.networkJson')}</button>
        {props.onImportNetwork ? <NetworkImport onImport={props.onImportNetwork} say={say} /> : null}
        {props.onExportTfjs ? <button type="button" className="btn" data-testid="export-tfjs" onClick={() => void props.onExportTfjs?.()}>{t('share.networkTfjs')}</button> : null}
        <button
          type="button"
          className="btn"
          data-testid="export-png"
          disabled={!props.snapshot}
          onClick={async () => props.snapshot && downloadFile('boundary.png', await boundaryPng(props.snapshot, props.points), 'image/png')}
        >
          {t('share.png')}
        </button>
      </fieldset>
    </div>
  );
}
