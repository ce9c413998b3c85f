/**
 * The one gate every IPC call passes before its handler runs: the sender must be the
 * app's own window showing the app's own origin, and the arguments must parse with the
 * channel's schema from shared/ipc/contract.ts. Pure logic, so it is unit-tested without
 * Electron; ipc-main-wrapper.ts plugs it into ipcMain.
 */
import type { z } from 'zod';
import { APP_HOST, APP_SCHEME, IPC_CHANNELS, type IpcChannel, type IpcResults } from '../../shared/ipc/contract';

/** The parts of Electron's IpcMainInvokeEvent the gate looks at. */
export interface IpcSenderLike {
  sender: { id: number };
  senderFrame: { url: string } | null;
}

export class IpcRefusedError extends Error {
  constructor(
    readonly channel: string,
    readonly why: 'unknown-channel' | 'untrusted-sender' | 'bad-arguments',
    detail: string,
  ) {
    super(`IPC ${channel} refused: ${detail}`);
    this.name = 'IpcRefusedError';
  }
}

/** True when the call comes from a window we created, showing app://signpost. */
export function isTrustedSender(event: IpcSenderLike, trustedWebContentsIds: ReadonlySet<number>): boolean {
  if (!trustedWebContentsIds.has(event.sender.id)) return false;
  const frameUrl = event.senderFrame?.url;
  if (!frameUrl) return false;
  try {
    // Compare scheme and host: WHATWG gives custom schemes an opaque ("null") origin.
    const url = new URL(frameUrl);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

export type ChannelArgs<C extends IpcChannel> = z.output<(typeof IPC_CHANNELS)[C]>;
export type ChannelHandler<C extends IpcChannel> = (
  args: ChannelArgs<C>,
  event: IpcSenderLike,
) => Promise<IpcResults[C]> | IpcResults[C];

/** Wraps a handler so that it only ever sees a trusted sender and parsed arguments. */
export function guardHandler<C extends IpcChannel>(
  channel: C,
  handler: ChannelHandler<C>,
  trustedWebContentsIds: () => ReadonlySet<number>,
): (event: IpcSenderLike, raw?: unknown) => Promise<IpcResults[C]> {
  const schema = IPC_CHANNELS[channel];
  if (!schema) throw new IpcRefusedError(String(channel), 'unknown-channel', 'no schema for this channel');
  return async (event, raw) => {
    if (!isTrustedSender(event, trustedWebContentsIds())) {
      throw new IpcRefusedError(channel, 'untrusted-sender', 'the sender is not the Signpost window');
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const paths = parsed.error.issues.map((issue) => issue.path.join('.') || '(arguments)').join(', ');
      throw new IpcRefusedError(channel, 'bad-arguments', `malformed arguments at ${paths}`);
    }
    return handler(parsed.data as ChannelArgs<C>, event);
  };
}
