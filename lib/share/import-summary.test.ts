import { describe, expect, it } from 'vitest';
import { summariseImportErrors } from './import-summary';
import { parsePointsFile } from './points-io';

describe('summariseImportErrors', () => {
  it('says a header that names none of the columns once, with every missing column', () => {
    const result = parsePointsFile('a,b,c\n1,1,1\n', 'bad.csv');
    if (result.ok) throw new Error('expected a failure');
    const { listed, more } = summariseImportErrors(result.errors, result.errorCount, 5);
    expect(listed).toEqual([{ line: 1, reason: 'header', detail: 'x1, x2, label' }]);
    expect(more).toBe(0);
  });

  it('keeps problems of different lines or kinds apart, in order', () => {
    const errors = [
      { line: 3, reason: 'number' as const, detail: 'abc' },
      { line: 4, reason: 'label' as const, detail: '7' },
      { line: 4, reason: 'number' as const, detail: 'x' },
    ];
    expect(summariseImportErrors(errors, 3, 5).listed).toEqual(errors);
  });

  it('keeps a repeated detail once and counts what is not listed', () => {
    const errors = [
      { line: 2, reason: 'columns' as const, detail: '4' },
      { line: 2, reason: 'columns' as const, detail: '4' },
      { line: 5, reason: 'columns' as const },
      { line: 6, reason: 'columns' as const },
      { line: 7, reason: 'columns' as const },
    ];
    const { listed, more } = summariseImportErrors(errors, 12, 2);
    expect(listed).toEqual([
      { line: 2, reason: 'columns', detail: '4' },
      { line: 5, reason: 'columns' },
    ]);
    // 12 problems counted, one merged into another, two listed.
    expect(more).toBe(9);
  });
});
