// @vitest-environment node
/**
 * The referrals list shows its rows as soon as they are read, the pager once they are
 * counted, and says "none" (or that a new forum has none yet) only once it knows.
 */
import { describe, expect, it } from 'vitest';
import { listedPage, type ListedParts } from '../../../../../renderer/features/referrals/listed-page';

const read = (n: number) => ({ rows: Array.from({ length: n }, (_, i) => `referral ${i + 1}`), offset: 0 });
const parts = (overrides: Partial<ListedParts<string>>): ListedParts<string> => ({
  rows: undefined,
  total: undefined,
  leftOut: undefined,
  forumCountNeeded: true,
  forumCount: undefined,
  ...overrides,
});

describe('when the referrals list can show', () => {
  it('loads until the rows are read', () => {
    expect(listedPage(parts({ total: 12, leftOut: 0, forumCount: 30 }))).toBeUndefined();
  });

  it('shows the rows before any count, with no total (no pager) yet', () => {
    expect(listedPage(parts({ rows: read(3) }))).toEqual({ rows: read(3).rows, offset: 0, total: undefined });
    expect(listedPage(parts({ rows: read(3), total: 3 }))?.total).toBe(3);
  });

  it('never says "none" while an empty page is still being counted', () => {
    expect(listedPage(parts({ rows: read(0) }))).toBeUndefined();
    // None listed: a restricted person's may still be left out, to be said instead of "none".
    expect(listedPage(parts({ rows: read(0), total: 0 }))).toBeUndefined();
    // None left out either: "none in hand" or "no referrals yet" depends on the forum's count.
    expect(listedPage(parts({ rows: read(0), total: 0, leftOut: 0 }))).toBeUndefined();
  });

  it('shows an empty page once it knows why it is empty', () => {
    expect(listedPage(parts({ rows: read(0), total: 0, leftOut: 2 }))?.total).toBe(0);
    expect(listedPage(parts({ rows: read(0), total: 0, leftOut: 0, forumCount: 40 }))?.total).toBe(0);
    expect(listedPage(parts({ rows: read(0), total: 0, leftOut: 0, forumCountNeeded: false }))?.total).toBe(0);
  });

  it('shows a page past the end (the list shrank) once the total says there are rows before it', () => {
    expect(listedPage(parts({ rows: { rows: [], offset: 50 }, total: 40 }))).toEqual({ rows: [], offset: 50, total: 40 });
  });
});
