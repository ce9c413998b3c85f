/**
 * A client's first contact with the forum: the earliest date they were seen, at any
 * clinic. The report's "new people" are those seen in the period whose first contact is
 * in it. The date is kept per client (the `firstContacts` table, maintained on every write
 * by renderer/db/first-contacts.ts), so a report reads only its own period, not ten years
 * of history; these rules are the one definition both use.
 */
import type { AppointmentStatus } from '../schemas';

/** An appointment the person came to: arrived, called in or seen. */
export const ATTENDED: ReadonlySet<AppointmentStatus> = new Set<AppointmentStatus>(['arrived', 'called', 'seen']);

/** The fields of a stored appointment or advice entry that say whether, and when, it was contact. */
export interface ContactFacts {
  clientId?: unknown;
  date?: unknown;
  status?: unknown;
}

/**
 * When a stored record counts as contact, its client and date: an attended appointment,
 * or any advice entry. Anything else (and a record damaged where it matters) gives none.
 */
export function contactOf(kind: 'appointment' | 'advice', record: ContactFacts): { clientId: string; date: string } | undefined {
  const { clientId, date, status } = record;
  if (typeof clientId !== 'string' || typeof date !== 'string') return undefined;
  if (kind === 'appointment' && !ATTENDED.has(status as AppointmentStatus)) return undefined;
  return { clientId, date };
}

/** Each client's earliest contact date among the records given. */
export function firstContactsOf(appointments: Iterable<ContactFacts>, adviceEntries: Iterable<ContactFacts>): Map<string, string> {
  const first = new Map<string, string>();
  const note = (contact: { clientId: string; date: string } | undefined) => {
    if (!contact) return;
    const known = first.get(contact.clientId);
    if (known === undefined || contact.date < known) first.set(contact.clientId, contact.date);
  };
  for (const a of appointments) note(contactOf('appointment', a));
  for (const e of adviceEntries) note(contactOf('advice', e));
  return first;
}
