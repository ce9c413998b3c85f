/**
 * Spotting that a person being registered may already be on the list: similar name and
 * the same year of birth or phone number. Only a prompt to check, never a block.
 */
import type { Client } from '../schemas';
import { foldForSearch, phoneDigits } from './client-search';

function tokens(name: string): string[] {
  return [...new Set(foldForSearch(name).split(/[\s\p{P}\p{Z}]+/u).filter(Boolean))].sort();
}

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? Math.max(a.length, b.length);
}

/**
 * How alike two names are, 0 to 1, ignoring accents, case and word order: the better of
 * the edit distance between the sorted words and the share of words in common.
 */
export function nameSimilarity(a: string, b: string): number {
  const left = tokens(a);
  const right = tokens(b);
  if (!left.length || !right.length) return 0;
  const joinedLeft = left.join(' ');
  const joinedRight = right.join(' ');
  const edit = 1 - levenshtein(joinedLeft, joinedRight) / Math.max(joinedLeft.length, joinedRight.length);
  const rightSet = new Set(right);
  const common = left.filter((t) => rightSet.has(t)).length;
  const overlap = (2 * common) / (left.length + right.length);
  return Math.max(0, Math.min(1, Math.max(edit, overlap)));
}

export interface DuplicateCandidate {
  name: string;
  nameLatin?: string | undefined;
  birthYear?: number | undefined;
  phone?: string | undefined;
}

const MAX_DUPLICATES = 5;

/** Existing clients who may be the same person as the candidate, most alike first, at most 5. */
export function possibleDuplicates(candidate: DuplicateCandidate, clients: Client[], excludeId?: string): Client[] {
  const candidateNames = [candidate.name, candidate.nameLatin].filter((n): n is string => !!n?.trim());
  if (!candidateNames.length) return [];
  const candidatePhone = candidate.phone ? phoneDigits(candidate.phone) : '';
  const matches: Array<{ client: Client; similarity: number }> = [];
  for (const client of clients) {
    if (client.id === excludeId) continue;
    const clientNames = [client.name, client.nameLatin].filter((n): n is string => !!n?.trim());
    let similarity = 0;
    for (const mine of candidateNames) {
      for (const theirs of clientNames) similarity = Math.max(similarity, nameSimilarity(mine, theirs));
    }
    const samePhone = candidatePhone !== '' && !!client.phone && phoneDigits(client.phone) === candidatePhone;
    const sameBirthYear = candidate.birthYear !== undefined && client.birthYear === candidate.birthYear;
    if ((similarity >= 0.8 && (sameBirthYear || samePhone)) || (samePhone && similarity >= 0.5)) {
      matches.push({ client, similarity });
    }
  }
  return matches
    .sort((x, y) => y.similarity - x.similarity)
    .slice(0, MAX_DUPLICATES)
    .map((m) => m.client);
}
