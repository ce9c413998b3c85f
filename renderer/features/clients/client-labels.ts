/** Words for the client's coded fields. */
import type { AgeBand, Gender, ImmigrationStatus } from '../../../shared/schemas';

export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  'under-18': 'Under 18',
  '18-24': '18 to 24',
  '25-34': '25 to 34',
  '35-44': '35 to 44',
  '45-54': '45 to 54',
  '55-64': '55 to 64',
  '65-plus': '65 or over',
};

export const GENDER_LABELS: Record<Gender, string> = {
  woman: 'Woman',
  man: 'Man',
  'non-binary': 'Non-binary',
  'self-described': 'In their own words',
  'prefer-not-to-say': 'Prefers not to say',
};

export const IMMIGRATION_STATUS_LABELS: Record<ImmigrationStatus, string> = {
  'british-or-irish': 'British or Irish citizen',
  'eu-settled-status': 'EU Settled Status',
  'eu-pre-settled-status': 'EU Pre-Settled Status',
  'refugee-status': 'Refugee status',
  'humanitarian-protection': 'Humanitarian protection',
  'asylum-seeker': 'Asylum seeker',
  'refused-asylum-seeker': 'Refused asylum seeker',
  'visa-work-study-family': 'Visa (work, study or family)',
  'indefinite-leave': 'Indefinite leave to remain',
  undocumented: 'Undocumented',
  other: 'Other',
  'prefer-not-to-say': 'Prefers not to say',
};

export const CONSENT_LABELS = {
  storage: 'Agrees to the forum keeping their details',
  sharing: 'Agrees to their details being shared with services they are referred to',
  contact: 'Agrees to be contacted by phone or text',
} as const;
