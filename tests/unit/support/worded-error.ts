/**
 * What a person would read for a refused command or a failed rule: the error's message
 * code worded in English (renderer/i18n/message-words.ts), as the screens word it.
 */
import { wordMessage } from '../../../renderer/i18n';

/** The worded message of the promise's rejection; fails when it does not reject. */
export async function wordedRejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return wordMessage((error as Error).message);
  }
  throw new Error('expected the command to be refused');
}

/** The worded message of what the call throws; fails when it does not throw. */
export function wordedThrow(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return wordMessage((error as Error).message);
  }
  throw new Error('expected the call to throw');
}
