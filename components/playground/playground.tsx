'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Label, LabeledPoint, TrainingSnapshot } from '@/lib/protocol';
import * as edits from '@/lib/config/edits';
import { DEFAULT_DISPLAY, type DisplayConfig, type Panel } from '@/lib/config/display-options';
import { useT } from '@/components/i18n';
import { DataControls } from '@/components/controls/data-controls';
import { NoticeArea } from '@/components/controls/notice-area';
import { useInspectorState } from '@/components/inspectors/use-inspector-state';
import { ComparedCost } from '@/components/compare/compared-cost';
import { useKeptRuns } from '@/components/compare/use-kept-runs';
import { LiveEpoch, LivePlane, LiveReadouts, LiveSharePanel } from './live-views';
import { PlaygroundBar } from './playground-bar';
import { PlaygroundHeader } from './playground-header';
import { PlaygroundNetwork } from './playground-network';
import { PlaygroundLayout } from './playground-layout';
import { createSnapshotStore } from './snapshot-store';
import { downloadTfjsModel } from './trainer-notices';
import { useCommands } from './use-commands';
import { useDataEdits } from './use-data-edits';
import { useFramePacing } from './use-frame-pacing';
import { useTrainerNotices } from './use-notices';
import { usePlay } from './use-play';
import type { PlaygroundState } from './use-playground-state';
import { useShortcuts } from './use-shortcuts';
import { useSnapshotValue } from './use-stores';
import { useTrainer } from './use-trainer';
import { useStepper } from '@/components/stepper/use-stepper';
import { useLessonEvents, type LessonEventHandlers } from './use-lesson-events';
import { layerActivations } from '@/lib/model/network';
import { KeptRunsContext, RaceContext, raceKeyOf, useRace } from '@/components/compare/use-race';
import { useNetworkImport } from './use-network-import';
import { useUrlSync } from './use-url-sync';
import { ExtraViews } from './view-registry';
import { useSpecs, useWorkerSync } from './use-worker-sync';

// Opened on demand: kept out of the first load.
const StepperPanel = dynamic(() => import('@/components/stepper/stepper-panel').then((m) => m.StepperPanel));
const HelpOverlay = dynamic(() => import('@/components/controls/help-overlay').then((m) => m.HelpOverlay));

export { pointsOf, usePlaygroundState, type PlaygroundState } from './use-playground-state';

export interface PlaygroundProps extends LessonEventHandlers {
  /** The configuration, points, notices and command channel, owned by the host (usePlaygroundState). */
  state: PlaygroundState;
  display?: DisplayConfig;
  isEmbedded?: boolean;
  /** Fill the viewport (an iframe) instead of flowing down the page: the embed page. */
  fillsFrame?: boolean;
  /** Every snapshot from the worker, and whether training stopped at it (hasTrainingStopped). */
  onSnapshot?(snapshot: TrainingSnapshot, hasStopped: boolean): void;
  /** Keep the address bar in step with the configuration (false on lesson pages, whose URL is the lesson). */
  syncUrl?: boolean;
}

/**
 * The whole playground: data, network and output, wired to the trainer worker. Controlled: what it shows
 * is `state`, and every edit goes back into `state` (through lib/config/edits and the points store).
 */
export function Playground({ state, display = DEFAULT_DISPLAY, isEmbedded = false, fillsFrame = false, onSnapshot, onStepThrough, onInspectors, onPointLoss, onDrillSolved, syncUrl = true }: PlaygroundProps) {
  const t = useT();
  const { config, editConfig, pointsStore, notices } = state;
  const inspectors = useInspectorState();
  const [selectedIndex, setSelectedIndex] = useState<number | null>(null);
  // A selected point means nothing once the points are replaced wholesale (new sample, import, undo, host).
  const replacedAt = useSyncExternalStore(pointsStore.subscribe, () => pointsStore.get().replacedAt, () => 0);
  useEffect(() => setSelectedIndex(null), [replacedAt]);
  // Every data edit is an undoable step (use-data-edits.ts); edited points are replaced only after a yes.
  const dataEdits = useDataEdits(state);
  const { setPoints, regenerate } = dataEdits;
  const [newPointLabel, setNewPointLabel] = useState<Label>(1);
  const [showTestPoints, setShowTestPoints] = useState(true);
  const [isPresenting, setPresenting] = useState(false);
  const [isHelpOpen, setHelpOpen] = useState(false);
  const [keptRuns, setKeptRuns] = useKeptRuns(syncUrl && !isEmbedded, () => notices.add((t) => t('notice.runsIgnored')));

  // Snapshots go to a store: the views that draw them subscribe (live-views.tsx), this component does not.
  const store = useMemo(() => createSnapshotStore((cb) => requestAnimationFrame(cb)), []);
  const onSnapshotRef = useRef(onSnapshot);
  useEffect(() => {
    onSnapshotRef.current = onSnapshot;
  });
  const handleSnapshot = useCallback(
    (s: TrainingSnapshot) => {
      const hasStopped = store.push(s);
      onSnapshotRef.current?.(s, hasStopped);
    },
    [store],
  );
  const { spec, trainConfig } = useSpecs(config);
  const trainer = useTrainer(config.backend, handleSnapshot);
  const api = trainer.api;
  useWorkerSync({
    api,
    spec,
    trainConfig,
    pointsStore,
    isAutoplay: config.autoplay,
    areGradientsShown: inspectors.isGradientView || inspectors.selectedNeuron !== null || inspectors.openPanels.includes('landscape'),
  });
  useUrlSync(config, pointsStore, syncUrl);
  useTrainerNotices(trainer, store, notices);

  const isTraining = useSnapshotValue(store, (s) => s.snapshot?.isTraining ?? false);
  useFramePacing(api, isTraining);
  const { play, isPointsHintShown } = usePlay({ api, config, spec, store, pointsStore, editConfig });
  const settingsKey = useMemo(() => JSON.stringify([spec, trainConfig]), [spec, trainConfig]);
  const stepper = useStepper({ api, pointsStore, selectedIndex, isTraining, settingsKey });
  const canStepThrough = display.panels.includes('stepper');
  const lessonEvents = useLessonEvents({ onStepThrough, onInspectors, onDrillSolved }, stepper, inspectors.openPanels);
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
  const replacePoints = (next: LabeledPoint[]) => setPoints(next, { isReplacement: true });
  const importNetwork = useNetworkImport({ api, config, editConfig, spec, trainConfig });
  const race = useRace({ api, settingsKey: raceKeyOf(spec, trainConfig), pointsStore, onNothingToRace: () => notices.add((t) => t('race.nothing')) });
  useShortcuts({
    playPause: () => api && togglePlay(),
    step: () => (stepper.isOpen ? stepper.next() : api && !isTraining && api.step()),
    stepBack: stepper.isOpen ? stepper.back : undefined,
    stepThrough: canStepThrough ? stepper.open : undefined,
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
  useCommands(state.commands, { play, pause: () => api?.pause(), step: () => api?.step(), reset: () => api?.reset() });

  const shows = (panel: Panel) => display.panels.includes(panel);
  const epochReadout = !shows('controls') ? <LiveEpoch store={store} /> : null;

  return (
    <RaceContext.Provider value={race}>
      <KeptRunsContext.Provider value={keptRuns}>
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
                    keptRuns={keptRuns}
                  onImportPoints={replacePoints}
                    onImportNetwork={importNetwork}
                    onExportTfjs={api ? () => downloadTfjsModel(api, spec.features).catch((e: unknown) => notices.add((t) => t('notice.exportFailed', { message: String(e) }))) : undefined}
                  />
                }
              />
            )
          }
          bar={
            shows('controls') ? (
              <PlaygroundBar
                store={store}
                config={config}
                editConfig={editConfig}
                display={display}
                isReady={api !== null}
                backend={trainer.backend}
                engines={trainer.engines}
                hint={isPointsHintShown ? t('train.addPointsHint') : null}
                isPresenting={isPresenting}
                onPlayPause={togglePlay}
                onStep={() => api?.step()}
                onReset={() => api?.reset()}
                onStepThrough={canStepThrough ? stepper.open : undefined}
              />
            ) : null
          }
          notices={<NoticeArea notices={notices.list} onDismiss={notices.dismissAll} />}
          data={
            shows('data') ? (
              <DataControls
                dataset={config.dataset}
                n={config.n}
                noise={config.noise}
                trainPercent={config.trainPercent}
                newPointLabel={newPointLabel}
                showTestPoints={showTestPoints}
                onDataset={(dataset) => regenerate({ dataset })}
                onN={(n) => regenerate({ n })}
                onNoise={(noise) => regenerate({ noise })}
                onTrainPercent={(trainPercent) => regenerate({ trainPercent })}
                onNewSample={() => regenerate({ seed: edits.nextSeed(config.seed) })}
                onClear={() => replacePoints([])}
                onNewPointLabel={setNewPointLabel}
                onShowTestPoints={setShowTestPoints}
            discretize={config.discretize}
            onDiscretize={(discretize) => editConfig(edits.set('discretize', discretize))}
                {...dataEdits.historyProps}
              />
            ) : null
          }
          network={
            shows('network') ? (
              <PlaygroundNetwork
                store={store}
                pointsStore={pointsStore}
                config={config}
                editConfig={editConfig}
                inspectors={inspectors}
                isPresenting={isPresenting}
                api={api}
                focus={stepper.diagramFocus}
                lessonEvents={lessonEvents}
              />
            ) : null
          }
          plane={
            shows('boundary')
              ? (sizePx) => (
                  <LivePlane
                    store={store}
                    pointsStore={pointsStore}
                    showCount={!isPresenting}
                    network={spec}
                    onPointLoss={onPointLoss}
                    onPointsChange={setPoints}
                    newPointLabel={newPointLabel}
                    showTestPoints={showTestPoints}
                    discretize={config.discretize}
                    selectedIndex={selectedIndex}
                    onSelect={setSelectedIndex}
                    sizePx={sizePx}
                    isHighContrast={isPresenting}
                    highlighted={stepper.highlighted}
                    onDraggingChange={(isDragging) => {
                      dataEdits.onGesture(isDragging);
                      store.setInteracting(isDragging);
                      void api?.setViewOptions({ isDragging });
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
          cost={
            shows('cost')
              ? (size) => <ComparedCost store={store} config={config} runs={keptRuns} onRuns={setKeptRuns} widthPx={size.widthPx} heightPx={size.heightPx} showsList={!isPresenting && !fillsFrame} race={race} />
              : null
          }
          views={<ExtraViews display={display} context={{ store, pointsStore, config, isPresenting }} />}
          stepper={
            stepper.isOpen ? (
              <StepperPanel
                stepper={stepper}
                activations={layerActivations(spec)}
                optimizer={config.optimizer}
                learningRate={config.learningRate}
                regularization={config.regularization}
                lambda={config.lambda}
                isPresenting={isPresenting}
              />
            ) : null
          }
        >
          {isHelpOpen ? <HelpOverlay onClose={() => setHelpOpen(false)} /> : null}
        </PlaygroundLayout>
      </KeptRunsContext.Provider>
    </RaceContext.Provider>
  );
}
