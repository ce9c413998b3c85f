/**
 * How a status looks: the badge tone for each stored status code. The words for the codes
 * are in the catalogues (each area's `status.*` keys), so a status reads in the app's language.
 */
import type { AppointmentStatus, ReferralStatus } from '../../shared/schemas';
import type { BadgeTone } from '../ui/Badge';

export const REFERRAL_STATUS: Record<ReferralStatus, { tone: BadgeTone }> = {
  draft: { tone: 'neutral' },
  sent: { tone: 'info' },
  acknowledged: { tone: 'info' },
  accepted: { tone: 'ok' },
  declined: { tone: 'danger' },
  completed: { tone: 'ok' },
  'no-contact': { tone: 'warn' },
};

export const APPOINTMENT_STATUS: Record<AppointmentStatus, { tone: BadgeTone }> = {
  booked: { tone: 'info' },
  arrived: { tone: 'warn' },
  called: { tone: 'info' },
  seen: { tone: 'ok' },
  'did-not-attend': { tone: 'danger' },
  'left-without-being-seen': { tone: 'danger' },
  cancelled: { tone: 'neutral' },
};
