/**
 * Import and export of labelled points as CSV and JSON files.
 *
 * Imports are all-or-nothing: any error gives `ok: false` and no points. Errors are codes plus a
 * line number (CSV) or a path in `detail` (JSON); the UI words them through the message catalogue.
 */
import * as z from 'zod/mini';

import { DOMAIN_MAX, DOMAIN_MIN, type LabeledPoint } from '../protocol';

/** Files longer than this many UTF-16 units are refused unread (the UI should check File.size first). */
export const MAX_IMPORT_BYTES = 1_000_000;
export const MAX_IMPORT_POINTS = 5000;
/** At most this many errors are listed; `errorCount` says how many were found. */
export const MAX_IMPORT_ERRORS = 50;
/** `detail` strings are shortened to this many characters (ellipsis included). */
export const IMPORT_DETAIL_LENGTH = 40;
/** Exported coordinates keep this many decimals (1e-6 is far below anything the plane shows). */
export const COORDINATE_DECIMALS = 6;

export const POINTS_FILE_FORMAT = 'nn-playground-points';
export const POINTS_FILE_VERSION = 1;

export type ImportReason =
  /** The text is longer than MAX_IMPORT_BYTES; detail: its length. */
  | 'tooLarge'
  /** No points (blank file, CSV header only, empty JSON list). */
  | 'empty'
  /** CSV header missing a required column, repeating one, or absent; detail: the column or header. */
  | 'header'
  /** A CSV row with another number of fields than the header, or an unclosed quote; detail: field count. */
  | 'columns'
  /** x1 or x2 is not a finite decimal number; detail: the value. */
  | 'number'
  /** x1 or x2 lies outside [DOMAIN_MIN, DOMAIN_MAX]; detail: the value. */
  | 'range'
  /** label is not 0 or 1; detail: the value. */
  | 'label'
  /** split is not train or test; detail: the value. */
  | 'split'
  /** More than MAX_IMPORT_POINTS points; detail: how many. */
  | 'tooMany'
  /** Not valid JSON; detail: the parser's message. */
  | 'json'
  /** JSON of the wrong shape (not a points list, wrong format or version, a point not an object). */
  | 'schema';

export interface ImportError {
  /** 1-based line of a CSV file; null for JSON and whole-file errors. */
  line: number | null;
  reason: ImportReason;
  /** The offending value or path, shortened; never a sentence meant for people. */
  detail?: string;
}

export type ImportResult =
  | { ok: true; points: LabeledPoint[]; format: 'csv' | 'json' }
  | { ok: false; errors: ImportError[]; errorCount: number };

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
// Schemas, shared with the embed message API (setPoints)

const coordinate = z.number().check(z.minimum(DOMAIN_MIN), z.maximum(DOMAIN_MAX));

/** One point as files and messages spell it; split defaults to train. Unknown keys are dropped. */
export const pointRecordSchema = z.object({
  x1: coordinate,
  x2: coordinate,
  label: z.union([z.literal(0), z.literal(1)]),
  split: z._default(z.enum(['train', 'test']), 'train'),
});

export type PointRecordInput = z.input<typeof pointRecordSchema>;

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** The string fields of a CSV row; decoding them gives the same errors as the JSON fields. */
const decimalText = z.pipe(
  z.string(),
  z.transform((text: string) => (DECIMAL.test(text) ? Number(text) : Number.NaN)),
);
const csvRowSchema = z.object({
  x1: z.pipe(decimalText, coordinate),
  x2: z.pipe(decimalText, coordinate),
  // "1.0" from a spreadsheet is still label 1.
  label: z.pipe(decimalText, z.union([z.literal(0), z.literal(1)])),
  split: z.pipe(
    z.pipe(
      z.string(),
      z.transform((text: string) => (text === '' ? 'train' : text.toLowerCase())),
    ),
    z.enum(['train', 'test']),
  ),
});

// ---------------------------------------------------------------------------------------------
// Import

function shorten(text: string): string {
  if (text.length <= IMPORT_DETAIL_LENGTH) return text;
  let head = text.slice(0, IMPORT_DETAIL_LENGTH - 1);
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  return `${head}…`;
}

function fail(errors: ImportError[], errorCount = errors.length): ImportResult {
  return { ok: false, errors: errors.slice(0, MAX_IMPORT_ERRORS), errorCount };
}

/** The reason for a zod issue on a point field. */
function reasonFor(field: PropertyKey | undefined, code: string): ImportReason {
  if (field === 'x1' || field === 'x2') return code === 'too_small' || code === 'too_big' ? 'range' : 'number';
  if (field === 'label') return 'label';
  if (field === 'split') return 'split';
  return 'schema';
}

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

// --- CSV

/** Splits one CSV line into trimmed fields; `"…"` quotes a field and `""` inside is a quote. Null for an unclosed quote. */
function splitCsvLine(line: string): string[] | null {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    let field = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        if (i >= line.length) return null;
        const quote = line.indexOf('"', i);
        if (quote < 0) return null;
        field += line.slice(i, quote);
        if (line[quote + 1] === '"') {
          field += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      const comma = line.indexOf(',', i);
      const rest = comma < 0 ? line.slice(i) : line.slice(i, comma);
      field += rest; // text after the closing quote is kept, as spreadsheets do
      fields.push(field.trim());
      if (comma < 0) return fields;
      i = comma + 1;
    } else {
      const comma = line.indexOf(',', i);
      fields.push((comma < 0 ? line.slice(i) : line.slice(i, comma)).trim());
      if (comma < 0) return fields;
      i = comma + 1;
    }
  }
}

const REQUIRED_COLUMNS = ['x1', 'x2', 'label'] as const;
const CSV_COLUMNS = [...REQUIRED_COLUMNS, 'split'] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];

function parseCsv(text: string): ImportResult {
  const lines = text.split(/\r\n|\n|\r/);
  const rows: Array<{ line: number; text: string }> = [];
  lines.forEach((line, index) => {
    if (line.trim() !== '') rows.push({ line: index + 1, text: line });
  });
  const header = rows.shift();
  if (!header) return fail([{ line: null, reason: 'empty' }]);

  const headerFields = splitCsvLine(header.text);
  if (!headerFields) return fail([{ line: header.line, reason: 'columns' }]);
  const columnIndex = new Map<CsvColumn, number>();
  const headerErrors: ImportError[] = [];
  headerFields.forEach((field, index) => {
    const column = field.toLowerCase();
    if (!(CSV_COLUMNS as readonly string[]).includes(column)) return;
    if (columnIndex.has(column as CsvColumn)) headerErrors.push({ line: header.line, reason: 'header', detail: shorten(field) });
    else columnIndex.set(column as CsvColumn, index);
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!columnIndex.has(column)) headerErrors.push({ line: header.line, reason: 'header', detail: column });
  }
  if (headerErrors.length > 0) return fail(headerErrors);
  if (rows.length === 0) return fail([{ line: null, reason: 'empty' }]);
  if (rows.length > MAX_IMPORT_POINTS) return fail([{ line: null, reason: 'tooMany', detail: String(rows.length) }]);

  const points: LabeledPoint[] = [];
  const errors: ImportError[] = [];
  let errorCount = 0;
  const report = (error: ImportError): void => {
    errorCount++;
    if (errors.length < MAX_IMPORT_ERRORS) errors.push(error);
  };
  for (const row of rows) {
    const fields = splitCsvLine(row.text);
    if (!fields || fields.length !== headerFields.length) {
      report({ line: row.line, reason: 'columns', detail: fields ? String(fields.length) : undefined });
      continue;
    }
    const raw: Record<CsvColumn, string> = { x1: '', x2: '', label: '', split: '' };
    for (const [column, index] of columnIndex) raw[column] = fields[index] ?? '';
    const parsed = csvRowSchema.safeParse(raw);
    if (parsed.success) {
      points.push(parsed.data);
      continue;
    }
    // One error per bad field, in column order.
    const seen = new Set<PropertyKey>();
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === undefined || seen.has(field)) continue;
      seen.add(field);
      report({ line: row.line, reason: reasonFor(field, issue.code), detail: shorten(raw[field as CsvColumn] ?? '') });
    }
  }
  if (errorCount > 0) return fail(errors, errorCount);
  return { ok: true, points, format: 'csv' };
}

// --- JSON

const exportEnvelopeSchema = z.object({
  format: z.literal(POINTS_FILE_FORMAT),
  version: z.literal(POINTS_FILE_VERSION),
  points: z.array(z.unknown()),
});

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates a list of point records; the shared core of the JSON import and setPoints. */
export function parsePointRecords(list: unknown, pathPrefix = ''): ImportResult {
  if (!Array.isArray(list)) return fail([{ line: null, reason: 'schema', detail: pathPrefix || '$' }]);
  if (list.length > MAX_IMPORT_POINTS) return fail([{ line: null, reason: 'tooMany', detail: String(list.length) }]);
  if (list.length === 0) return fail([{ line: null, reason: 'empty' }]);
  const points: LabeledPoint[] = [];
  const errors: ImportError[] = [];
  let errorCount = 0;
  list.forEach((item: unknown, index) => {
    const parsed = pointRecordSchema.safeParse(item);
    if (parsed.success) {
      points.push(parsed.data);
      return;
    }
    const seen = new Set<PropertyKey>();
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (seen.has(field ?? '')) continue;
      seen.add(field ?? '');
      errorCount++;
      if (errors.length >= MAX_IMPORT_ERRORS) continue;
      const path = `${pathPrefix}[${index}]${field === undefined ? '' : `.${String(field)}`}`;
      const reason = isPlainObject(item) ? reasonFor(field, issue.code) : 'schema';
      errors.push({ line: null, reason, detail: shorten(path) });
    }
  });
  if (errorCount > 0) return fail(errors, errorCount);
  return { ok: true, points, format: 'json' };
}

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
