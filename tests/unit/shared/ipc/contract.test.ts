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
