/**
 * Import and export of labelled points as CSV and JSON files.
 *
 * Imports are all-or-nothing: any error gives `ok: false` and no points. Errors are codes plus a
 * line number (CSV) or a path in `detail` (JSON); the UI words them through the message catalogue.
 */
import * as z from 'zod/mini';

import type { LabeledPoint } from '../protocol';
import { COORDINATE_DECIMALS, MAX_IMPORT_BYTES, POINTS_FILE_FORMAT, POINTS_FILE_VERSION, fail, parsePointRecords, shorten, type ImportResult } from './point-records';
import { parseCsv } from './points-csv';

export {
  COORDINATE_DECIMALS,
  IMPORT_DETAIL_LENGTH,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ERRORS,
  MAX_IMPORT_POINTS,
  POINTS_FILE_FORMAT,
  POINTS_FILE_VERSION,
  parsePointRecords,
  pointRecordSchema,
  type ImportError,
  type ImportReason,
  type ImportResult,
  type PointRecordInput,
} from './point-records';

// ---------------------------------------------------------------------------------------------
// Export

/** Up to COORDINATE_DECIMALS decimals, no trailing zeros, no "-0". */
function formatCoordinate(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toFixed(COORDINATE_DECIMALS));
  return String(rounded === 0 ? 0 : rounded);
}

function roundCoordinate(value: number): number {
  return Number(formatCoordinate(value));
}

/** `x1,x2,label,split` then one row per point, lines ending in `\n`. */
export function pointsToCsv(points: readonly LabeledPoint[]): string {
  const rows = points.map((p) => `${formatCoordinate(p.x1)},${formatCoordinate(p.x2)},${p.label},${p.split}`);
  return ['x1,x2,label,split', ...rows].join('\n') + '\n';
}

/** `{ "format": "nn-playground-points", "version": 1, "points": [...] }`, one point per line. */
export function pointsToJson(points: readonly LabeledPoint[]): string {
  const lines = points.map((p) =>
    JSON.stringify({ x1: roundCoordinate(p.x1), x2: roundCoordinate(p.x2), label: p.label, split: p.split }),
  );
  const list = lines.length === 0 ? '[]' : `[\n    ${lines.join(',\n    ')}\n  ]`;
  return `{\n  "format": ${JSON.stringify(POINTS_FILE_FORMAT)},\n  "version": ${POINTS_FILE_VERSION},\n  "points": ${list}\n}\n`;
}

// ---------------------------------------------------------------------------------------------
// Import

/**
 * Reads a points file. JSON when the name ends in .json, CSV when it ends in .csv, otherwise JSON
 * if the first non-blank character is `{` or `[`. Never throws.
 *
 * CSV: a header naming x1, x2, label and optionally split, in any order (case-insensitive, trimmed,
 * optionally quoted; other columns are ignored), then one row per point. Blank lines are skipped;
 * `\r\n`, `\n` and `\r` end lines; a byte-order mark is dropped. Each bad field is reported with
 * its 1-based line. JSON: the export format or a bare array of points; errors carry the path
 * (`points[12].x1`, or `[12].x1` for a bare array) in `detail`.
 */
export function parsePointsFile(text: string, fileName: string): ImportResult {
  try {
    if (typeof text !== 'string') return fail([{ line: null, reason: 'empty' }]);
    if (text.length > MAX_IMPORT_BYTES) return fail([{ line: null, reason: 'tooLarge', detail: String(text.length) }]);
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.trim() === '') return fail([{ line: null, reason: 'empty' }]);
    const name = typeof fileName === 'string' ? fileName.trim().toLowerCase() : '';
    const isJson = name.endsWith('.json') || (!name.endsWith('.csv') && /^\s*[[{]/.test(body));
    return isJson ? parseJson(body) : parseCsv(body);
  } catch (error) {
    // Nothing above should throw; a stack overflow in the engine's JSON parser is the one known case.
    return fail([{ line: null, reason: 'json', detail: shorten(error instanceof Error ? error.name : 'error') }]);
  }
}

const exportEnvelopeSchema = z.object({
  format: z.literal(POINTS_FILE_FORMAT),
  version: z.literal(POINTS_FILE_VERSION),
  points: z.array(z.unknown()),
});

function parseJson(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail([{ line: null, reason: 'json', detail: shorten(error instanceof Error ? error.message : '') }]);
  }
  if (Array.isArray(data)) return parsePointRecords(data);
  const envelope = exportEnvelopeSchema.safeParse(data);
  if (!envelope.success) {
    const path = envelope.error.issues[0]?.path.map(String).join('.');
    return fail([{ line: null, reason: 'schema', detail: path || '$' }]);
  }
  return parsePointRecords(envelope.data.points, 'points');
}
