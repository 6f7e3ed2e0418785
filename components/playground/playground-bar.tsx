'use client';

import * as edits from '@/lib/config/edits';
import type { ConfigEdit } from '@/lib/config/edits';
import type { DisplayConfig } from '@/lib/config/display-options';
import type { PlaygroundConfig } from '@/lib/config/types';
import type { BackendName } from '@/lib/protocol';
import type { EngineReadout } from '@/components/controls/engine-readout';
import { OptimizerControls } from '@/components/controls/optimizer-controls';
import { LiveTrainingBar } from './live-views';
import type { SnapshotStore } from './snapshot-store';

export interface PlaygroundBarProps {
  store: SnapshotStore;
  config: PlaygroundConfig;
  editConfig(edit: ConfigEdit): void;
  display: DisplayConfig;
  isReady: boolean;
  backend: BackendName | null;
  engines: EngineReadout | null;
  hint: string | null;
  isPresenting: boolean;
  onPlayPause(): void;
  onStep(): void;
  onReset(): void;
  /** Opens step-through; absent when the display hides it. */
  onStepThrough?(): void;
}

/** The training bar and, below it, the optimizer row: each control edits the config through lib/config/edits. */
export function PlaygroundBar({ store, config, editConfig, display, isPresenting, ...props }: PlaygroundBarProps) {
  const edit =
    <V,>(apply: (config: PlaygroundConfig, value: V) => PlaygroundConfig) =>
    (value: V) =>
      editConfig((c) => apply(c, value));
  return (
    <>
      <LiveTrainingBar
        store={store}
        isReady={props.isReady}
        backend={props.backend}
        engines={props.engines}
        learningRate={config.learningRate}
        batchSize={config.batchSize}
        init={config.init}
        until={config.until}
        speed={config.speed}
        hint={props.hint}
        visibleControls={isPresenting ? display.controls.filter((c) => c !== 'until') : display.controls}
        isCompact={isPresenting}
        onPlayPause={props.onPlayPause}
        onStep={props.onStep}
        onReset={props.onReset}
        onStepThrough={props.onStepThrough}
        onLearningRate={edit(edits.setLearningRate)}
        onBatchSize={edit(edits.setBatchSize)}
        onInit={edit(edits.setInit)}
        onUntil={edit(edits.setUntil)}
        onSpeed={edit(edits.setSpeed)}
      />
      {!isPresenting && (display.controls.includes('optimizer') || display.controls.includes('reg')) ? (
        <div className="mt-2 border-t border-slate-100 pt-2">
          <OptimizerControls
            optimizer={config.optimizer}
            regularization={config.regularization}
            lambda={config.lambda}
            onOptimizer={edit(edits.setOptimizer)}
            onRegularization={edit(edits.setRegularization)}
            onLambda={edit(edits.setLambda)}
          />
        </div>
      ) : null}
    </>
  );
}
