/** A refused people's-rights command, or any other failure, in the volunteer's words. */
import type { TFunction } from 'i18next';
import { isStorageFull, RightsRefusedError } from '../../data';

export function rightsFailure(t: TFunction<'privacy'>, error: unknown): string {
  if (error instanceof RightsRefusedError) return t(`rights.refused.${error.reason}`);
  if (isStorageFull(error)) return t('rights.refused.storage-full');
  return t('rights.refused.failed');
}
