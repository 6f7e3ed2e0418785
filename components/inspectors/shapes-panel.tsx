'use client';

import { useMemo } from 'react';
import { VIEW_LESSONS } from '@/lib/lessons/view-lessons';
import { formatShape, networkShapes, type LayerShapes } from '@/lib/math/network-shapes';
import { useT } from '@/components/i18n';
import { InspectorFrame } from './inspector-frame';
import { Sym, Tex } from './math';

export interface ShapesPanelProps {
  inputs: number;
  layers: readonly number[];
  /** Training examples m. */
  m: number;
  batchSize: number | 'full';
  onClose(): void;
}

const COLUMNS = ['W', 'b', 'Z', 'A', 'dW', 'db'] as const satisfies readonly (keyof LayerShapes)[];

/** The course's dimension check: the shape of every matrix for the current network and m. */
export function ShapesPanel({ inputs, layers, m, batchSize, onClose }: ShapesPanelProps) {
  const t = useT();
  const shapes = useMemo(() => networkShapes(inputs, layers, m), [inputs, layers, m]);
  const L = shapes.layers.length;
  return (
    <InspectorFrame title={t('shapes.title')} testId="shapes-panel" lesson={VIEW_LESSONS.shapes} onClose={onClose}>
      <p className="text-xs text-slate-600">
        <span data-testid="shapes-m">{t('shapes.examples', { m })}</span>
        {batchSize !== 'full' && batchSize < m ? <span> · {t('shapes.miniBatch', { batch: batchSize })}</span> : null}
      </p>
      <table className="mt-1 w-full border-collapse font-mono text-xs tabular-nums">
        <thead>
          <tr className="text-left font-serif text-sm text-slate-700">
            <th className="py-0.5 pr-2 font-normal"><i>{t('shapes.layer')}</i></th>
            <th className="py-0.5 pr-2 font-normal">
              <Tex tex="n^{[l]}" />
            </th>
            {COLUMNS.map((c) => (
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
            <td className="py-0.5 pr-2" data-testid="shape-X">{formatShape(shapes.X)}</td>
            <td className="py-0.5 pr-2" colSpan={2} />
          </tr>
          {shapes.layers.map((layer) => (
            <tr key={layer.layer} className="border-t border-slate-200" data-testid="shapes-row" data-layer={layer.layer}>
              <td className="py-0.5 pr-2">{layer.layer === L ? `${layer.layer} = L` : layer.layer}</td>
              <td className="py-0.5 pr-2">{layer.W[0]}</td>
              {COLUMNS.map((c) => (
                <td key={c} className="py-0.5 pr-2" data-testid={`shape-${c}`}>
                  {formatShape(layer[c])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-slate-500">{t('shapes.note')}</p>
    </InspectorFrame>
  );
}
