import { describe, expect, it } from 'vitest';
import { API_CHANNELS, IPC_CHANNELS } from '../../../../shared/ipc/contract';

describe('the IPC contract', () => {
  it('gives every preload method a channel with a schema, and every channel a method', () => {
    const used = Object.values(API_CHANNELS).sort();
    expect(used).toEqual(Object.keys(IPC_CHANNELS).sort());
    for (const channel of used) expect(IPC_CHANNELS[channel]).toBeDefined();
  });

  it('accepts bytes for binary exports and refuses files over the size limit', () => {
    const schema = IPC_CHANNELS['file:save'];
    expect(schema.safeParse({ suggestedName: 'report.xlsx', content: new Uint8Array([1, 2, 3]) }).success).toBe(true);
    expect(schema.safeParse({ suggestedName: 'report.csv', content: 'x'.repeat(50 * 1024 * 1024 + 1) }).success).toBe(false);
  });
});

describe('the backup channels', () => {
  it('accept only Signpost backup names, never a path, and bytes within the limit', () => {
    const write = IPC_CHANNELS['backup:write'];
    const content = new Uint8Array([1, 2, 3]);
    expect(write.safeParse({ fileName: 'signpost-2026-12-03-091500.spbackup', content, keep: 10 }).success).toBe(true);
    for (const fileName of ['../signpost-2026-12-03-091500.spbackup', '/etc/passwd', 'report.csv', 'signpost-2026-12-03-091500.spbackup/x']) {
      expect(write.safeParse({ fileName, content, keep: 10 }).success, fileName).toBe(false);
    }
    expect(write.safeParse({ fileName: 'signpost-2026-12-03-091500.spbackup', content: new Uint8Array(), keep: 10 }).success).toBe(false);
    expect(write.safeParse({ fileName: 'signpost-2026-12-03-091500.spbackup', content, keep: 0 }).success).toBe(false);
    expect(IPC_CHANNELS['backup:read'].safeParse({ fileName: '..\\..\\secrets.spbackup' }).success).toBe(false);
  });
});
