'use client';

import * as edits from '@/lib/config/edits';
import type { ConfigEdit } from '@/lib/config/edits';
import type { PlaygroundConfig } from '@/lib/config/types';
import type { NetworkSpec, TrainConfig } from '@/lib/protocol';
import { inCanonicalOrder } from '@/lib/share/network-json';
import type { ImportedNetwork } from '@/components/controls/network-import';
import { networkSpecOf, trainConfigOf } from './config-to-specs';
import type { TrainerControls } from './use-trainer';

interface NetworkImportInputs {
  api: Pick<TrainerControls, 'loadNetwork' | 'configure'> | null;
  config: PlaygroundConfig;
  editConfig(edit: ConfigEdit): void;
  spec: NetworkSpec;
  trainConfig: TrainConfig;
}

/** Switches to an imported network: the worker takes its weights first, then the config names the same network (so they are kept). */
export function useNetworkImport({ api, config, editConfig, spec, trainConfig }: NetworkImportInputs) {
  return async (network: ImportedNetwork): Promise<boolean> => {
    if (!api) return false;
    const { features, params } = inCanonicalOrder(network.features, network.params);
    const next = edits.setArchitecture(config, features, network.hidden);
    const isLoaded = await api.loadNetwork(networkSpecOf(next), trainConfigOf(next), params);
    if (isLoaded) editConfig(() => next);
    else await api.configure(spec, trainConfig);
    return isLoaded;
  };
}
