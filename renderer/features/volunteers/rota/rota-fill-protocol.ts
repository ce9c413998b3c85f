/**
 * What the rota screen and the rota-fill worker say to each other: the solver's input
 * (volunteers reduced to what the rules read: no names or contact details cross) and its
 * result, or that it failed (never the error's text).
 */
import type { FillInput, FillResult } from '../../../../shared/rota/solver';

export interface FillRotaMessage {
  type: 'fill';
  input: FillInput;
}

export type RotaFillReply = { type: 'filled'; result: FillResult } | { type: 'failed' };
