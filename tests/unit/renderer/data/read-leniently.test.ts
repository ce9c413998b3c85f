// @vitest-environment node
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clients,
  CommandRefusedError,
  correctStoredRecord,
  findRecordsNeedingAttention,
  getSettings,
  NewerDatabaseError,
  openCheckedDatabase,
  problemsOf,
  saveSettings,
  ValidationError,
} from '../../../../renderer/data';
import { openFromStorage } from '../../../../renderer/data/personal-fields';
import { storedRecordJson } from '../../../../renderer/data/records-needing-attention';
import { parseForWrite } from '../../../../renderer/data/record-store';
import { SignpostDatabase } from '../../../../renderer/db/database';
import { replaceDatabase } from '../../../../renderer/db/instance';
import { VERSIONS } from '../../../../renderer/db/versions';
import { Client, DEFAULT_ISSUE_CATEGORIES } from '../../../../shared/schemas';
import { freshDatabase, validClient } from './fresh-database';
import { messageCode } from '../../../../shared/messages/message-code';
import { wordMessage } from '../../../../renderer/i18n';

const NOT_TEXT = messageCode('common:damaged.wrongType', { expected: 'string' });

let database: SignpostDatabase;
beforeEach(() => {
  database = freshDatabase();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('a damaged record is kept, not dropped', () => {
  it('is shown marked with what is wrong, stays exactly as stored, and the warning holds no personal data', async () => {
    const saved = await clients.create({ ...validClient('Layla Haddad'), phone: '07700 900123' });
    await database.clients.update(saved.id, { area: 'not a postcode', languages: 'ara' as unknown as string[] });
    const stored = await database.clients.get(saved.id);

    const read = await clients.get(saved.id);
    expect(read?.name).toBe('Layla Haddad');
    expect(problemsOf(read!)?.map((p) => p.path).sort()).toEqual(['area', 'languages']);
    // Reading changed nothing on disk.
    expect(await database.clients.get(saved.id)).toEqual(stored);
    const warn = vi.mocked(console.warn);
    expect(warn).toHaveBeenCalled();
    const message = warn.mock.calls.map((call) => String(call[0])).join('\n');
    expect(message).toContain('area');
    expect(message).not.toContain('Layla');
    expect(message).not.toContain('07700');
    expect(message).not.toContain('not a postcode');
  });

  it('stays in the list (and so in search) even when a required field is broken', async () => {
    await clients.create(validClient('Piotr Nowak'));
    const broken = await clients.create(validClient('Saba Haile'));
    await database.clients.update(broken.id, { name: 42 as unknown as string });
    const list = await clients.list();
    expect(list.map((c) => c.id)).toContain(broken.id);
    const shown = list.find((c) => c.id === broken.id)!;
    expect(shown.name).toBe('(unreadable)');
    expect(problemsOf(shown)).toEqual([{ path: 'name', message: NOT_TEXT }]);
    expect(wordMessage(NOT_TEXT)).toBe('Not text');

    const attention = await findRecordsNeedingAttention();
    expect(attention).toEqual([
      expect.objectContaining({ table: 'clients', id: broken.id, problems: [{ path: 'name', message: NOT_TEXT }], formPath: `/clients/${broken.id}/edit` }),
    ]);
  });

  it('is never written back with its damaged fields stripped', async () => {
    const saved = await clients.create({ ...validClient('Amira Saleh'), area: 'G42' });
    await database.clients.update(saved.id, { area: 'not a postcode' });
    const shown = (await clients.get(saved.id))!;
    // A command that spreads the display copy into a write is refused...
    expect(() => parseForWrite('clients', Client, { ...shown, interpreterNeeded: false })).toThrow(CommandRefusedError);
    // ... and a change that does not replace the damaged field is refused by the parse.
    await expect(clients.patch(saved.id, { interpreterNeeded: false })).rejects.toBeInstanceOf(ValidationError);
    expect((await database.clients.get(saved.id))?.area).toBe('not a postcode');
    // Its own form fixes it.
    await clients.update(saved.id, { ...validClient('Amira Saleh'), area: 'G41' });
    const fixed = (await clients.get(saved.id))!;
    expect(fixed.area).toBe('G41');
    expect(problemsOf(fixed)).toBeUndefined();
    expect(await findRecordsNeedingAttention()).toEqual([]);
  });

  it('keeps fields written by a newer version through an edit', async () => {
    const saved = await clients.create(validClient('Yonas Tesfaye'));
    await database.clients.update(saved.id, { pronouns: 'he/him', futureConsent: { given: true } } as never);
    await clients.update(saved.id, { ...validClient('Yonas Tesfaye'), phone: '07700 900456' });
    const stored = (await database.clients.get(saved.id))!;
    expect(stored).toMatchObject({ pronouns: 'he/him', futureConsent: { given: true } });
    expect(await openFromStorage('clients', stored)).toMatchObject({ phone: '07700 900456' });
  });

  it('can be corrected field by field as JSON: bad JSON and still-wrong fields are refused, nothing written', async () => {
    const saved = await clients.create(validClient('Nadia Rahman'));
    await database.clients.update(saved.id, { birthYear: 'nineteen ninety' as unknown as number });
    // What Settings shows to correct: the stored record with its personal fields opened.
    const raw = JSON.parse(await storedRecordJson('clients', saved.id)) as Record<string, unknown>;

    await expect(correctStoredRecord('clients', saved.id, '{ "id": ')).rejects.toBeInstanceOf(ValidationError);
    const stillWrong = correctStoredRecord('clients', saved.id, JSON.stringify({ ...raw, birthYear: 'x' }));
    await expect(stillWrong).rejects.toMatchObject({ problems: [expect.objectContaining({ path: 'birthYear' })] });
    await expect(correctStoredRecord('clients', saved.id, JSON.stringify({ ...raw, id: 'another' }))).rejects.toBeInstanceOf(ValidationError);
    expect((await database.clients.get(saved.id))?.birthYear).toBe('nineteen ninety');

    await correctStoredRecord('clients', saved.id, JSON.stringify({ ...raw, birthYear: 1990 }));
    // Written back sealed: the corrected year is inside the sealed value, not in the clear.
    const corrected = (await database.clients.get(saved.id))!;
    expect(corrected.birthYear).toBeUndefined();
    expect((await openFromStorage('clients', corrected)).birthYear).toBe(1990);
    expect(await findRecordsNeedingAttention()).toEqual([]);
    expect((await database.auditLog.toArray()).map((e) => [e.action, e.detail])).toEqual([['fix-record', { table: 'clients' }]]);
  });
});

describe('settings that fail to parse fall back field by field', () => {
  it('one bad category label keeps every other category, and the next save does not make a reset permanent', async () => {
    await saveSettings({ forumName: 'Southside Forum', issueCategories: [...DEFAULT_ISSUE_CATEGORIES, { id: 'esol', label: 'ESOL classes', retired: false }] });
    const stored = (await database.settings.get('forum'))!;
    const categories = stored.issueCategories.map((c) => (c.id === 'housing' ? { ...c, label: '' } : c));
    await database.settings.put({ ...stored, issueCategories: categories, volunteerHourlyRate: 'lots' as unknown as number });

    const read = await getSettings();
    expect(read.forumName).toBe('Southside Forum');
    expect(read.issueCategories.map((c) => c.id)).toEqual(categories.map((c) => c.id));
    expect(read.issueCategories.find((c) => c.id === 'housing')?.label).toBe('Category housing');
    expect(read.volunteerHourlyRate).toBe(12.6);
    const [attention] = await findRecordsNeedingAttention();
    expect(attention).toMatchObject({ table: 'settings', id: 'forum' });
    expect(attention!.problems.map((p) => p.path)).toEqual(['issueCategories.3', 'volunteerHourlyRate']);

    // Saving another field writes only that field over what is stored.
    await saveSettings({ forumName: 'Southside Migrant Forum' });
    const after = (await database.settings.get('forum'))!;
    expect(after.forumName).toBe('Southside Migrant Forum');
    expect(after.issueCategories).toEqual(categories);
    expect(after.volunteerHourlyRate).toBe('lots');
  });
});

describe('a database written by a newer version', () => {
  it('is refused and left untouched', async () => {
    const indexedDB = new IDBFactory();
    const newer = new Dexie('signpost-newer', { indexedDB, IDBKeyRange });
    const latest = VERSIONS.at(-1)!;
    // Fewer tables than this version knows: Dexie would "patch" them in if it opened it.
    newer.version(latest.version + 1).stores({ clients: 'id', pets: 'id' });
    await newer.open();
    await newer.table('clients').put({ id: 'c1', ref: 'C-00001', name: 'From the future' });
    newer.close();

    const older = new SignpostDatabase('signpost-newer', { indexedDB, IDBKeyRange });
    replaceDatabase(older);
    await expect(openCheckedDatabase()).rejects.toBeInstanceOf(NewerDatabaseError);
    // Closed: nothing can be written through it.
    await expect(older.clients.put({ id: 'c2' } as never)).rejects.toThrow();

    const reopened = new Dexie('signpost-newer', { indexedDB, IDBKeyRange });
    await reopened.open();
    expect(reopened.verno).toBe(latest.version + 1);
    expect(await reopened.table('clients').count()).toBe(1);
    expect(reopened.tables.map((t) => t.name).sort()).toEqual(['clients', 'pets']);
    reopened.close();
  });
});
