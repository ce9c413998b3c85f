/** Generated clients and volunteers: names in their own scripts, realistic skews, consents. */
import type { AgeBand, Client, Gender, ImmigrationStatus, Volunteer, VolunteerCheck } from '../schemas';
import { addDays, addMonths } from '../schedule/dates';
import { AREAS, ORIGINS, type NamePart, type Origin } from './name-pools';
import type { Random } from './random';

export interface PersonName {
  name: string;
  nameLatin?: string;
}

function composeName(random: Random, origin: Origin, gender: 'woman' | 'man'): PersonName {
  const given = random.pick(origin.given[gender]);
  let family: NamePart = random.pick(origin.family);
  if (gender === 'woman' && origin.feminineSurname) family = [origin.feminineSurname(family[0])];
  const middle = origin.middle ? random.pick(origin.middle[gender]) : undefined;
  const parts: NamePart[] = origin.familyFirst ? [family, ...(middle ? [middle] : []), given] : [given, family];
  // Chinese names are written without spaces; every other script separates parts.
  const joiner = origin.country === 'HK' ? '' : ' ';
  const name = parts.map((p) => p[0]).join(joiner);
  const hasLatin = parts.some((p) => p[1] !== undefined);
  return hasLatin ? { name, nameLatin: parts.map((p) => p[1] ?? p[0]).join(' ') } : { name };
}

export function pickOrigin(random: Random): Origin {
  return random.weighted(ORIGINS.map((origin) => [origin, origin.weight] as const));
}

const AGE_BANDS: readonly (readonly [AgeBand, number])[] = [
  ['18-24', 14], ['25-34', 32], ['35-44', 26], ['45-54', 14], ['55-64', 8], ['65-plus', 4], ['under-18', 2],
];
const STATUSES: readonly (readonly [ImmigrationStatus, number])[] = [
  ['refugee-status', 20], ['asylum-seeker', 18], ['eu-settled-status', 14], ['eu-pre-settled-status', 8],
  ['visa-work-study-family', 12], ['humanitarian-protection', 6], ['indefinite-leave', 6],
  ['refused-asylum-seeker', 4], ['british-or-irish', 4], ['undocumented', 2], ['prefer-not-to-say', 6],
];
const BAND_TO_AGE: Record<AgeBand, readonly [number, number]> = {
  'under-18': [16, 17], '18-24': [18, 24], '25-34': [25, 34], '35-44': [35, 44], '45-54': [45, 54], '55-64': [55, 64], '65-plus': [65, 80],
};

/** A UK "drama" mobile number range: looks real, reaches no one. */
function fakeMobile(random: Random): string {
  return `07700 9${String(random.int(0, 99_999)).padStart(5, '0')}`;
}

function emailFor(person: PersonName, random: Random): string {
  const latin = (person.nameLatin ?? person.name).normalize('NFKD').replace(/[^A-Za-z ]/g, '').trim().toLowerCase();
  const handle = latin.split(/\s+/).filter(Boolean).join('.') || 'client';
  return `${handle}${random.int(1, 99)}@example.org`;
}

/** One client first seen on `firstSeen` (YYYY-MM-DD), registered by one of `recorders`. */
export function generateClient(random: Random, n: number, firstSeen: string, recorders: readonly string[]): Client {
  const origin = pickOrigin(random);
  const gender: Gender = random.weighted([['woman', 48], ['man', 48], ['non-binary', 1], ['self-described', 1], ['prefer-not-to-say', 2]]);
  const person = composeName(random, origin, gender === 'man' ? 'man' : 'woman');
  const band = random.weighted(AGE_BANDS);
  const seenYear = Number(firstSeen.slice(0, 4));
  const [minAge, maxAge] = BAND_TO_AGE[band];
  const birthYear = seenYear - random.int(minAge, maxAge);
  const main = origin.languages[0]!;
  const languages = random.chance(0.6) ? origin.languages.slice(0, 2) : [main];
  const needsInterpreter = main !== 'eng' && random.chance(0.4);
  const at = `${firstSeen}T10:${String(random.int(0, 59)).padStart(2, '0')}:00.000Z`;
  const recordedBy = random.pick(recorders);
  const hasPhone = random.chance(0.85);
  return {
    id: `gen-client-${String(n).padStart(6, '0')}`,
    ref: `C-${String(n).padStart(5, '0')}`,
    createdAt: at,
    updatedAt: at,
    ...person,
    ...(hasPhone ? { phone: fakeMobile(random) } : {}),
    ...(random.chance(0.3) ? { email: emailFor(person, random) } : {}),
    ...(random.chance(0.75) ? { birthYear } : { ageBand: band }),
    gender,
    ...(gender === 'self-described' ? { genderSelfDescribed: 'Genderfluid' } : {}),
    nationality: origin.country,
    languages,
    interpreterNeeded: needsInterpreter,
    ...(needsInterpreter ? { interpreterLanguage: main } : {}),
    area: random.weighted(AREAS),
    arrivalYear: Math.max(birthYear + 1, seenYear - random.weighted([[0, 30], [1, 25], [2, 15], [3, 10], [5, 10], [8, 6], [12, 4]])),
    ...(random.chance(0.65) ? { immigrationStatus: random.weighted(STATUSES) } : {}),
    consents: {
      storage: { given: true, date: firstSeen, recordedBy },
      ...(random.chance(0.85) ? { sharing: { given: random.chance(0.92), date: firstSeen, recordedBy } } : {}),
      ...(hasPhone && random.chance(0.8) ? { contact: { given: true, date: firstSeen, recordedBy } } : {}),
    },
  };
}

const ROLE_MIX: readonly (readonly [string[], number])[] = [
  [['receptionist'], 22], [['adviser'], 22], [['receptionist', 'adviser'], 10], [['interpreter'], 18],
  [['interpreter', 'receptionist'], 10], [['job-club-helper'], 10], [['coordinator', 'adviser'], 4], [['coordinator'], 4],
];

function checksFor(random: Random, roles: readonly string[], today: string): VolunteerCheck[] {
  const dated = (kind: VolunteerCheck['kind'], years: number): VolunteerCheck => {
    const date = addDays(today, -random.int(30, 365 * years));
    const expires = addMonths(date, years * 12);
    return { kind, date, expires };
  };
  const checks: VolunteerCheck[] = [dated('safeguarding', 3), dated('data-protection', 2)];
  if (roles.some((role) => role === 'adviser' || role === 'coordinator' || role === 'interpreter')) checks.push(dated('pvg-dbs', 3));
  if (roles.includes('adviser') && random.chance(0.35)) {
    checks.push({ ...dated('immigration-accreditation', 2), level: random.pick(['OISC Level 1', 'OISC Level 2']) });
  }
  // A few checks lapse or were never done: gaps the rota must show.
  return random.chance(0.1) ? checks.slice(1) : checks;
}

export function generateVolunteer(random: Random, n: number, today: string, joined: string): Volunteer {
  const origin = random.chance(0.55) ? pickOrigin(random) : undefined;
  const gender = random.chance(0.6) ? 'woman' : 'man';
  const person: PersonName = origin
    ? composeName(random, origin, gender)
    : { name: `${random.pick(gender === 'woman' ? ['Sarah', 'Claire', 'Fiona', 'Emma', 'Lorna', 'Rachel'] : ['James', 'David', 'Stuart', 'Iain', 'Craig', 'Mark'])} ${random.pick(['Campbell', 'MacDonald', 'Robertson', 'Thomson', 'Stewart', 'Murray', 'Reid', 'Ferguson'])}` };
  const roles = random.weighted(ROLE_MIX);
  const languages = [
    { code: 'eng', level: origin ? ('fluent' as const) : ('native' as const) },
    ...(origin && origin.languages[0] !== 'eng' ? [{ code: origin.languages[0]!, level: 'native' as const }] : []),
    ...(origin && origin.languages[1] && origin.languages[1] !== 'eng' && random.chance(0.5)
      ? [{ code: origin.languages[1], level: random.pick(['conversational', 'fluent'] as const) }]
      : []),
  ];
  const days = random.shuffle([0, 1, 2, 3, 4]).slice(0, random.int(1, 3)).sort();
  const at = `${joined}T09:00:00.000Z`;
  const awayStart = addDays(today, random.int(-60, 90));
  return {
    id: `gen-volunteer-${String(n).padStart(4, '0')}`,
    createdAt: at,
    updatedAt: at,
    // Volunteers' names appear on the rota colleagues read, so the Latin spelling is used.
    name: person.nameLatin ?? person.name,
    phone: fakeMobile(random),
    ...(random.chance(0.7) ? { email: emailFor(person, random) } : {}),
    roles,
    languages,
    checks: checksFor(random, roles, today),
    availability: days.map((weekday) => (random.chance(0.7) ? { weekday, from: '09:00', to: '17:00' } : { weekday, from: '09:00', to: '13:00' })),
    away: random.chance(0.2) ? [{ from: awayStart, to: addDays(awayStart, random.int(3, 21)) }] : [],
    ...(random.chance(0.6) ? { maxShiftsPerMonth: random.int(2, 8) } : {}),
    active: random.chance(0.92),
  };
}
