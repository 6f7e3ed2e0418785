import type { Notice } from '@/components/controls/notice-area';
import type { Feature } from '@/lib/protocol';
import { TFJS_WEIGHTS_FILE, tfjsModelJson } from '@/lib/share/tfjs-model-json';
import { downloadFile } from './downloads';
import type { TrainerControls, TrainerRecovery } from './use-trainer';

/** The plain-words notice for a fault the trainer survived. */
export function recoveryNotice(recovery: TrainerRecovery): Notice {
  return (t) => (recovery.kind === 'backendSwitched' ? t('notice.backendSwitched', { backend: recovery.to }) : t('notice.engineRestarted'));
}

/** Downloads the current network as a TensorFlow.js layers model: model.json and its weights file. */
export async function downloadTfjsModel(api: TrainerControls, features: readonly Feature[]): Promise<void> {
  const artifacts = await api.exportModel();
  downloadFile('model.json', tfjsModelJson(artifacts, features), 'application/json');
  downloadFile(TFJS_WEIGHTS_FILE, artifacts.weightData, 'application/octet-stream');
}
