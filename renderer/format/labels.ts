/** Words for the codes stored in records: statuses, kinds, roles, outcomes. */
import { STATUS_LABELS } from '../../shared/frontdesk/appointment-status';
import { APPOINTMENT_STATUSES } from '../../shared/schemas';
import type { AppointmentStatus, ClinicKind, ReferralStatus } from '../../shared/schemas';
import type { BadgeTone } from '../ui/Badge';

export const CLINIC_KIND_LABELS: Record<ClinicKind, string> = {
  'drop-in': 'Drop-in advice',
  appointments: 'Appointments',
  'job-club': 'Job club',
  specialist: 'Specialist clinic',
  surgery: 'Surgery',
};

export const REFERRAL_STATUS: Record<ReferralStatus, { label: string; tone: BadgeTone }> = {
  draft: { label: 'Draft', tone: 'neutral' },
  sent: { label: 'Sent', tone: 'info' },
  acknowledged: { label: 'Acknowledged', tone: 'info' },
  accepted: { label: 'Accepted', tone: 'ok' },
  declined: { label: 'Declined', tone: 'danger' },
  completed: { label: 'Completed', tone: 'ok' },
  'no-contact': { label: 'No contact', tone: 'warn' },
};

const APPOINTMENT_TONES: Record<AppointmentStatus, BadgeTone> = {
  booked: 'info',
  arrived: 'warn',
  called: 'info',
  seen: 'ok',
  'did-not-attend': 'danger',
  'left-without-being-seen': 'danger',
  cancelled: 'neutral',
};

/** The words are shared/frontdesk's STATUS_LABELS, so a status has one name everywhere. */
export const APPOINTMENT_STATUS: Record<AppointmentStatus, { label: string; tone: BadgeTone }> = Object.fromEntries(
  APPOINTMENT_STATUSES.map((status) => [status, { label: STATUS_LABELS[status], tone: APPOINTMENT_TONES[status] }]),
) as Record<AppointmentStatus, { label: string; tone: BadgeTone }>;

/** "job-club-helper" → "Job club helper": the rota's own wording, as a title. */
export { roleTitle as roleLabel } from '../../shared/rota/format';

export const OUTCOME_LABELS: Record<string, string> = {
  'advice-given': 'Advice given',
  signposted: 'Signposted',
  referred: 'Referred',
  'form-or-letter-completed': 'Form or letter completed',
  resolved: 'Resolved',
  ongoing: 'Ongoing',
  'no-further-action': 'No further action',
};
