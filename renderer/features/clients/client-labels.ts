/** Words for the client's coded fields, in the volunteer's language. */
import { useTranslation } from 'react-i18next';
import type { AgeBand, Gender, ImmigrationStatus } from '../../../shared/schemas';
import type { ConsentKind } from '../../../shared/frontdesk/client-form';

export function useClientLabels() {
  const { t } = useTranslation('clients');
  return {
    ageBand: (band: AgeBand) => t(`ageBand.${band}`),
    gender: (gender: Gender) => t(`gender.${gender}`),
    immigrationStatus: (status: ImmigrationStatus) => t(`immigrationStatus.${status}`),
    consent: (kind: ConsentKind) => t(`consent.${kind}`),
  };
}
