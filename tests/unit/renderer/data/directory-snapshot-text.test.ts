// @vitest-environment node
/**
 * The directory snapshot's text: what is written is read back the same (every record, the
 * other rows, the revision, each entry's fingerprint), 500 clients a step with the
 * page free between, and a damaged text is refused rather than half read.
 */
import { describe, expect, it } from 'vitest';
import { entryLine, parseSnapshot, snapshotText } from '../../../../renderer/data/directory-snapshot-text';
import { searchTextOf } from '../../../../shared/frontdesk/client-search';
import type { Client } from '../../../../shared/schemas';

function client(n: number, name = `Person ${n}`): Client {
  const ref = `C-${String(n).padStart(5, '0')}`;
  return { id: `id-${n}`, ref, name, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', languages: ['ar'], interpreterNeeded: false } as Client;
}

/** As the snapshot is read: its text's bytes. */
const parse = (text: string, pause?: () => Promise<void>) => parseSnapshot(new TextEncoder().encode(text), pause);

const line = (c: Client) => ({ fingerprint: `fp ${c.id} {"quoted":"yes"}`, ref: c.ref, line: entryLine(c, searchTextOf(c)) });

describe('the directory snapshot text', () => {
  it('reads back every record, the other rows and the revision, and each fingerprint with its own record', async () => {
    const written = [client(3, 'هادي\nعلي'), client(1, 'Zoë "Z" Kowalska'), client(2)];
    const read = await parse(snapshotText('rev-1', ['other-1'], written.map(line)));
    expect(read).toMatchObject({ revision: 'rev-1', others: ['other-1'], complete: true });
    // Kept in reference order, the directory's own.
    expect([...read!.entries.keys()]).toEqual(['id-1', 'id-2', 'id-3']);
    for (const c of written) {
      expect(read!.entries.get(c.id)?.client).toEqual(c);
      expect(read!.entries.get(c.id)?.fingerprint).toBe(`fp ${c.id} {"quoted":"yes"}`);
    }
  });

  it('carries each client’s SearchText, the one folding its names gives, unless it was worked out under other rules', async () => {
    const written = [client(1, 'هادي رحيمي'), { ...client(2, 'Zoë Kowalska'), nameLatin: 'Zoe', phone: '+44 7700 900456' }];
    const read = await parse(snapshotText('rev', [], written.map(line)));
    expect(read?.searchText).toBe(true);
    for (const c of written) expect(read!.entries.get(c.id)?.search).toEqual(searchTextOf(c));

    const otherRules = snapshotText('rev', [], written.map(line)).replace('"search":1,', '"search":0,');
    const reread = await parse(otherRules);
    expect(reread).toMatchObject({ complete: true, searchText: false });
    expect(reread!.entries.get('id-1')?.client).toEqual(written[0]);
    expect(reread!.entries.get('id-1')?.search).toBeUndefined();
  });

  it('reads the format before (a client record a line, no SearchText) as complete, without SearchText', async () => {
    const written = [client(1), client(2, 'هادي')];
    const header = JSON.stringify({ format: 3, revision: 'rev', others: ['x'] });
    const older = [header, JSON.stringify(written.map((c) => `fp ${c.id}`)), ...written.map((c) => JSON.stringify(c))].join('\n');
    const read = await parse(older);
    expect(read).toMatchObject({ revision: 'rev', others: ['x'], complete: true, searchText: false });
    for (const c of written) {
      expect(read!.entries.get(c.id)?.client).toEqual(c);
      expect(read!.entries.get(c.id)?.fingerprint).toBe(`fp ${c.id}`);
      expect(read!.entries.get(c.id)?.search).toBeUndefined();
    }
  });

  it('parses a large forum 500 clients a step, pausing between steps', async () => {
    const written = Array.from({ length: 2499 }, (_, i) => client(i + 1));
    let pauses = 0;
    const read = await parse(snapshotText('rev', [], written.map(line)), async () => {
      pauses += 1;
    });
    expect(read?.entries.size).toBe(2499);
    expect(pauses).toBe(5);
  });

  it('holds no one when there is no one', async () => {
    const read = await parse(snapshotText('rev', ['a'], []));
    expect(read).toMatchObject({ revision: 'rev', others: ['a'], complete: true });
    expect(read?.entries.size).toBe(0);
  });

  it('refuses a damaged text, and is not complete when a line is not a record', async () => {
    const text = snapshotText('rev', [], [client(1), client(2)].map(line));
    expect(await parse(text.slice(0, -5))).toBeUndefined();
    const notARecord = `${text.split('\n').slice(0, 2).join('\n')}\n${line(client(1)).line}\n"just text"`;
    expect((await parse(notARecord))?.complete).toBe(false);
  });
});
