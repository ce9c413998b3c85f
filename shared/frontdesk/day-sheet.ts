/**
 * What a session's printed day sheet lists, one row per person in slot (or arrival)
 * order. With the privacy option, names become initials, so a sheet left on a desk says
 * little about who came. A restricted record (UK GDPR article 18) keeps its row, since the
 * person still has their appointment, but the row carries only the time, the reference and
 * the status: no name, initials, interpreter language or purpose.
 *
 * Rows hold values and codes, not sentences: the renderer words them in the app's
 * language, and prints a name and its Latin spelling each in its own direction (joined in
 * one string, an Arabic name and its Latin spelling came out flipped).
 */
import type { Appointment, Client } from '../schemas';

export interface DaySheetRow {
  /** The booked slot ("10:30"); absent for a walk-in. */
  time?: string;
  walkIn: boolean;
  /** The client's record is restricted: the row carries no personal details. */
  restricted?: true;
  /** The name as written (or its initials); absent when the client's record is missing or restricted. */
  name?: string;
  /** The Latin spelling beside a name in another script; never with initials. */
  nameLatin?: string;
  ref: string;
  /** ISO 639-3 code of the interpreter's language. */
  interpreterLanguage?: string;
  purpose?: string;
  status: Appointment['status'];
}

/** "Amira Haddad" → "A. H."; works for any script that has word breaks. */
export function initialsOf(name: string): string {
  return name
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .map((word) => `${[...word][0] ?? ''}.`)
    .join(' ');
}

/** Booked slots in time order, then walk-ins in the order they arrived. */
const orderOf = (a: Appointment): string => (a.slotTime ? `0 ${a.slotTime}` : `1 ${a.arrivedAt ?? a.createdAt}`);

export function daySheetRows(
  appointments: readonly Appointment[],
  clientById: ReadonlyMap<string, Pick<Client, 'name' | 'nameLatin' | 'ref' | 'restriction'>>,
  options: { initialsOnly: boolean },
): DaySheetRow[] {
  return appointments
    .filter((a) => a.status !== 'cancelled')
    .sort((x, y) => orderOf(x).localeCompare(orderOf(y)))
    .map((a): DaySheetRow => {
      const client = clientById.get(a.clientId);
      if (client?.restriction) {
        return { ...(a.slotTime ? { time: a.slotTime } : {}), walkIn: a.kind === 'walk-in', restricted: true, ref: client.ref, status: a.status };
      }
      const name = client ? (options.initialsOnly ? initialsOf(client.nameLatin ?? client.name) : client.name) : undefined;
      return {
        ...(a.slotTime ? { time: a.slotTime } : {}),
        walkIn: a.kind === 'walk-in',
        ...(name !== undefined ? { name } : {}),
        ...(client?.nameLatin && !options.initialsOnly ? { nameLatin: client.nameLatin } : {}),
        ref: client?.ref ?? '',
        ...(a.interpreterLanguage ? { interpreterLanguage: a.interpreterLanguage } : {}),
        ...(a.purpose && !options.initialsOnly ? { purpose: a.purpose } : {}),
        status: a.status,
      };
    });
}
