import { describe, expect, it, vi } from 'vitest';
import { guardHandler, IpcRefusedError, type IpcSenderLike } from '../../../../electron/ipc/guard';

const WINDOW_ID = 7;
const trusted = () => new Set([WINDOW_ID]);
const fromApp: IpcSenderLike = { sender: { id: WINDOW_ID }, senderFrame: { url: 'app://signpost/index.html#/reports' } };

describe('the IPC gate', () => {
  it('runs the handler for the app window with well-formed arguments', async () => {
    const handler = vi.fn(async () => ({ opened: true as const }));
    const guarded = guardHandler('link:open-external', handler, trusted);
    await expect(guarded(fromApp, { url: 'https://www.gov.uk/' })).resolves.toEqual({ opened: true });
    expect(handler).toHaveBeenCalledWith({ url: 'https://www.gov.uk/' }, fromApp);
  });

  it.each([
    ['another webContents', { sender: { id: 99 }, senderFrame: { url: 'app://signpost/index.html' } }],
    ['a web page origin', { sender: { id: WINDOW_ID }, senderFrame: { url: 'https://evil.example/' } }],
    ['a file:// page', { sender: { id: WINDOW_ID }, senderFrame: { url: 'file:///tmp/index.html' } }],
    ['a look-alike app host', { sender: { id: WINDOW_ID }, senderFrame: { url: 'app://signpost.evil/index.html' } }],
    ['a destroyed frame', { sender: { id: WINDOW_ID }, senderFrame: null }],
  ])('refuses a forged sender: %s, and never calls the handler', async (_label, event) => {
    const handler = vi.fn(async () => ({ opened: true as const }));
    const guarded = guardHandler('link:open-external', handler, trusted);
    await expect(guarded(event, { url: 'https://www.gov.uk/' })).rejects.toMatchObject({ why: 'untrusted-sender' });
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['no arguments', undefined],
    ['a wrong type', { url: 42 }],
    ['a path in the file name', { suggestedName: '../../.bashrc', content: 'x' }],
    ['content that is neither text nor bytes', { suggestedName: 'report.csv', content: { evil: true } }],
  ])('refuses malformed arguments: %s', async (_label, raw) => {
    const save = vi.fn(async () => ({ saved: true as const, fileName: 'x' }));
    const open = vi.fn(async () => ({ opened: true as const }));
    const channel = raw && typeof raw === 'object' && 'suggestedName' in raw ? 'file:save' : 'link:open-external';
    const guarded =
      channel === 'file:save'
        ? guardHandler('file:save', save, trusted)
        : guardHandler('link:open-external', open, trusted);
    const refusal = await guarded(fromApp, raw).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(IpcRefusedError);
    expect(refusal).toMatchObject({ why: 'bad-arguments' });
    expect(save).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });

  it('refuses arguments for a channel that takes none', async () => {
    const info = vi.fn(async () => ({ version: '1', dataLocation: 'x', shell: 'electron' as const, platform: 'linux' }));
    const guarded = guardHandler('app:info', info, trusted);
    await expect(guarded(fromApp, { sneaky: true })).rejects.toMatchObject({ why: 'bad-arguments' });
    await expect(guarded(fromApp)).resolves.toMatchObject({ version: '1' });
  });
});
