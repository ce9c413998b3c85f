/**
 * A status as a badge, the same on every screen: an appointment's words from the clinics
 * catalogue and a referral's from the referrals one (each status is named in one place),
 * with its tone from renderer/format/labels.ts.
 */
import { useTranslation } from 'react-i18next';
import type { AppointmentStatus, ReferralStatus } from '../../shared/schemas';
import { APPOINTMENT_STATUS, REFERRAL_STATUS } from '../format/labels';
import { Badge } from './Badge';

export function AppointmentStatusBadge({ status }: { status: AppointmentStatus }) {
  const { t } = useTranslation('clinics');
  return <Badge tone={APPOINTMENT_STATUS[status]?.tone ?? 'neutral'}>{t(`status.${status}`)}</Badge>;
}

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation('referrals');
  return <Badge tone={REFERRAL_STATUS[status]?.tone ?? 'neutral'}>{t(`status.${status}`)}</Badge>;
}
