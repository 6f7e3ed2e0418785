'use client';

import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Activation, DatasetName, Feature, Label, LabeledPoint } from '@/lib/protocol';
import { FEATURES } from '@/lib/protocol';
import { formatConfig, LIMITS } from '@/lib/config';
import type { ConfigNotice, PlaygroundConfig } from '@/lib/config/types';
import { generatePoints } from '@/lib/data';
import { useT } from '@/components/i18n';
import { DataControls } from '@/components/controls/data-controls';
import { NoticeArea } from '@/components/controls/notice-area';
import { OptimizerControls } from '@/components/controls/optimizer-controls';
import { Inspectors } from '@/components/inspectors/inspectors';
import { useInspectorState } from '@/components/inspectors/use-inspector-state';
import { SPEEDS, TrainingBar } from '@/components/controls/training-bar';
import { CostChart } from '@/components/views/cost-chart';
import { DataPlane } from '@/components/views/data-plane';
import { NetworkDiagram } from '@/components/views/network-diagram';
import { Readouts } from '@/components/views/readouts';
import { networkSpecOf, trainConfigOf } from './config-to-specs';
import { createSnapshotStore, type SnapshotState } from './snapshot-store';
import { useTrainer } from './use-trainer';

/** Grid resolution of the boundary and neuron maps: full when idle, coarser while a point is dragged. */
const GRID_SIZE_IDLE = 100;
const GRID_SIZE_DRAGGING = 50;

const pointsOf = (config: PlaygroundConfig) =>
  generatePoints(config.dataset, { n: config.n, noise: config.noise, seed: config.seed, trainPercent: config.trainPercent });

const EMPTY_STATE: SnapshotState = { snapshot: null, costHistory: [] };

/** The whole playground: data, network and output, wired to the trainer worker. */
export function Playground({ initialConfig, initialNotices }: { initialConfig: PlaygroundConfig; initialNotices: readonly ConfigNotice[] }) {
  const t = useT();
  const [config, setConfig] = useState(initialConfig);
  // Each edit of the points gets a new version; snapshots echo the newest one they reflect.
  const [{ points, pointsVersion }, setPointsState] = useState(() => ({ points: pointsOf(initialConfig), pointsVersion: 1 }));
  const setPoints = useCallback(
    (next: LabeledPoint[]) => setPointsState((s) => ({ points: next, pointsVersion: s.pointsVersion + 1 })),
    [],
  );
  const [newPointLabel, setNewPointLabel] = useState<Label>(1);
  const [showTestPoints, setShowTestPoints] = useState(true);
  const [speedIndex, setSpeedIndex] = useState(SPEEDS.length - 1);
  const [notices, setNotices] = useState<string[]>(() =>
    initialNotices.map((n) => t('notice.urlIgnored', { param: n.param, value: n.value, usedInstead: n.usedInstead })),
  );

  const inspectors = useInspectorState();
  const store = useMemo(() => createSnapshotStore((cb) => requestAnimationFrame(cb)), []);
  const { snapshot, costHistory } = useSyncExternalStore(store.subscribe, store.get, () => EMPTY_STATE);
  const trainer = useTrainer(config.backend, store.push);
  const api = trainer.api;

  const spec = useMemo(
    () => networkSpecOf(config),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the fields that define the network
    [config.features, config.layers, config.activations, config.init, config.seed],
  );
  const speed = SPEEDS[speedIndex] ?? null;
  const trainConfig = useMemo(
    () => trainConfigOf(config, speed),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the fields that define training
    [config.learningRate, config.batchSize, config.optimizer, config.regularization, config.lambda, config.until, config.seed, speed],
  );

  // The worker follows the page: architecture and training settings, then the points.
  useEffect(() => {
    api?.configure(spec, trainConfig);
  }, [api, spec, trainConfig]);
  useEffect(() => {
    api?.setPoints(points, pointsVersion);
  }, [api, points, pointsVersion]);
  const hasAutoplayed = useRef(false);
  useEffect(() => {
    if (api && config.autoplay && !hasAutoplayed.current) {
      hasAutoplayed.current = true;
      api.play();
    }
  }, [api, config.autoplay]);

  // The URL always describes the current configuration, so a copied link reproduces it.
  useEffect(() => {
    const query = formatConfig(config);
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
  }, [config]);

  useEffect(() => {
    if (trainer.error) setNotices((n) => [...n, t('notice.workerFailed', { message: trainer.error ?? '' })]);
  }, [trainer.error, t]);
  const divergedEpoch = snapshot?.hasDiverged ? snapshot.epoch : null;
  useEffect(() => {
    if (divergedEpoch !== null) setNotices((n) => [...n, t('notice.diverged', { epoch: divergedEpoch })]);
  }, [divergedEpoch, t]);

  const update = useCallback((patch: Partial<PlaygroundConfig>) => setConfig((c) => ({ ...c, ...patch })), []);
  const regenerate = (patch: Partial<PlaygroundConfig>) => {
    const next = { ...config, ...patch };
    setConfig(next);
    setPoints(pointsOf(next));
  };

  const setLayers = (layers: number[], activations: Activation[]) => update({ layers, activations });
  const isTraining = snapshot?.isTraining ?? false;

  return (
    <div className="mx-auto flex max-w-[1320px] flex-col gap-4 p-4">
      <header className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t('app.title')}</h1>
        <p className="text-sm text-slate-600">{t('app.tagline')}</p>
      </header>
      <section className="panel">
        <TrainingBar
          isTraining={isTraining}
          isReady={api !== null}
          epoch={snapshot?.epoch ?? 0}
          backend={trainer.backend}
          stepsPerSecond={snapshot?.stepsPerSecond ?? 0}
          learningRate={config.learningRate}
          batchSize={config.batchSize}
          init={config.init}
          until={config.until}
          speedIndex={speedIndex}
          onPlayPause={() => (isTraining ? api?.pause() : api?.play())}
          onStep={() => api?.step()}
          onReset={() => api?.reset()}
          onLearningRate={(learningRate) => update({ learningRate })}
          onBatchSize={(batchSize) => update({ batchSize })}
          onInit={(init) => update({ init })}
          onUntil={(until) => update({ until })}
          onSpeedIndex={setSpeedIndex}
        />
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
      </section>
      <NoticeArea notices={notices} onDismiss={() => setNotices([])} />
      <div className="flex flex-wrap items-start gap-4">
        <section className="panel w-[230px] shrink-0" aria-labelledby="data-heading">
          <h2 id="data-heading" className="panel-title">{t('data.title')}</h2>
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
            onClear={() => setPoints([])}
            onNewPointLabel={setNewPointLabel}
            onShowTestPoints={setShowTestPoints}
          />
        </section>
        <section className="panel shrink-0" aria-labelledby="network-heading">
          <h2 id="network-heading" className="panel-title">{t('network.title')}</h2>
          <NetworkDiagram
            features={config.features}
            layers={config.layers}
            activations={config.activations}
            snapshot={snapshot}
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
          <Inspectors
            state={inspectors}
            features={config.features}
            layers={config.layers}
            activations={config.activations}
            optimizer={config.optimizer}
            regularization={config.regularization}
            lambda={config.lambda}
            learningRate={config.learningRate}
            batchSize={config.batchSize}
            m={points.filter((p) => p.split === 'train').length}
            snapshot={snapshot}
          />
        </section>
        <section className="panel flex shrink-0 flex-col gap-3" aria-labelledby="output-heading">
          <h2 id="output-heading" className="panel-title">{t('output.title')}</h2>
          <DataPlane
            points={points}
            onPointsChange={setPoints}
            newPointLabel={newPointLabel}
            showTestPoints={showTestPoints}
            snapshot={snapshot}
            pointsVersion={pointsVersion}
            onDraggingChange={(isDragging) => api?.setGridSize(isDragging ? GRID_SIZE_DRAGGING : GRID_SIZE_IDLE)}
          />
          <p className="text-xs text-slate-600" data-testid="point-count">
            {t('data.count', { count: points.length, train: points.filter((p) => p.split === 'train').length, test: points.filter((p) => p.split === 'test').length })}
          </p>
          <Readouts snapshot={snapshot} />
          <CostChart history={costHistory} />
        </section>
      </div>
    </div>
  );
}
