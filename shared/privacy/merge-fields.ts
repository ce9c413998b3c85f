/**
 * Merging two records of the same person: which details differ, and the kept record's
 * details once a choice is made for each difference. Fields that only make sense together
 * (a gender and its own words; an interpreter and their language) are chosen together.
 * Consents: storage from the kept record; sharing and contact, whichever was recorded
 * later; every withdrawal and any restriction from either record are kept, so merging
 * never quietly restores a consent the person took back.
 */
import type { Client, ConsentRecord } from '../schemas';

export const MERGE_GROUPS = {
  name: ['name'],
  nameLatin: ['nameLatin'],
  phone: ['phone'],
  email: ['email'],
  birthYear: ['birthYear'],
  ageBand: ['ageBand'],
  gender: ['gender', 'genderSelfDescribed'],
  nationality: ['nationality'],
  languages: ['languages'],
  interpreter: ['interpreterNeeded', 'interpreterLanguage'],
  area: ['area'],
  arrivalYear: ['arrivalYear'],
  immigrationStatus: ['immigrationStatus'],
} as const satisfies Record<string, readonly (keyof Client)[]>;

export type MergeGroup = keyof typeof MERGE_GROUPS;
export const MERGE_GROUP_NAMES = Object.keys(MERGE_GROUPS) as MergeGroup[];
/** For each differing group, whose details to keep; the kept record's when not said. */
export type MergeChoices = Partial<Record<MergeGroup, 'kept' | 'other'>>;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function differingGroups(kept: Client, other: Client): MergeGroup[] {
  return MERGE_GROUP_NAMES.filter((group) => MERGE_GROUPS[group].some((field) => !same(kept[field], other[field])));
}

function later(a: ConsentRecord | undefined, b: ConsentRecord | undefined): ConsentRecord | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.date > a.date ? b : a;
}

/** The kept record with the chosen details and both records' consent history. */
export function mergedClient(kept: Client, other: Client, choices: MergeChoices): Client {
  const merged: Record<string, unknown> = { ...kept };
  for (const group of MERGE_GROUP_NAMES) {
    if (choices[group] !== 'other') continue;
    for (const field of MERGE_GROUPS[group]) {
      if (other[field] === undefined) delete merged[field];
      else merged[field] = other[field];
    }
  }
  const sharing = later(kept.consents.sharing, other.consents.sharing);
  const contact = later(kept.consents.contact, other.consents.contact);
  merged.consents = { storage: kept.consents.storage, ...(sharing ? { sharing } : {}), ...(contact ? { contact } : {}) };
  const withdrawals = [...(kept.withdrawals ?? []), ...(other.withdrawals ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  if (withdrawals.length > 0) merged.withdrawals = withdrawals;
  const restriction = kept.restriction ?? other.restriction;
  if (restriction) merged.restriction = restriction;
  return merged as Client;
}
