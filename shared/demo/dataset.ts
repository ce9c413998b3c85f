/** A whole forum's records as plain values: what the generator makes and the demo loader stores. */
import type {
  AdviceEntry,
  Appointment,
  Client,
  Clinic,
  Referral,
  Service,
  Session,
  Shift,
  Volunteer,
} from '../schemas';

export interface ForumDataset {
  clients: Client[];
  clinics: Clinic[];
  sessions: Session[];
  appointments: Appointment[];
  adviceEntries: AdviceEntry[];
  services: Service[];
  referrals: Referral[];
  volunteers: Volunteer[];
  shifts: Shift[];
}

/** `demo`: a few hundred records for the first-run demo; `large`: the ten-year scale in PRODUCT.md. */
export type DatasetScale = 'demo' | 'large';

/** The seed of the demo forum Settings loads (tests regenerate it to know its names). */
export const DEMO_SEED = 2026;

export const DATASET_TABLES = [
  'clients',
  'clinics',
  'sessions',
  'appointments',
  'adviceEntries',
  'services',
  'referrals',
  'volunteers',
  'shifts',
] as const satisfies readonly (keyof ForumDataset)[];
export type DatasetTable = (typeof DATASET_TABLES)[number];
