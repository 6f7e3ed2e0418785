'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Activation, DatasetName, Feature, Label, LabeledPoint, TrainingSnapshot } from '@/lib/protocol';
import { FEATURES } from '@/lib/protocol';
import { LIMITS } from '@/lib/config/defaults';
import { DEFAULT_DISPLAY, type DisplayConfig, type Panel } from '@/lib/config/display-options';
import type { ConfigNotice, PlaygroundConfig } from '@/lib/config/types';
import { generatePoints } from '@/lib/data';
import { useT } from '@/components/i18n';
import { DataControls } from '@/components/controls/data-controls';
import { NoticeArea, type Notice } from '@/components/controls/notice-area';
import { noticeOfKind, withNotice, withoutNotice } from '@/components/controls/notices';
import { OptimizerControls } from '@/components/controls/optimizer-controls';
import { useInspectorState } from '@/components/inspectors/use-inspector-state';
import { networkSpecOf, trainConfigOf } from './config-to-specs';
import { LiveCostChart, LiveEpoch, LiveInspectors, LiveNetworkDiagram, LivePlane, LiveReadouts, LiveSharePanel, LiveTrainingBar } from './live-views';
import { PlaygroundHeader } from './playground-header';
import { PlaygroundLayout } from './playground-layout';
import { createPointsStore } from './points-store';
import { createSnapshotStore } from './snapshot-store';
import { useFramePacing } from './use-frame-pacing';
import { useSnapshotValue } from './use-stores';
import { useShortcuts } from './use-shortcuts';
import { useDataEdits } from './use-data-edits';
import { downloadTfjsModel, recoveryNotice } from './trainer-notices';
import { useTrainer } from './use-trainer';
import { usePlay } from './use-play';
import { useHostHandle, type PlaygroundHandle } from './use-host-handle';
import { useUrlSync } from './use-url-sync';

// Opened on demand: kept out of the first load.
const HelpOverlay = dynamic(() => import('@/components/controls/help-overlay').then((m) => m.HelpOverlay));

export const pointsOf = (config: PlaygroundConfig) =>
  generatePoints(config.dataset, { n: config.n, noise: config.noise, seed: config.seed, trainPercent: config.trainPercent });

export type { PlaygroundHandle } from './use-host-handle';

export interface PlaygroundProps {
  initialConfig: PlaygroundConfig;
  initialNotices: readonly ConfigNotice[];
  /** Points from a shared link; otherwise generated from the config. */
  initialPoints?: LabeledPoint[] | null;
  display?: DisplayConfig;
  isEmbedded?: boolean;
  /** Fill the viewport (an iframe) instead of flowing down the page: the embed page. */
  fillsFrame?: boolean;
  onHandle?(handle: PlaygroundHandle): void;
  onSnapshot?(snapshot: TrainingSnapshot): void;
  /** Extra notices from the host (e.g. a points parameter that could not be read). */
  extraNotices?: readonly Notice[];
  /** Called with every new configuration (a lesson lists the hyperparameters and checks progress). */
  onConfigChange?(config: PlaygroundConfig): void;
  /** Keep the address bar in step with the configuration (false on lesson pages, whose URL is the lesson). */
  syncUrl?: boolean;
}

/** The whole playground: data, network and output, wired to the trainer worker. */
export function Playground({
  initialConfig,
  initialNotices,
  initialPoints,
  display = DEFAULT_DISPLAY,
  isEmbedded = false,
  fillsFrame = false,
  onHandle,
  onSnapshot,
  extraNotices = [],
  onConfigChange,
  syncUrl = true,
}: PlaygroundProps) {
  const t = useT();
  const [config, setConfig] = useState(initialConfig);
  const [notices, setNotices] = useState<Notice[]>(() => [
    ...initialNotices.map((n): Notice => (t) => t('notice.urlIgnored', { param: n.param, value: n.value, usedInstead: n.usedInstead })),
    ...extraNotices,
  ]);
  const addNotice = useCallback((notice: Notice) => setNotices((n) => withNotice(n, notice)), []);
  // The points live in a store (points-store.ts): an edit re-renders only the views that show them.
  const [pointsStore] = useState(() => createPointsStore({ points: initialPoints ?? pointsOf(initialConfig), isCustom: Boolean(initialPoints) }));
  const inspectors = useInspectorState();
  const [selectedIndex, setSelectedIndex] = useState<number | null>(null);
  // Every data edit is an undoable step (use-data-edits.ts); edited points are replaced only after a yes.
  const dataEdits = useDataEdits({ pointsStore, config, setConfig, addNotice, onReplaced: () => setSelectedIndex(null) });
  const { setPoints, regenerate } = dataEdits;
  const [newPointLabel, setNewPointLabel] = useState<Label>(1);
  const [showTestPoints, setShowTestPoints] = useState(true);
  const [isPresenting, setPresenting] = useState(false);
  const [isHelpOpen, setHelpOpen] = useState(false);

  // Snapshots go to a store too: the views that draw them subscribe (live-views.tsx), this component does not.
  const store = useMemo(() => createSnapshotStore((cb) => requestAnimationFrame(cb)), []);
  const onSnapshotRef = useRef(onSnapshot);
  useEffect(() => {
    onSnapshotRef.current = onSnapshot;
  });
  const handleSnapshot = useCallback(
    (s: TrainingSnapshot) => {
      store.push(s);
      onSnapshotRef.current?.(s);
    },
    [store],
  );
  const spec = useMemo(
    () => networkSpecOf(config),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the fields that define the network
    [config.features, config.layers, config.activations, config.init, config.seed],
  );
  const trainConfig = useMemo(
    () => trainConfigOf(config),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the fields that define training
    [config.learningRate, config.batchSize, config.optimizer, config.regularization, config.lambda, config.until, config.seed, config.speed],
  );

  const trainer = useTrainer(config.backend, handleSnapshot, { network: spec, trainConfig });
  const api = trainer.api;

  // The worker follows the page: architecture and training settings, then the points.
  useEffect(() => {
    api?.configure(spec, trainConfig);
  }, [api, spec, trainConfig]);
  // Every edit goes to the worker as it happens (a drag: each pointer move), not after a render.
  useEffect(() => {
    if (!api) return;
    const send = () => {
      const { points, version } = pointsStore.get();
      void api.setPoints(points, version);
    };
    send();
    return pointsStore.subscribe(send);
  }, [api, pointsStore]);
  const hasAutoplayed = useRef(false);
  useEffect(() => {
    if (api && config.autoplay && !hasAutoplayed.current) {
      hasAutoplayed.current = true;
      api.play();
    }
  }, [api, config.autoplay]);

  useEffect(() => {
    onConfigChange?.(config);
  }, [config, onConfigChange]);
  useUrlSync(config, pointsStore, syncUrl);

  // Each effect adds its notice once per event; the notice itself follows the page's language.
  useEffect(() => {
    const message = trainer.error;
    if (message) addNotice((t) => t('notice.workerFailed', { message }));
  }, [trainer.error, addNotice]);
  useEffect(() => {
    if (trainer.recovery) addNotice(recoveryNotice(trainer.recovery));
  }, [trainer.recovery, addNotice]);
  const divergedEpoch = useSnapshotValue(store, (s) => (s.snapshot?.hasDiverged ? s.snapshot.epoch : null));
  // The divergence notice goes when its cause has: a healthy snapshot (after Reset or a new network).
  useEffect(() => {
    if (divergedEpoch !== null) addNotice(noticeOfKind('diverged', (t) => t('notice.diverged', { epoch: divergedEpoch })));
    else setNotices((n) => withoutNotice(n, 'diverged'));
  }, [divergedEpoch, addNotice]);

  const update = useCallback((patch: Partial<PlaygroundConfig>) => setConfig((c) => ({ ...c, ...patch })), []);
  const setLayers = (layers: number[], activations: Activation[]) => update({ layers, activations });
  const isTraining = useSnapshotValue(store, (s) => s.snapshot?.isTraining ?? false);
  useFramePacing(api, isTraining);
  // Full-batch gradients cost a backward pass over every training point per snapshot: only while shown.
  const areGradientsShown = inspectors.isGradientView || inspectors.selectedNeuron !== null;
  useEffect(() => {
    void api?.setGradientsShown(areGradientsShown);
  }, [api, areGradientsShown]);

  const { play, isPointsHintShown } = usePlay({ api, config, spec, store, pointsStore, update });
  const togglePlay = () => (isTraining ? api?.pause() : play());
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  const deleteSelected = () => {
    const { points } = pointsStore.get();
    if (selectedIndex === null || selectedIndex >= points.length) return;
    setPoints(points.filter((_, i) => i !== selectedIndex));
    setSelectedIndex(null);
  };
  useShortcuts({
    playPause: () => api && togglePlay(),
    step: () => api && !isTraining && api.step(),
    reset: () => api?.reset(),
    fullscreen: toggleFullscreen,
    presenter: () => setPresenting((p) => !p),
    class0: () => setNewPointLabel(0),
    class1: () => setNewPointLabel(1),
    deletePoint: deleteSelected,
    help: () => setHelpOpen((h) => !h),
    undo: dataEdits.undo,
    redo: dataEdits.redo,
  });

  // The host's handle (embed, lesson) always calls the newest closures.
  useHostHandle(onHandle, {
    play,
    pause: () => api?.pause(),
    step: () => api?.step(),
    reset: () => api?.reset(),
    setConfig: (next) => {
      const isNewData = (['dataset', 'n', 'noise', 'trainPercent', 'seed'] as const).some((k) => next[k] !== config[k]);
      setConfig(next);
      if (isNewData) setPoints(pointsOf(next), false);
    },
    setPoints: (next) => {
      setSelectedIndex(null);
      setPoints(next);
    },
    getState: () => ({ config, points: pointsStore.get().points }),
  });

  const shows = (panel: Panel) => display.panels.includes(panel);
  const epochReadout = !shows('controls') ? <LiveEpoch store={store} /> : null;

  return (
    <PlaygroundLayout
      mode={isPresenting ? 'presenter' : fillsFrame ? 'embed' : 'page'}
      onExitPresenter={() => setPresenting(false)}
      header={
        isEmbedded ? null : (
          <PlaygroundHeader
            onPresenter={() => setPresenting(true)}
            onHelp={() => setHelpOpen(true)}
            sharePanel={
              <LiveSharePanel
                store={store}
                pointsStore={pointsStore}
                config={config}
                display={display}
                spec={spec}
                onImportPoints={(imported) => {
                  setSelectedIndex(null);
                  setPoints(imported);
                }}
                onExportTfjs={api ? () => downloadTfjsModel(api, spec.features).catch((e: unknown) => addNotice((t) => t('notice.exportFailed', { message: String(e) }))) : undefined}
              />
            }
          />
        )
      }
      bar={
        shows('controls') ? (
          <>
            <LiveTrainingBar
              store={store}
              isReady={api !== null}
              backend={trainer.backend}
              calibration={trainer.calibration}
              learningRate={config.learningRate}
              batchSize={config.batchSize}
              init={config.init}
              until={config.until}
              speed={config.speed}
              hint={isPointsHintShown ? t('train.addPointsHint') : null}
              visibleControls={isPresenting ? display.controls.filter((c) => c !== 'until') : display.controls}
              isCompact={isPresenting}
              onPlayPause={togglePlay}
              onStep={() => api?.step()}
              onReset={() => api?.reset()}
              onLearningRate={(learningRate) => update({ learningRate })}
              onBatchSize={(batchSize) => update({ batchSize })}
              onInit={(init) => update({ init })}
              onUntil={(until) => update({ until })}
              onSpeed={(speed) => update({ speed })}
            />
            {!isPresenting && (display.controls.includes('optimizer') || display.controls.includes('reg')) ? (
              <div className="mt-2 border-t border-slate-100 pt-2">
                <OptimizerControls
                  optimizer={config.optimizer}
                  regularization={config.regularization}
                  lambda={config.lambda}
                  onOptimizer={(optimizer) => update({ optimizer })}
                  onRegularization={(regularization, lambda) => update({ regularization, lambda })}
                  onLambda={(lambda) => update({ lambda })}
                />
              </div>
            ) : null}
          </>
        ) : null
      }
      notices={<NoticeArea notices={notices} onDismiss={() => setNotices([])} />}
      data={
        shows('data') ? (
          <DataControls
            dataset={config.dataset}
            n={config.n}
            noise={config.noise}
            trainPercent={config.trainPercent}
            newPointLabel={newPointLabel}
            showTestPoints={showTestPoints}
            onDataset={(dataset: DatasetName) => regenerate({ dataset })}
            onN={(n) => regenerate({ n })}
            onNoise={(noise) => regenerate({ noise })}
            onTrainPercent={(trainPercent) => regenerate({ trainPercent })}
            onNewSample={() => regenerate({ seed: (config.seed * 1103515245 + 12345) % LIMITS.seed.max })}
            onClear={() => {
              setSelectedIndex(null);
              setPoints([]);
            }}
            onNewPointLabel={setNewPointLabel}
            onShowTestPoints={setShowTestPoints}
            {...dataEdits.historyProps}
          />
        ) : null
      }
      network={
        shows('network') ? (
          <>
            <LiveNetworkDiagram
              store={store}
              isHighContrast={isPresenting}
              features={config.features}
              layers={config.layers}
              activations={config.activations}
              maxLayers={LIMITS.hiddenLayers.max}
              maxUnits={LIMITS.units.max}
              edgeMode={inspectors.isGradientView ? 'gradient' : 'weight'}
              selectedNeuron={inspectors.selectedNeuron}
              onSelectNeuron={inspectors.selectNeuron}
              onToggleFeature={(feature: Feature) => {
                const isOn = config.features.includes(feature);
                if (isOn && config.features.length === 1) return;
                update({ features: FEATURES.filter((f) => (f === feature ? !isOn : config.features.includes(f))) });
              }}
              onSetUnits={(i, units) => setLayers(config.layers.map((u, j) => (j === i ? units : u)), config.activations)}
              onSetActivation={(i, activation) => update({ activations: config.activations.map((a, j) => (j === i ? activation : a)) })}
              onAddLayer={() => setLayers([...config.layers, config.layers[config.layers.length - 1] ?? 4], [...config.activations, config.activations[config.activations.length - 1] ?? 'tanh'])}
              onRemoveLayer={() => setLayers(config.layers.slice(0, -1), config.activations.slice(0, -1))}
            />
            <LiveInspectors
              store={store}
              pointsStore={pointsStore}
              state={inspectors}
              features={config.features}
              layers={config.layers}
              activations={config.activations}
              optimizer={config.optimizer}
              regularization={config.regularization}
              lambda={config.lambda}
              learningRate={config.learningRate}
              batchSize={config.batchSize}
            />
          </>
        ) : null
      }
      plane={
        shows('boundary')
          ? (sizePx) => (
              <LivePlane
                store={store}
                pointsStore={pointsStore}
                showCount={!isPresenting}
                onPointsChange={setPoints}
                newPointLabel={newPointLabel}
                showTestPoints={showTestPoints}
                selectedIndex={selectedIndex}
                onSelect={setSelectedIndex}
                sizePx={sizePx}
                isHighContrast={isPresenting}
                onDraggingChange={(isDragging) => {
                  dataEdits.onGesture(isDragging);
                  store.setInteracting(isDragging);
                  void api?.setDragging(isDragging);
                }}
              />
            )
          : null
      }
      readouts={
        shows('boundary') || shows('cost')
          ? (columns) => (
              <>
                {epochReadout}
                <LiveReadouts store={store} isPresenting={isPresenting} columns={columns} />
              </>
            )
          : null
      }
      cost={shows('cost') ? (size) => <LiveCostChart store={store} widthPx={size.widthPx} heightPx={size.heightPx} /> : null}
    >
      {isHelpOpen ? <HelpOverlay onClose={() => setHelpOpen(false)} /> : null}
    </PlaygroundLayout>
  );
}
