/**
 * bench-results/scaling.svg: the multiply-adds per second each engine achieves against the work per
 * step, beside the machine's limit at the same shapes. Both axes are logarithmic. A pure function of the
 * `scaling` rows, so the geometry is testable as data.
 */
import { scaleLog } from 'd3-scale';

export interface ChartRow {
  id: string;
  /** Multiply-adds of one step (or one grid evaluation). */
  multiplyAdds: number;
  /** G multiply-adds per second, per series; null when not measured. */
  js: number | null;
  tfjs: number | null;
  limit: number;
  kind: 'train' | 'grid';
}

export const CHART_SERIES = [
  { key: 'js', label: 'plain JS engine', color: '#1f77b4' },
  { key: 'tfjs', label: 'tfjs-wasm engine', color: '#ff7f0e' },
  { key: 'limit', label: 'limit (faster of JS loop, wasm matMul)', color: '#555555' },
] as const;

export interface ChartMark {
  id: string;
  series: (typeof CHART_SERIES)[number]['key'];
  kind: ChartRow['kind'];
  x: number;
  y: number;
}

export interface ChartSize {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export const DEFAULT_CHART_SIZE: ChartSize = { width: 720, height: 440, margin: { top: 40, right: 20, bottom: 50, left: 64 } };

/** Powers of ten covering [min, max] (at least one decade). */
export function decadesOf(min: number, max: number): [number, number] {
  const low = 10 ** Math.floor(Math.log10(Math.max(min, 1e-12)));
  const high = 10 ** Math.ceil(Math.log10(Math.max(max, low * 10)));
  return [low, high > low ? high : low * 10];
}

/** Positions of every measured value in the plot area. */
export function chartMarks(rows: readonly ChartRow[], size: ChartSize = DEFAULT_CHART_SIZE) {
  const { width, height, margin } = size;
  const xs = rows.map((r) => r.multiplyAdds);
  const ys = rows.flatMap((r) => [r.js, r.tfjs, r.limit]).filter((v): v is number => v !== null && v > 0);
  const x = scaleLog().domain(decadesOf(Math.min(...xs), Math.max(...xs))).range([margin.left, width - margin.right]);
  const y = scaleLog().domain(decadesOf(Math.min(...ys), Math.max(...ys))).range([height - margin.bottom, margin.top]);
  const marks: ChartMark[] = rows.flatMap((row) =>
    CHART_SERIES.flatMap(({ key }) => {
      const value = row[key];
      return value !== null && value > 0 ? [{ id: row.id, series: key, kind: row.kind, x: x(row.multiplyAdds), y: y(value) }] : [];
    }),
  );
  return { marks, x, y };
}

const round = (v: number): string => (Math.round(v * 10) / 10).toString();
const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function powerLabel(v: number): string {
  const exponent = Math.round(Math.log10(v));
  return exponent >= 0 && exponent <= 3 ? String(10 ** exponent) : `1e${exponent}`;
}

/** The whole chart as an SVG document: filled marks for training steps, hollow ones for the grid. */
export function scalingChartSvg(rows: readonly ChartRow[], title: string, size: ChartSize = DEFAULT_CHART_SIZE): string {
  const { width, height, margin } = size;
  const { marks, x, y } = chartMarks(rows, size);
  const parts: string[] = [];
  const [x0, x1] = x.domain() as [number, number];
  for (let v = x0; v <= x1 * 1.0001; v *= 10) {
    const px = round(x(v));
    parts.push(`<line x1="${px}" x2="${px}" y1="${margin.top}" y2="${height - margin.bottom}" stroke="#ddd"/>`);
    parts.push(`<text x="${px}" y="${height - margin.bottom + 16}" text-anchor="middle">${powerLabel(v)}</text>`);
  }
  const [y0, y1] = y.domain() as [number, number];
  for (let v = y0; v <= y1 * 1.0001; v *= 10) {
    const py = round(y(v));
    parts.push(`<line x1="${margin.left}" x2="${width - margin.right}" y1="${py}" y2="${py}" stroke="#ddd"/>`);
    parts.push(`<text x="${margin.left - 6}" y="${py}" text-anchor="end" dominant-baseline="middle">${powerLabel(v)}</text>`);
  }
  for (const mark of marks) {
    const color = CHART_SERIES.find((s) => s.key === mark.series)!.color;
    const fill = mark.kind === 'train' ? color : 'none';
    const shape =
      mark.series === 'limit'
        ? `<rect x="${round(mark.x - 3)}" y="${round(mark.y - 3)}" width="6" height="6" fill="${fill}" stroke="${color}"/>`
        : `<circle cx="${round(mark.x)}" cy="${round(mark.y)}" r="3.5" fill="${fill}" stroke="${color}"/>`;
    parts.push(shape.replace('/>', `><title>${escape(`${mark.id} ${mark.kind} ${mark.series}`)}</title></${mark.series === 'limit' ? 'rect' : 'circle'}>`));
  }
  CHART_SERIES.forEach((s, i) => {
    const lx = margin.left + 10 + i * 200;
    parts.push(`<circle cx="${lx}" cy="${margin.top - 22}" r="4" fill="${s.color}"/>`);
    parts.push(`<text x="${lx + 8}" y="${margin.top - 22}" dominant-baseline="middle">${escape(s.label)}</text>`);
  });
  parts.push(`<text x="${width - margin.right}" y="${margin.top - 6}" text-anchor="end">filled: training step · hollow: ${'grid'} evaluation</text>`);
  parts.push(`<text x="${(margin.left + width - margin.right) / 2}" y="${height - 12}" text-anchor="middle">multiply-adds per step (or per grid evaluation)</text>`);
  parts.push(`<text transform="translate(16 ${(margin.top + height - margin.bottom) / 2}) rotate(-90)" text-anchor="middle">G multiply-adds per second</text>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<title>${escape(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
