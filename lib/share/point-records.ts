/**
 * Points as files and messages spell them: the limits, the error codes, the record schema and the
 * validation of a list of records, shared by the CSV and JSON imports and the embed's setPoints.
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

export const coordinate = z.number().check(z.minimum(DOMAIN_MIN), z.maximum(DOMAIN_MAX));

/** One point as files and messages spell it; split defaults to train. Unknown keys are dropped. */
export const pointRecordSchema = z.object({
  x1: coordinate,
  x2: coordinate,
  label: z.union([z.literal(0), z.literal(1)]),
  split: z._default(z.enum(['train', 'test']), 'train'),
});

export type PointRecordInput = z.input<typeof pointRecordSchema>;

export function shorten(text: string): string {
  if (text.length <= IMPORT_DETAIL_LENGTH) return text;
  let head = text.slice(0, IMPORT_DETAIL_LENGTH - 1);
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  return `${head}…`;
}

export function fail(errors: ImportError[], errorCount = errors.length): ImportResult {
  return { ok: false, errors: errors.slice(0, MAX_IMPORT_ERRORS), errorCount };
}

/** The reason for a zod issue on a point field. */
export function reasonFor(field: PropertyKey | undefined, code: string): ImportReason {
  if (field === 'x1' || field === 'x2') return code === 'too_small' || code === 'too_big' ? 'range' : 'number';
  if (field === 'label') return 'label';
  if (field === 'split') return 'split';
  return 'schema';
}

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

