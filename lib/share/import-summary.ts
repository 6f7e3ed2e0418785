import type { ImportError } from './points-io';

/**
 * The problems of a failed import as a reader should see them: problems of the same kind on the
 * same line become one, their details joined in order ("x1, x2, label" instead of the same
 * sentence three times), and a detail repeated on that line is kept once. At most `maxListed`
 * problems are listed; `more` counts the rest of `errorCount` (the parser may have counted
 * problems it did not keep).
 */
export function summariseImportErrors(
  errors: readonly ImportError[],
  errorCount: number,
  maxListed: number,
): { listed: ImportError[]; more: number } {
  const merged: ImportError[] = [];
  const detailsOf = new Map<ImportError, string[]>();
  let mergedAway = 0;
  for (const error of errors) {
    const same = merged.find((e) => e.line === error.line && e.reason === error.reason);
    if (!same) {
      const copy = { ...error };
      merged.push(copy);
      detailsOf.set(copy, error.detail === undefined ? [] : [error.detail]);
      continue;
    }
    mergedAway++;
    const details = detailsOf.get(same)!;
    if (error.detail !== undefined && !details.includes(error.detail)) details.push(error.detail);
  }
  for (const error of merged) {
    const details = detailsOf.get(error)!;
    if (details.length > 0) error.detail = details.join(', ');
  }
  const listed = merged.slice(0, maxListed);
  const more = Math.max(0, errorCount - mergedAway - listed.length);
  return { listed, more };
}
