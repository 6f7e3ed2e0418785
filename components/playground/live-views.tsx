'use client';

/**
 * The views that follow training, each subscribed to the stores itself: a snapshot (up to one per frame)
 * or an edit of the points (a drag) re-renders only these, not the whole playground with its controls.
 * The network diagram, inspectors and cost chart are secondary: while a point is dragged they follow every
 * few frames, so the frame's time goes to the plane under the pointer.
 */
import dynamic from 'next/dynamic';
import { useMemo } from 'react';
import { useT } from '@/components/i18n';
import type { SharePanelProps } from '@/components/controls/share-panel';
import { TrainingBar, type TrainingBarProps } from '@/components/controls/training-bar';
import { Inspectors, type InspectorsProps } from '@/components/inspectors/inspectors';
import { CostChart } from '@/components/views/cost-chart';
import { PointLoss, type PointLossProps } from '@/components/views/point-loss';
import { layerActivations } from '@/lib/model/network';
import { DataPlane, type DataPlaneProps } from '@/components/views/data-plane';
import { NetworkDiagram, type NetworkDiagramProps } from '@/components/views/network-diagram';
import { ProgressAnnouncer } from '@/components/views/progress-announcer';
import { DiagnosticsList } from '@/components/views/diagnostics-list';
import { HealthStrip } from '@/components/views/health-strip';
import { Readouts } from '@/components/views/readouts';
import type { Diagnostic, NetworkSpec } from '@/lib/protocol';
import type { PointsStore } from './points-store';
import type { SnapshotStore } from './snapshot-store';
import { usePointsState, useSecondarySnapshotState, useSnapshotState, useSnapshotValue } from './use-stores';

// Opened on demand: kept out of the first load.
const SharePanel = dynamic(() => import('@/components/controls/share-panel').then((m) => m.SharePanel));

interface Stores {
  store: SnapshotStore;
}
interface WithPoints {
  pointsStore: PointsStore;
}

const NO_DIAGNOSTICS: readonly Diagnostic[] = [];

const trainingCount = (points: readonly { split: string }[]) => points.filter((p) => p.split === 'train').length;

export function LiveTrainingBar({ store, ...props }: Omit<TrainingBarProps, 'epoch' | 'step' | 'stepsPerSecond' | 'isTraining'> & Stores) {
  const epoch = useSnapshotValue(store, (s) => s.snapshot?.epoch ?? 0);
  const step = useSnapshotValue(store, (s) => s.snapshot?.step ?? 0);
  const stepsPerSecond = useSnapshotValue(store, (s) => s.snapshot?.stepsPerSecond ?? 0);
  const isTraining = useSnapshotValue(store, (s) => s.snapshot?.isTraining ?? false);
  return <TrainingBar {...props} epoch={epoch} step={step} stepsPerSecond={stepsPerSecond} isTraining={isTraining} />;
}

/** The epoch alone, for an embed that hides the training bar. */
export function LiveEpoch({ store }: Stores) {
  const t = useT();
  const epoch = useSnapshotValue(store, (s) => s.snapshot?.epoch ?? 0);
  return (
    <p className="text-sm text-slate-600">
      {t('train.epoch')} <output data-testid="epoch" className="font-mono text-slate-900">{epoch.toLocaleString('en-US')}</output>
    </p>
  );
}

export function LiveNetworkDiagram({ store, ...props }: Omit<NetworkDiagramProps, 'snapshot'> & Stores) {
  return <NetworkDiagram {...props} snapshot={useSecondarySnapshotState(store).snapshot} />;
}

/** The health strip under the diagram: it follows the snapshots like the diagram does. */
export function LiveHealthStrip({ store }: Stores) {
  return <HealthStrip health={useSecondarySnapshotState(store).snapshot?.health} />;
}

export function LiveInspectors({ store, pointsStore, ...props }: Omit<InspectorsProps, 'snapshot' | 'm' | 'pointsVersion' | 'points'> & Stores & WithPoints) {
  const { snapshot } = useSecondarySnapshotState(store);
  const { points, version } = usePointsState(pointsStore);
  const m = useMemo(() => trainingCount(points), [points]);
  return <Inspectors {...props} m={m} pointsVersion={version} snapshot={snapshot} points={points} />;
}

/** The data plane over the boundary, a selected point's loss beside the cost, and (unless hidden) how many points there are. */
export function LivePlane({
  store,
  pointsStore,
  showCount,
  network,
  onPointLoss,
  ...props
}: Omit<DataPlaneProps, 'snapshot' | 'points' | 'pointsVersion'> &
  Stores &
  WithPoints & { showCount: boolean; network: NetworkSpec; onPointLoss?: PointLossProps['onPointLoss'] }) {
  const t = useT();
  const { snapshot } = useSnapshotState(store);
  const { points, version } = usePointsState(pointsStore);
  // One array per network, so that PointLoss recomputes ŷ only when the snapshot or the point changes.
  const activations = useMemo(() => layerActivations(network), [network]);
  const counts = useMemo(() => {
    const train = trainingCount(points);
    return { count: points.length, train, test: points.length - train };
  }, [points]);
  return (
    <>
      <DataPlane {...props} points={points} pointsVersion={version} snapshot={snapshot} />
      <PointLoss snapshot={snapshot} points={points} pointsVersion={version} m={counts.train} selectedIndex={props.selectedIndex} activations={activations} features={network.features} onPointLoss={onPointLoss} />
      {showCount ? (
        <p className="text-xs text-slate-600" data-testid="point-count">
          {t('data.count', counts)}
        </p>
      ) : null}
    </>
  );
}

export function LiveReadouts({ store, isPresenting, columns = isPresenting ? 4 : 2 }: Stores & { isPresenting: boolean; columns?: 2 | 4 }) {
  const { snapshot, lastStop } = useSnapshotState(store);
  return (
    <>
      <Readouts snapshot={snapshot} columns={columns} />
      <DiagnosticsList diagnostics={snapshot?.diagnostics ?? NO_DIAGNOSTICS} hasDiverged={snapshot?.hasDiverged ?? false} />
      {isPresenting ? null : <ProgressAnnouncer snapshot={snapshot} lastStop={lastStop} />}
    </>
  );
}

export function LiveCostChart({ store, heightPx, widthPx }: Stores & { heightPx: number; widthPx: number }) {
  return <CostChart history={useSecondarySnapshotState(store).costHistory} heightPx={heightPx} widthPx={widthPx} />;
}

/** The share menu's panel: mounted only while the menu is open. */
export function LiveSharePanel({ store, pointsStore, ...props }: Omit<SharePanelProps, 'snapshot' | 'points' | 'isCustomPoints'> & Stores & WithPoints) {
  const { snapshot } = useSnapshotState(store);
  const { points, isCustom } = usePointsState(pointsStore);
  return <SharePanel {...props} snapshot={snapshot} points={points} isCustomPoints={isCustom} />;
}
