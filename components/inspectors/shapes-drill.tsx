'use client';

import { useContext, useMemo, useState } from 'react';
import type { NetworkShapes } from '@/lib/math/network-shapes';
import { checkDrill, drillCells, drillNetworkKey, isSolved, type DrillCell, type Verdict } from '@/lib/math/shape-drill';
import { useT } from '@/components/i18n';
import { LessonEventsContext } from '@/components/playground/use-lesson-events';

interface DrillState {
  /** The network and m the answers are for: another one starts the drill afresh. */
  key: string;
  answers: Readonly<Record<string, string>>;
  /** The verdicts of the last Check; an answer edited since has none. */
  verdicts: Readonly<Record<string, Verdict>>;
}

export interface ShapeDrill {
  cells: ReadonlyMap<string, DrillCell>;
  answers: Readonly<Record<string, string>>;
  verdicts: Readonly<Record<string, Verdict>>;
  setAnswer(id: string, answer: string): void;
  /** Checks every answer; a drill solved is reported to the lesson page. */
  check(): void;
  isChecked: boolean;
  isSolved: boolean;
  /** Answers not right at the last Check, or edited since. */
  wrongCount: number;
}

/** The drill over the Shapes panel's table: the answers typed, and the verdicts of the last Check. */
export function useShapeDrill(shapes: NetworkShapes, inputs: number, layers: readonly number[], m: number): ShapeDrill {
  const { onDrillSolved } = useContext(LessonEventsContext);
  const network = drillNetworkKey(inputs, layers);
  const key = `${network}|${m}`;
  const list = useMemo(() => drillCells(shapes), [shapes]);
  const [stored, setState] = useState<DrillState>({ key, answers: {}, verdicts: {} });
  const state: DrillState = stored.key === key ? stored : { key, answers: {}, verdicts: {} };
  const setAnswer = (id: string, answer: string) => {
    const { [id]: _, ...verdicts } = state.verdicts;
    setState({ ...state, answers: { ...state.answers, [id]: answer }, verdicts });
  };
  const check = () => {
    const verdicts = checkDrill(list, state.answers, m);
    setState({ ...state, verdicts });
    if (isSolved(list, verdicts)) onDrillSolved?.(network);
  };
  return {
    cells: new Map(list.map((cell) => [cell.id, cell])),
    answers: state.answers,
    verdicts: state.verdicts,
    setAnswer,
    check,
    isChecked: Object.keys(state.verdicts).length > 0,
    isSolved: isSolved(list, state.verdicts),
    wrongCount: list.filter((cell) => state.verdicts[cell.id]?.isRight !== true).length,
  };
}

/** "W[2]", "X": how the labels and hints name a cell's matrix. */
const nameOf = (cell: DrillCell) => (cell.symbol === 'X' || cell.symbol === 'Y' ? cell.symbol : `${cell.symbol}[${cell.layer}]`);

const VERDICT_CLASS = {
  none: 'border-slate-300 bg-white text-slate-900',
  right: 'border-emerald-600 bg-emerald-50 text-emerald-900',
  wrong: 'border-rose-600 bg-rose-50 text-rose-900',
} as const;

const verdictOf = (verdict: Verdict | undefined) => (verdict === undefined ? 'none' : verdict.isRight ? 'right' : 'wrong');

/** The hint a verdict shows: none for a right answer or a blank one. */
const hintOf = (verdict: Verdict | undefined) => (verdict && !verdict.isRight && verdict.hint !== 'blank' ? verdict.hint : null);

/** The blank for one shape: typed as (rows, columns), green or red after Check. */
export function DrillInput({ drill, id }: { drill: ShapeDrill; id: string }) {
  const t = useT();
  const cell = drill.cells.get(id)!;
  const verdict = verdictOf(drill.verdicts[id]);
  const hasHint = hintOf(drill.verdicts[id]) !== null;
  return (
    <input
      className={`w-[9ch] rounded border px-0.5 py-px font-mono text-[11px] ${VERDICT_CLASS[verdict]}`}
      value={drill.answers[id] ?? ''}
      onChange={(event) => drill.setAnswer(id, event.target.value)}
      aria-label={t('drill.label', { symbol: nameOf(cell) })}
      aria-invalid={verdict === 'wrong'}
      aria-describedby={hasHint ? `drill-hint-${id}` : undefined}
      placeholder="( , )"
      autoComplete="off"
      autoCapitalize="off"
      spellCheck={false}
      data-testid="drill-input"
      data-symbol={cell.symbol}
      data-layer={cell.layer}
      data-verdict={verdict}
    />
  );
}

/** The hints of the wrong answers among `ids`, in a row of their own under them. */
export function DrillHints({ drill, ids, columns }: { drill: ShapeDrill; ids: readonly string[]; columns: number }) {
  const t = useT();
  const wrong = ids.flatMap((id) => {
    const hint = hintOf(drill.verdicts[id]);
    return hint ? [{ cell: drill.cells.get(id)!, hint }] : [];
  });
  if (wrong.length === 0) return null;
  return (
    <tr>
      <td colSpan={columns} className="pb-1 pr-2">
        {wrong.map(({ cell, hint }) => (
          <p key={cell.id} id={`drill-hint-${cell.id}`} className="font-sans text-xs text-rose-800" data-testid="drill-hint" data-symbol={cell.symbol} data-layer={cell.layer}>
            {t(`drill.hint.${hint}`, { symbol: nameOf(cell), l: cell.layer, prev: cell.layer - 1 })}
          </p>
        ))}
      </td>
    </tr>
  );
}

/** The Check button and the drill's status, green when every shape is right. */
export function DrillStatus({ drill, m }: { drill: ShapeDrill; m: number }) {
  const t = useT();
  const count = drill.cells.size;
  const text = !drill.isChecked
    ? t('drill.pending', { m })
    : drill.isSolved
      ? t('drill.solved', { count })
      : t('drill.wrong', { wrong: drill.wrongCount, count });
  const tone = drill.isSolved ? 'bg-emerald-100 font-semibold text-emerald-900' : drill.isChecked ? 'text-rose-800' : 'text-slate-600';
  return (
    <div className="mt-1.5 flex flex-wrap items-center gap-2">
      <button type="submit" className="btn py-0.5 text-xs" data-testid="drill-check">
        {t('drill.check')}
      </button>
      <p className={`rounded px-1.5 py-0.5 text-xs ${tone}`} role="status" data-testid="drill-status" data-solved={drill.isSolved}>
        {drill.isSolved ? '✓ ' : null}
        {text}
      </p>
    </div>
  );
}
