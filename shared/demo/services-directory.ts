/** The local services a generated forum refers people to, in an invented town. */
import type { Service } from '../schemas';
import type { Random } from './random';

interface ServiceSeed {
  name: string;
  organisation: string;
  categories: string[];
  languages: string[];
  website?: string;
  interpretation: boolean;
}

const DIRECTORY: readonly ServiceSeed[] = [
  { name: 'Welfare rights advice', organisation: 'Southside Citizens Advice', categories: ['benefits', 'money'], languages: ['eng'], website: 'https://www.citizensadvice.org.uk/', interpretation: true },
  { name: 'Asylum support helpline', organisation: 'Migrant Help', categories: ['asylum-support'], languages: ['eng', 'ara', 'prs', 'tir'], website: 'https://www.migranthelpuk.org/', interpretation: true },
  { name: 'Refugee legal clinic', organisation: 'Riverside Law Centre', categories: ['immigration', 'legal'], languages: ['eng'], interpretation: true },
  { name: 'Housing options team', organisation: 'City Council Housing', categories: ['housing'], languages: ['eng'], website: 'https://www.gov.uk/housing-local-and-community', interpretation: true },
  { name: 'GP registration support', organisation: 'Southside Health Centre', categories: ['health'], languages: ['eng', 'pol', 'ukr'], website: 'https://www.nhs.uk/nhs-services/gps/', interpretation: true },
  { name: 'Wellbeing drop-in', organisation: 'Community Mental Health Team', categories: ['mental-health'], languages: ['eng', 'ara'], interpretation: true },
  { name: 'ESOL classes', organisation: 'City College', categories: ['education'], languages: ['eng'], interpretation: false },
  { name: 'Jobcentre Plus work coach', organisation: 'Department for Work and Pensions', categories: ['employment', 'benefits'], languages: ['eng'], website: 'https://www.gov.uk/contact-jobcentre-plus', interpretation: true },
  { name: 'Food bank', organisation: 'Southside Food Bank', categories: ['money', 'community'], languages: ['eng'], website: 'https://www.trusselltrust.org/', interpretation: false },
  { name: 'Credit union collection point', organisation: 'Southside Credit Union', categories: ['money'], languages: ['eng'], interpretation: false },
  { name: 'Family support service', organisation: 'Children and Families Team', categories: ['family'], languages: ['eng'], interpretation: true },
  { name: 'Energy advice', organisation: 'Home Energy Advice', categories: ['utilities'], languages: ['eng'], interpretation: false },
  { name: 'Hate crime reporting centre', organisation: 'Community Safety Partnership', categories: ['discrimination', 'legal'], languages: ['eng'], interpretation: true },
  { name: 'Women’s group', organisation: 'Southside Women’s Centre', categories: ['community', 'mental-health'], languages: ['eng', 'ara', 'urd'], interpretation: false },
];

const NEIGHBOURHOODS = ['Northside', 'Eastfield', 'Riverside', 'Westburn', 'Hillhead', 'Parkview'];

export function generateServices(random: Random, extra: number, at: string): Service[] {
  const seeds: ServiceSeed[] = [...DIRECTORY];
  for (let i = 0; i < extra; i += 1) {
    const base = DIRECTORY[i % DIRECTORY.length]!;
    const place = NEIGHBOURHOODS[Math.floor(i / DIRECTORY.length) % NEIGHBOURHOODS.length]!;
    seeds.push({ ...base, name: `${base.name} – ${place}`, website: undefined });
  }
  return seeds.map((seed, i) => ({
    id: `gen-service-${String(i + 1).padStart(4, '0')}`,
    createdAt: at,
    updatedAt: at,
    name: seed.name,
    organisation: seed.organisation,
    categories: seed.categories,
    phone: `0141 496 ${String(random.int(0, 9999)).padStart(4, '0')}`,
    ...(seed.website ? { website: seed.website } : {}),
    address: `${random.int(1, 240)} ${random.pick(['High Street', 'Victoria Road', 'Albert Drive', 'Station Road'])}, ${random.pick(NEIGHBOURHOODS)}`,
    languages: seed.languages,
    interpretationOffered: seed.interpretation,
    openingTimes: random.pick(['Mon–Fri 9:00–17:00', 'Tue and Thu 10:00–15:00', 'Wed 13:00–16:00', 'Mon–Thu 9:30–16:30']),
    active: i % 17 !== 16,
  }));
}
