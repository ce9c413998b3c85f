// @vitest-environment node
/**
 * The report worker checks the role itself: the main thread's check holds only on the main
 * thread, and a worker reads every record of the period. A build message carrying a role
 * without report.build is refused before any record is read; the committee's builds.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFromMessage } from '../../../../renderer/data/report-input/build-from-message';
import { decoderFor } from '../../../../renderer/data/report-input/decode-records';
import { readReportInput, ReportNotForRoleError } from '../../../../renderer/data/report-input/read-report-input';
import type { BuildReportMessage, ReportWorkerReply } from '../../../../renderer/data/report-input/report-worker-protocol';
import { SignpostDatabase } from '../../../../renderer/db/database';
import { generateForum } from '../../../../shared/demo/generate';
import { ENGLISH_REPORT_WORDS } from '../../../../shared/report/report-words';
import { reportWordsAsData } from '../../../../shared/report/report-words-data';
import { DEFAULT_ISSUE_CATEGORIES } from '../../../../shared/schemas';
import { ROLES, type Role } from '../../../../shared/security/roles';

const forum = generateForum({ seed: 5, scale: 'demo', today: '2026-11-24' });
const period = { from: '2026-01', to: '2026-11' };
const rules = { threshold: 10, rounding: 5 };
const factory = new IDBFactory();
const open = (name: string) => new SignpostDatabase(name, { indexedDB: factory, IDBKeyRange });

beforeAll(async () => {
  const database = open('report-worker-role');
  await database.transaction('rw', database.tables, async () => {
    await database.clients.bulkPut(forum.clients);
    await database.appointments.bulkPut(forum.appointments);
    await database.adviceEntries.bulkPut(forum.adviceEntries);
    await database.referrals.bulkPut(forum.referrals);
  });
  database.close();
});

function message(role: Role | undefined): BuildReportMessage {
  return {
    type: 'build',
    database: 'report-worker-role',
    period,
    rules,
    categories: DEFAULT_ISSUE_CATEGORIES,
    hourlyRate: 12.6,
    words: reportWordsAsData(ENGLISH_REPORT_WORDS, { period, oneClinic: false, rules, roles: ['adviser'] }),
    role,
  };
}

/** The worker's replies to one build message, and the tables it read. */
async function build(role: Role | undefined): Promise<{ replies: ReportWorkerReply[]; read: string[] }> {
  const replies: ReportWorkerReply[] = [];
  const read: string[] = [];
  await buildFromMessage(message(role), (reply) => replies.push(reply), (name) => {
    const database = open(name);
    database.use({ stack: 'dbcore', name: 'reads', create: (core) => ({ ...core, table: (table) => (read.push(table), core.table(table)) }) });
    return database;
  });
  return { replies, read };
}

describe('the report worker', () => {
  it.each(ROLES.filter((role) => role !== 'administrator' && role !== 'committee'))('refuses a build for the %s role, reading nothing', async (role) => {
    const { replies, read } = await build(role);
    expect(replies).toEqual([{ type: 'refused' }]);
    expect(read).toEqual([]);
  });

  it('refuses a build with no role (the app locked)', async () => {
    expect((await build(undefined)).replies).toEqual([{ type: 'refused' }]);
  });

  it('builds for the committee and the administrator', async () => {
    for (const role of ['committee', 'administrator'] as const) {
      const { replies, read } = await build(role);
      // The report first, then word that the facts it worked out are stored (the worker may then be ended).
      expect(replies.map((r) => r.type).filter((type) => type !== 'progress'), role).toEqual(['built', 'stored']);
      expect(read, role).toContain('appointments');
    }
  });

  it('reads nothing through readReportInput for a role without the report, whoever calls it', async () => {
    await expect(readReportInput(open('report-worker-role'), { period, role: 'frontDesk' }, decoderFor(undefined))).rejects.toThrow(ReportNotForRoleError);
  });
});
