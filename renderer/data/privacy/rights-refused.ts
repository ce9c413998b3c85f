/**
 * A people's-rights command that was refused, and why, as a code the screen words from
 * the privacy catalogue. Nothing was written.
 */
import { CommandRefusedError } from '../validation-error';

export type RightsRefusal =
  | 'client-missing'
  | 'has-history'
  | 'same-record'
  | 'already-restricted'
  | 'not-restricted'
  | 'consent-not-given';

export class RightsRefusedError extends CommandRefusedError {
  constructor(readonly reason: RightsRefusal) {
    super(`Refused: ${reason}`);
    this.name = 'RightsRefusedError';
  }
}
