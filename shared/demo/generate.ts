/**
 * A deterministic synthetic forum: the same seed, scale and `today` always give the same
 * records. `demo` is what "Load demo data" stores; `large` is the ten-year forum of
 * PRODUCT.md (20,000 clients, ~200,000 appointments) that tests and benchmarks use.
 * All people are invented; phone numbers are in the UK's drama range.
 */
import type { Client } from '../schemas';
import type { BankHolidays } from '../schedule/bank-holidays';
import { closureDays } from '../schedule/closures';
import { addDays, addMonths } from '../schedule/dates';
import type { DatasetScale, ForumDataset } from './dataset';
import { generateAdvice, generateAppointments, generateReferrals } from './generate-activity';
import { generateClinics, generateSessions, generateShifts } from './generate-clinics';
import { generateClient, generateVolunteer } from './generate-people';
import { seededRandom } from './random';
import { SCALES, type ScaleSettings } from './scales';
import { generateServices } from './services-directory';

export interface GenerateOptions {
  seed: number;
  scale: DatasetScale;
  /** The day the forum is "now" (YYYY-MM-DD): history ends and bookings start here. */
  today?: string;
  /** When given, no session falls on England and Wales' bank holidays, as in a new forum. */
  holidays?: BankHolidays;
  /** Changes to the scale's settings: a forum between the two sizes, for a test that needs its shape but not its bulk. */
  tune?: Partial<ScaleSettings>;
}

export const DEFAULT_TODAY = '2026-11-24';

export function generateForum({ seed, scale, today = DEFAULT_TODAY, holidays, tune }: GenerateOptions): ForumDataset {
  const settings = { ...SCALES[scale], ...tune };
  const random = seededRandom(seed);
  const start = addMonths(today, -settings.historyMonths);
  const end = addDays(today, settings.weeksAhead * 7);
  const at = `${start}T09:00:00.000Z`;

  const volunteers = Array.from({ length: settings.volunteers }, (_, i) =>
    generateVolunteer(random, i + 1, today, addDays(start, -random.int(0, 400))),
  );
  const recorders = volunteers.filter((v) => v.roles.includes('receptionist')).map((v) => v.name.split(' ')[0]!);

  // First visits spread over the history, a little busier in recent years.
  const span = Math.max(1, Math.round((Date.parse(today) - Date.parse(start)) / 86_400_000));
  const clients: Client[] = Array.from({ length: settings.clients }, () => addDays(start, Math.floor(span * Math.sqrt(random.next()))))
    .sort()
    .map((firstSeen, i) => generateClient(random, i + 1, firstSeen, recorders.length > 0 ? recorders : ['Front desk']));

  const clinics = generateClinics(start, at);
  const clinicsById = new Map(clinics.map((c) => [c.id, c]));
  const closed = holidays ? closureDays({ bankHolidays: 'england-and-wales', ownDays: [] }, start, end, holidays) : undefined;
  const sessions = generateSessions(clinics, start, end, random, closed);
  const appointments = generateAppointments(sessions, clinicsById, clients, today, settings, random);
  const advisers = volunteers.filter((v) => v.roles.includes('adviser'));
  const adviceEntries = generateAdvice(appointments, advisers.length > 0 ? advisers : volunteers, today, settings, random);
  const services = generateServices(random, settings.extraServices, at);
  const referrals = generateReferrals(adviceEntries, new Map(clients.map((c) => [c.id, c])), services, today, settings, random);
  const shifts = generateShifts(sessions, clinicsById, volunteers, today, random, settings.shiftRate, settings.staffing);

  return { clients, clinics, sessions, appointments, adviceEntries, services, referrals, volunteers, shifts };
}
