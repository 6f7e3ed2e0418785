/**
 * The CSV import: a header naming x1, x2, label and optionally split, then one row per point
 * (parsePointsFile in points-io.ts describes the format).
 */
import * as z from 'zod/mini';

import type { LabeledPoint } from '../protocol';
import { MAX_IMPORT_ERRORS, MAX_IMPORT_POINTS, coordinate, fail, reasonFor, shorten, type ImportError, type ImportResult } from './point-records';

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

export function parseCsv(text: string): ImportResult {
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

