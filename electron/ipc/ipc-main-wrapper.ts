/**
 * The only module that touches ipcMain (lint enforces it). Each channel is registered
 * through guardHandler, so no handler can run for a forged sender or bad arguments.
 */
import { ipcMain } from 'electron';
import type { IpcChannel } from '../../shared/ipc/contract';
import { guardHandler, type ChannelHandler } from './guard';

export type HandlerTable = { [C in IpcChannel]: ChannelHandler<C> };

export function registerIpcHandlers(handlers: HandlerTable, trustedWebContentsIds: () => ReadonlySet<number>): void {
  for (const channel of Object.keys(handlers) as IpcChannel[]) {
    const guarded = guardHandler(channel, handlers[channel] as ChannelHandler<typeof channel>, trustedWebContentsIds);
    ipcMain.handle(channel, (event, raw: unknown) => guarded(event, raw));
  }
}
