import type { EngineKind, EngineMeasurements } from '@/lib/protocol';
import type { Translate } from '@/components/i18n';

/** Which engines train and build the snapshots now, and what `auto` measured to choose them. */
export interface EngineReadout {
  engine: EngineKind;
  gridEngine: EngineKind;
  measurements?: EngineMeasurements;
}

/** Equal readouts (so the page re-renders only when the choice or the figures change). */
export function isSameReadout(a: EngineReadout | null, b: EngineReadout): boolean {
  return a !== null && a.engine === b.engine && a.gridEngine === b.gridEngine && JSON.stringify(a.measurements ?? null) === JSON.stringify(b.measurements ?? null);
}

const whole = (value: number): string => Math.round(value).toLocaleString('en-US');

/**
 * The readout's hover text: the engines in use, and either the figures that decided them ("plain
 * JavaScript 31,000 steps/s, snapshot 3 ms · TensorFlow.js 2,400 steps/s, snapshot 9 ms") or that a
 * forced backend decided them.
 */
export function describeEngines(t: Translate, backend: string, readout: EngineReadout): string {
  const name = (kind: EngineKind) => t(`engine.${kind}`, { backend });
  const using = t('engine.using', { train: name(readout.engine), grid: name(readout.gridEngine) });
  const entries = Object.entries(readout.measurements ?? {}) as [EngineKind, NonNullable<EngineMeasurements[EngineKind]>][];
  if (!entries.length) return `${using} ${t('engine.forced')}`;
  const figures = entries
    .map(([kind, m]) => t('engine.figure', { engine: name(kind), steps: whole(m.stepsPerSecond), ms: m.snapshotMs < 10 ? m.snapshotMs.toFixed(1) : whole(m.snapshotMs) }))
    .join(' · ');
  return `${using} ${t('engine.measured', { figures })}`;
}
