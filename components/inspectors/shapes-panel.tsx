'use client';

import { useMemo, useState, type ReactNode } from 'react';
import { VIEW_LESSONS } from '@/lib/lessons/view-lessons';
import { formatShape, networkShapes, type Shape } from '@/lib/math/network-shapes';
import { cellId, LAYER_SYMBOLS, type DrillSymbol } from '@/lib/math/shape-drill';
import { useT } from '@/components/i18n';
import { InspectorFrame } from './inspector-frame';
import { Sym, Tex } from './math';
import { DrillHints, DrillInput, DrillStatus, useShapeDrill } from './shapes-drill';

export interface ShapesPanelProps {
  inputs: number;
  layers: readonly number[];
  /** Training examples m. */
  m: number;
  batchSize: number | 'full';
  onClose(): void;
}

/** The table's columns: l, n^{[l]} and the six matrices of a layer. */
const COLUMN_COUNT = 2 + LAYER_SYMBOLS.length;

/**
 * The course's dimension check: the shape of every matrix for the current network and m. As a drill,
 * each shape is a blank to fill in and check; another network or m starts the drill afresh.
 */
export function ShapesPanel({ inputs, layers, m, batchSize, onClose }: ShapesPanelProps) {
  const t = useT();
  const shapes = useMemo(() => networkShapes(inputs, layers, m), [inputs, layers, m]);
  const drill = useShapeDrill(shapes, inputs, layers, m);
  const [isDrilling, setDrilling] = useState(false);
  const L = shapes.layers.length;
  const cell = (symbol: DrillSymbol, layer: number, shape: Shape): ReactNode =>
    isDrilling ? <DrillInput drill={drill} id={cellId(symbol, layer)} /> : formatShape(shape);
  // Inputs need more room than the shapes as text: the cells around them give up some padding.
  const pad = isDrilling ? 'py-0.5 pr-1' : 'py-0.5 pr-2';
  const hints = (ids: readonly string[]) => (isDrilling ? <DrillHints drill={drill} ids={ids} columns={COLUMN_COUNT} /> : null);
  return (
    <InspectorFrame title={t('shapes.title')} testId="shapes-panel" lesson={VIEW_LESSONS.shapes} onClose={onClose}>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <p className="text-xs text-slate-600">
          <span data-testid="shapes-m">{t('shapes.examples', { m })}</span>
          {batchSize !== 'full' && batchSize < m ? <span> · {t('shapes.miniBatch', { batch: batchSize })}</span> : null}
        </p>
        <button
          type="button"
          className={`ml-auto rounded-full border px-2.5 py-0.5 text-xs ${isDrilling ? 'border-slate-800 bg-slate-800 text-white' : 'border-slate-300 bg-white text-slate-700 hover:border-slate-500'}`}
          aria-pressed={isDrilling}
          title={t('drill.toggleTitle')}
          data-testid="shapes-drill"
          onClick={() => setDrilling((d) => !d)}
        >
          {t('drill.toggle')}
        </button>
      </div>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          drill.check();
        }}
      >
        <div className="mt-1 overflow-x-auto">
          <table className="w-full border-collapse font-mono text-xs tabular-nums">
            <thead>
              <tr className="text-left font-serif text-sm text-slate-700">
                <th className="py-0.5 pr-2 font-normal"><i>{t('shapes.layer')}</i></th>
                <th className="py-0.5 pr-2 font-normal">
                  <Tex tex="n^{[l]}" />
                </th>
                {LAYER_SYMBOLS.map((c) => (
                  <th key={c} className="py-0.5 pr-2 font-normal">
                    <Sym name={c} layer="l" />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr className="border-t border-slate-200 text-slate-500">
                <td className="py-0.5 pr-2">0</td>
                <td className="py-0.5 pr-2">{inputs}</td>
                <td className="py-0.5 pr-2 font-serif text-sm" colSpan={2}>
                  <Tex tex="A^{[0]} = X" />
                </td>
                <td className="py-0.5 pr-2" />
                <td className={pad} data-testid="shape-X">{cell('X', 0, shapes.X)}</td>
                <td className="py-0.5 pr-2" colSpan={2} />
              </tr>
              {hints(['X'])}
              {shapes.layers.map((layer) => (
                <LayerRows key={layer.layer} label={layer.layer === L ? `${layer.layer} = L` : String(layer.layer)} layer={layer.layer} units={layer.W[0]} hints={hints(LAYER_SYMBOLS.map((c) => cellId(c, layer.layer)))}>
                  {LAYER_SYMBOLS.map((c) => (
                    <td key={c} className={pad} data-testid={`shape-${c}`}>
                      {cell(c, layer.layer, layer[c])}
                    </td>
                  ))}
                </LayerRows>
              ))}
              <tr className="border-t border-slate-200 text-slate-500">
                <td className="py-0.5 pr-2" colSpan={2} />
                <td className="py-0.5 pr-2 font-serif text-sm" colSpan={2}>
                  <Tex tex="Y" />
                </td>
                <td className="py-0.5 pr-2" />
                <td className={pad} data-testid="shape-Y">{cell('Y', L, shapes.Y)}</td>
                <td className="py-0.5 pr-2" colSpan={2} />
              </tr>
              {hints(['Y'])}
            </tbody>
          </table>
        </div>
        {isDrilling ? <DrillStatus drill={drill} m={m} /> : <p className="mt-1 text-xs text-slate-500">{t('shapes.note')}</p>}
      </form>
    </InspectorFrame>
  );
}

/** A layer's row of shapes, and the hints of its wrong answers under it. */
function LayerRows({ label, layer, units, hints, children }: { label: string; layer: number; units: number; hints: ReactNode; children: ReactNode }) {
  return (
    <>
      <tr className="border-t border-slate-200" data-testid="shapes-row" data-layer={layer}>
        <td className="whitespace-nowrap py-0.5 pr-2">{label}</td>
        <td className="py-0.5 pr-2">{units}</td>
        {children}
      </tr>
      {hints}
    </>
  );
}
