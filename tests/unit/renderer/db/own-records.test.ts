// @vitest-environment node
/**
 * That the forum has records of its own is remembered as they are written (for the
 * missing-data notice), so nothing has to read the tables to find out: a record of the
 * forum's own counts once its transaction commits; demo records and a write that is
 * rolled back do not.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { clients, loadDemoData } from '../../../../renderer/data';
import { forgetForumHadData, forumHadData } from '../../../../renderer/data/backup/backup-status';
import type { SignpostDatabase } from '../../../../renderer/db/database';
import { generateForum } from '../../../../shared/demo/generate';
import { freshDatabase, validClient } from '../data/fresh-database';

const stored = new Map<string, string>();
let database: SignpostDatabase;
beforeEach(() => {
  stored.clear();
  (globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (k: string) => stored.get(k) ?? null,
    setItem: (k: string, v: string) => void stored.set(k, v),
    removeItem: (k: string) => void stored.delete(k),
  };
  forgetForumHadData();
  database = freshDatabase();
});

describe("the forum's own records", () => {
  it('are remembered once one is written, whichever code writes it', async () => {
    expect(forumHadData()).toBeUndefined();
    await clients.create(validClient('Amina Yusuf'));
    expect(forumHadData()).toEqual({ since: expect.any(String) });

    forgetForumHadData();
    await database.services.put({ id: 's1', name: 'Law centre', createdAt: '2026-12-04T09:00:00.000Z', updatedAt: '2026-12-04T09:00:00.000Z' } as never);
    expect(forumHadData()).toBeDefined();
  });

  it('are not taken from demo records, nor from a write that was rolled back', async () => {
    await loadDemoData(generateForum, '2026-11-24');
    expect(forumHadData()).toBeUndefined();
    await expect(
      database.transaction('rw', database.services, async () => {
        await database.services.put({ id: 's1', name: 'Law centre', createdAt: '2026-12-04T09:00:00.000Z', updatedAt: '2026-12-04T09:00:00.000Z' } as never);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(forumHadData()).toBeUndefined();
  });
});
