/**
 * What happened in the sessions: appointments and walk-ins with statuses, advice log entries
 * for the people seen, and referrals followed to an outcome (or not yet).
 */
import type {
  AdviceEntry,
  AdviceOutcome,
  Appointment,
  AppointmentStatus,
  Client,
  Clinic,
  Referral,
  ReferralCloseReason,
  ReferralStatus,
  Service,
  Session,
} from '../schemas';
import { addDays, minutesOf, timeFromMinutes } from '../schedule/dates';
import type { Random } from './random';
import type { ScaleSettings } from './scales';

const CATEGORY_WEIGHTS: readonly (readonly [string, number])[] = [
  ['benefits', 18], ['housing', 15], ['immigration', 12], ['asylum-support', 9], ['employment', 10],
  ['money', 8], ['health', 8], ['education', 7], ['mental-health', 4], ['family', 4], ['utilities', 3],
  ['discrimination', 1], ['legal', 2], ['community', 2], ['other', 2],
];
const PURPOSES = ['Universal Credit claim', 'Housing application', 'Asylum support letter', 'GP registration', 'CV and job search', 'ESOL enrolment', 'Council tax arrears', 'Biometric residence permit', 'School place', 'Energy bill'];
const NOTES = [
  'Went through the letter together; client will bring the decision notice next week.',
  'Explained how to report a change of circumstances. Client understood with interpreter.',
  'Helped complete the online form; reference number noted on client’s copy.',
  'Client worried about rent arrears; discussed budgeting and the credit union.',
  'Signposted to the legal clinic; client to call for an appointment.',
  'Checked eligibility; client is entitled and will apply this week.',
];

function clientIndexFor(clientsByFirstSeen: readonly Client[], date: string, random: Random): number {
  // People registered by this date; recent arrivals come back most often.
  let lo = 0;
  let hi = clientsByFirstSeen.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (clientsByFirstSeen[mid]!.createdAt.slice(0, 10) <= date) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return -1;
  return lo - 1 - Math.floor(lo * random.next() ** 2);
}

function pastStatus(kind: 'booked' | 'walk-in', random: Random): AppointmentStatus {
  if (kind === 'walk-in') return random.chance(0.9) ? 'seen' : 'left-without-being-seen';
  return random.weighted([['seen', 76], ['did-not-attend', 12], ['cancelled', 9]] as const);
}

export function generateAppointments(
  sessions: readonly Session[],
  clinics: ReadonlyMap<string, Clinic>,
  clientsByFirstSeen: readonly Client[],
  today: string,
  scale: ScaleSettings,
  random: Random,
): Appointment[] {
  const appointments: Appointment[] = [];
  for (const session of sessions) {
    const clinic = clinics.get(session.clinicId);
    if (!clinic || session.status === 'cancelled') continue;
    const walkIns = clinic.kind === 'drop-in' || clinic.kind === 'job-club';
    const slots: string[] = [];
    for (let t = minutesOf(clinic.openTime); t + clinic.slotMinutes <= minutesOf(clinic.closeTime); t += clinic.slotMinutes) {
      for (let p = 0; p < clinic.placesPerSlot; p += 1) slots.push(timeFromMinutes(t));
    }
    const mean = scale.perSession[clinic.kind];
    const wanted = Math.max(0, Math.round(mean * (0.6 + random.next() * 0.8)));
    const ahead = session.date > today;
    const count = walkIns ? (ahead ? 0 : wanted) : Math.min(slots.length, ahead ? Math.round(wanted * 0.5) : wanted);
    const freeSlots = random.shuffle(slots).slice(0, count).sort();
    const seenToday = new Set<string>();
    for (let i = 0; i < count; i += 1) {
      const index = clientIndexFor(clientsByFirstSeen, session.date, random);
      const client = clientsByFirstSeen[index];
      if (!client || seenToday.has(client.id)) continue;
      seenToday.add(client.id);
      const kind = walkIns ? 'walk-in' : 'booked';
      const status: AppointmentStatus =
        session.date < today ? pastStatus(kind, random) : session.date === today ? (kind === 'walk-in' ? random.pick(['arrived', 'called', 'seen'] as const) : random.pick(['booked', 'arrived', 'seen'] as const)) : 'booked';
      const arrival = minutesOf(clinic.openTime) + random.int(0, Math.max(1, minutesOf(clinic.closeTime) - minutesOf(clinic.openTime) - 30));
      const stamp = (minutes: number) => `${session.date}T${timeFromMinutes(Math.min(minutes, 23 * 60))}:00.000Z`;
      const arrived = status === 'arrived' || status === 'called' || status === 'seen' || status === 'left-without-being-seen';
      appointments.push({
        id: `${session.id.replace('gen-session', 'gen-appt')}-${i}`,
        // A booking was made some days ahead; a walk-in is created as they arrive.
        createdAt: kind === 'walk-in' ? stamp(arrival) : `${addDays(session.date, -random.int(1, 14))}T09:30:00.000Z`,
        updatedAt: stamp(arrival + 40),
        sessionId: session.id,
        clinicId: session.clinicId,
        date: session.date,
        clientId: client.id,
        kind,
        ...(kind === 'booked' ? { slotTime: freeSlots[i] ?? clinic.openTime } : {}),
        ...(random.chance(0.7) ? { purpose: random.pick(PURPOSES) } : {}),
        ...(client.interpreterNeeded && client.interpreterLanguage ? { interpreterLanguage: client.interpreterLanguage } : {}),
        status,
        ...(status === 'cancelled' ? { cancelReason: random.pick(['Client rang to cancel', 'Client unwell', 'Clash with Home Office interview']) } : {}),
        ...(arrived ? { arrivedAt: stamp(arrival) } : {}),
        ...(status === 'called' || status === 'seen' ? { calledAt: stamp(arrival + 15) } : {}),
        ...(status === 'seen' ? { seenAt: stamp(arrival + 40) } : {}),
      });
    }
  }
  return appointments;
}

export function generateAdvice(
  appointments: readonly Appointment[],
  advisers: readonly { id: string; name: string }[],
  today: string,
  scale: ScaleSettings,
  random: Random,
): AdviceEntry[] {
  const entries: AdviceEntry[] = [];
  for (const appointment of appointments) {
    if (appointment.status !== 'seen' || !random.chance(scale.adviceRate)) continue;
    const adviser = random.pick(advisers);
    const main = random.weighted(CATEGORY_WEIGHTS);
    const categories = random.chance(0.3) ? [...new Set([main, random.weighted(CATEGORY_WEIGHTS)])] : [main];
    const outcome: AdviceOutcome = random.weighted([['advice-given', 34], ['signposted', 16], ['referred', 22], ['form-or-letter-completed', 14], ['resolved', 6], ['ongoing', 6], ['no-further-action', 2]]);
    const followUp = random.chance(0.3) ? addDays(appointment.date, random.int(7, 28)) : undefined;
    entries.push({
      id: appointment.id.replace('gen-appt', 'gen-advice'),
      createdAt: appointment.updatedAt,
      updatedAt: appointment.updatedAt,
      clientId: appointment.clientId,
      date: appointment.date,
      adviserId: adviser.id,
      adviserName: adviser.name,
      clinicId: appointment.clinicId,
      appointmentId: appointment.id,
      categories,
      outcome,
      minutes: random.weighted([[10, 10], [15, 20], [20, 20], [30, 25], [45, 15], [60, 10]]),
      ...(random.chance(0.6) ? { actions: random.pick(['Completed form with client', 'Phoned the council on client’s behalf', 'Wrote a support letter', 'Booked a follow-up appointment']) } : {}),
      ...(followUp ? { followUpDate: followUp, followUpDone: followUp < today && random.chance(0.85) } : { followUpDone: false }),
      ...(random.chance(0.7) ? { notes: random.pick(NOTES) } : {}),
    });
  }
  return entries;
}

const CLOSED_MIX: readonly (readonly [ReferralStatus, number])[] = [['completed', 50], ['accepted', 15], ['declined', 12], ['no-contact', 13], ['acknowledged', 5], ['sent', 5]];
const OPEN_MIX: readonly (readonly [ReferralStatus, number])[] = [['draft', 10], ['sent', 40], ['acknowledged', 25], ['accepted', 20], ['completed', 5]];
const PATH: Record<ReferralStatus, ReferralStatus[]> = {
  draft: [], sent: ['sent'], acknowledged: ['sent', 'acknowledged'], accepted: ['sent', 'acknowledged', 'accepted'],
  completed: ['sent', 'acknowledged', 'accepted', 'completed'], declined: ['sent', 'declined'], 'no-contact': ['sent', 'no-contact'],
};

export function generateReferrals(
  entries: readonly AdviceEntry[],
  clientsById: ReadonlyMap<string, Client>,
  services: readonly Service[],
  today: string,
  scale: ScaleSettings,
  random: Random,
): Referral[] {
  const referrals: Referral[] = [];
  for (const entry of entries) {
    if (entry.outcome !== 'referred' && !random.chance(scale.referralRate * 0.3)) continue;
    const client = clientsById.get(entry.clientId);
    if (!client) continue;
    const category = entry.categories[0]!;
    const matching = services.filter((s) => s.categories.includes(category));
    const service = matching.length > 0 ? random.pick(matching) : random.pick(services);
    const recent = entry.date >= addDays(today, -30);
    const planned = random.weighted(recent ? OPEN_MIX : CLOSED_MIX);
    const consented = client.consents.sharing?.given === true;
    // Each step a few days after the last; a step that would fall after today has not
    // happened yet, so the referral stands where it had got to by today.
    const steps = PATH[planned].map((s, i) => ({ status: s, date: addDays(entry.date, i * random.int(2, 9)) }));
    const reached = steps.filter((step) => step.date <= today);
    const status = reached[reached.length - 1]?.status ?? 'draft';
    const closeReason: ReferralCloseReason | undefined =
      status === 'declined' ? random.pick(['service-full', 'not-eligible', 'client-declined'] as const)
        : status === 'no-contact' ? random.pick(['could-not-contact-client', 'could-not-contact-service'] as const) : undefined;
    const history = reached.map((step) => ({
      status: step.status,
      at: `${step.date}T12:00:00.000Z`,
      ...(step.status === status && closeReason ? { reason: closeReason } : {}),
    }));
    referrals.push({
      id: entry.id.replace('gen-advice', 'gen-referral'),
      createdAt: entry.createdAt,
      updatedAt: history[history.length - 1]?.at ?? entry.createdAt,
      clientId: client.id,
      serviceId: service.id,
      adviceEntryId: entry.id,
      reasonCategory: category,
      sharedFields: consented ? ['name', 'phone', 'languages', 'reason'] : ['languages', 'reason'],
      date: entry.date,
      followUpDue: addDays(entry.date, 14),
      ...(consented ? {} : { consentOverrideReason: 'Client agreed verbally at the desk; written consent to follow' }),
      ...(random.chance(0.5) ? { details: 'Please contact the client with an interpreter if possible.' } : {}),
      status,
      ...(closeReason ? { closeReason } : {}),
      ...(status === 'completed' ? { outcome: 'Service confirmed the client was helped.' } : {}),
      history,
    });
  }
  return referrals;
}
