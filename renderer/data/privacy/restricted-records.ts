/**
 * The restricted records, by reference: the one way to reach a restricted person's page
 * (search and the forum-wide lists leave them out; see docs/security.md), so a volunteer
 * can lift the restriction, export their data or erase them. Read from the client
 * directory already in memory (restricted people are in `byId`, not in `all`), so listing
 * them reads nothing from the database and opens nothing personal: only the reference
 * and the restriction, both stored in the clear.
 */
import type { Restriction } from '../../../shared/schemas';
import type { ClientDirectory } from '../client-directory-store';

export interface RestrictedRecord {
  clientId: string;
  ref: string;
  since: Restriction['since'];
  reason: Restriction['reason'];
}

/** Every restricted record, most recently restricted first (then by reference). */
export function restrictedRecords(directory: ClientDirectory): RestrictedRecord[] {
  const restricted: RestrictedRecord[] = [];
  for (const client of directory.byId.values()) {
    if (client.restriction) restricted.push({ clientId: client.id, ref: client.ref, since: client.restriction.since, reason: client.restriction.reason });
  }
  return restricted.sort((a, b) => b.since.localeCompare(a.since) || a.ref.localeCompare(b.ref));
}
