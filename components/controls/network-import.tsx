'use client';

import { MAX_NETWORK_JSON_BYTES, parseNetworkJson, type ParseNetworkResult } from '@/lib/share/network-json';
import { useT } from '@/components/i18n';
import type { Notice } from './notice-area';
import { FileButton } from './file-button';

export type ImportedNetwork = Extract<ParseNetworkResult, { ok: true }>;

export interface NetworkImportProps {
  /** Switches to the network (points kept); false when the trainer could not take it. */
  onImport(network: ImportedNetwork): Promise<boolean>;
  /** Says the outcome in the share panel's status line. */
  say(text: Notice, isError?: boolean): void;
}

/** Reads back a Network (JSON) file: a broken, mis-shaped or oversized file is refused with the field that is wrong, and nothing changes. */
export function NetworkImport({ onImport, say }: NetworkImportProps) {
  const t = useT();
  const importFile = async (file: File) => {
    const text = file.size > MAX_NETWORK_JSON_BYTES ? null : await file.text();
    const result = text === null ? ({ ok: false, error: { reason: 'tooLarge', detail: String(file.size) } } as const) : parseNetworkJson(text);
    if (!result.ok) {
      const { reason, detail = '' } = result.error;
      say((t) => t('importNetwork.failed', { file: file.name, reason: t(`importNetwork.reason.${reason}`, { detail, max: MAX_NETWORK_JSON_BYTES / 1_000_000 }) }), true);
      return;
    }
    const isLoaded = await onImport(result);
    say((t) => (isLoaded ? t('importNetwork.done', { file: file.name, layers: result.hidden.length }) : t('importNetwork.failed', { file: file.name, reason: t('importNetwork.reason.trainer', { detail: '', max: 0 }) })), !isLoaded);
  };
  return <FileButton label={t('share.importNetwork')} accept=".json,application/json" buttonTestId="import-network-button" inputTestId="import-network" onFile={(file) => void importFile(file)} />;
}
