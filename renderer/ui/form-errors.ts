/** Puts a command's field problems next to the fields they belong to. */
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { CommandRefusedError, isStorageFull, STORAGE_FULL_MESSAGE, ValidationError } from '../data';
import { i18n, wordMessage } from '../i18n';
import type { StatusApi } from './StatusProvider';

/**
 * ValidationError → messages by the fields; CommandRefusedError → the status region
 * (it is about the whole action); anything else → a plain "not saved" message.
 */
export function reportWriteError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  status: StatusApi,
  fieldFor: (path: string) => string = (path) => path,
): void {
  if (error instanceof ValidationError) {
    for (const problem of error.problems) setError(fieldFor(problem.path) as Path<T>, { message: problem.message });
    status.error(i18n.t('save.checkFields'));
  } else if (error instanceof CommandRefusedError) {
    status.error(wordMessage(error.message));
  } else if (isStorageFull(error)) {
    status.error(wordMessage(STORAGE_FULL_MESSAGE));
  } else {
    status.error(i18n.t('save.notWritten'));
  }
}

/** The message of a refused action, for dialogs and buttons that are not forms. */
export function refusalMessage(error: unknown): string {
  if (error instanceof CommandRefusedError) return wordMessage(error.message);
  if (error instanceof ValidationError) return error.problems.map((p) => wordMessage(p.message)).join(' ');
  if (isStorageFull(error)) return wordMessage(STORAGE_FULL_MESSAGE);
  return i18n.t('save.notDone');
}
