'use client';

import { useEffect, useMemo } from 'react';
import { lossOf, outputAt, paramsFit } from '@/lib/model/point-loss';
import type { PointLossEvent } from '@/lib/lessons/progress';
import type { Activation, Feature, LabeledPoint, TrainingSnapshot } from '@/lib/protocol';
import { useT } from '@/components/i18n';

export interface PointLossProps {
  snapshot: TrainingSnapshot | null;
  points: readonly LabeledPoint[];
  pointsVersion: number;
  /** Training examples m (the caller counts them once per points change). */
  m: number;
  selectedIndex: number | null;
  /** g^{[1]} … g^{[L]} and the input features of the network on screen. */
  activations: readonly Activation[];
  features: readonly Feature[];
  onPointLoss?(event: PointLossEvent): void;
}

const format = (value: number, digits = 3) => (Number.isFinite(value) ? value.toFixed(digits) : '—');

/**
 * Under the plane, for a selected training point: its ŷ and loss L(ŷ, y) beside the cost J, the mean of the
 * m losses, and the share L/m the point adds to it (course §2.2–2.3). Shown once the snapshot has the
 * point where it now is.
 */
export function PointLoss({ snapshot, points, pointsVersion, m, selectedIndex, activations, features, onPointLoss }: PointLossProps) {
  const t = useT();
  const point = selectedIndex === null ? undefined : points[selectedIndex];
  const reading = useMemo(() => {
    if (!point || point.split !== 'train' || !snapshot || snapshot.pointsVersion !== pointsVersion) return null;
    if (!paramsFit(snapshot.params, activations, features)) return null;
    const yHat = outputAt(snapshot.params, activations, features, point.x1, point.x2);
    return { yHat, loss: lossOf(yHat, point.label), cost: snapshot.trainCost, m, runId: snapshot.runId, step: snapshot.step };
  }, [point, snapshot, pointsVersion, m, activations, features]);

  useEffect(() => {
    if (reading && selectedIndex !== null) onPointLoss?.({ index: selectedIndex, loss: reading.loss, cost: reading.cost, m: reading.m, runId: reading.runId, step: reading.step });
  }, [reading, selectedIndex, onPointLoss]);

  if (!reading || !point) return null;
  return (
    <p className="text-xs text-slate-700" data-testid="point-loss" data-loss={reading.loss} data-cost={reading.cost} data-m={reading.m} data-y-hat={reading.yHat}>
      {t('pointLoss.text', {
        y: point.label,
        yHat: format(reading.yHat),
        loss: format(reading.loss),
        m: reading.m,
        cost: format(reading.cost, 4),
        share: format(reading.loss / reading.m, 4),
      })}
    </p>
  );
}
