import { describe, expect, it } from 'vitest';
import { LIMITS } from '../config/schema';
import { MAX_IMPORT_POINTS } from '../share/points-io';
import { EMBED_MESSAGE_LIMITS } from '../share/embed-messages';
import { exceedsPointLimit, MAX_POINTS } from './point-limit';

describe('exceedsPointLimit', () => {
  it('refuses growing past the limit, never shrinking', () => {
    expect(exceedsPointLimit(MAX_POINTS, MAX_POINTS - 1)).toBe(false);
    expect(exceedsPointLimit(MAX_POINTS + 1, MAX_POINTS)).toBe(true);
    expect(exceedsPointLimit(MAX_POINTS + 1, MAX_POINTS + 2)).toBe(false);
  });
  it('is the same limit as the URL, imports and embed messages', () => {
    expect(LIMITS.n.max).toBe(MAX_POINTS);
    expect(MAX_IMPORT_POINTS).toBe(MAX_POINTS);
    expect(EMBED_MESSAGE_LIMITS.arrayLength).toBe(MAX_POINTS);
  });
});
