/**
 * The rota-fill worker: runs the solver (shared/rota/solver.ts) for a month's open places
 * off the screen's thread, so a large forum's rota never freezes the window while the
 * proposal is worked out. Closing the dialog terminates it.
 */
import { fillRotaDetailed } from '../../../../shared/rota/solver';
import type { FillRotaMessage, RotaFillReply } from './rota-fill-protocol';

addEventListener('message', (event: MessageEvent<FillRotaMessage>) => {
  if (event.data.type !== 'fill') return;
  let reply: RotaFillReply;
  try {
    reply = { type: 'filled', result: fillRotaDetailed(event.data.input) };
  } catch {
    reply = { type: 'failed' };
  }
  postMessage(reply);
});
