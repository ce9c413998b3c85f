/**
 * What a session's printed day sheet lists, one row per person in slot (or arrival)
 * order. With the privacy option, names become initials, so a sheet left on a desk says
 * little about who came.
 */
import type { Appointment, Client } from '../schemas';

export interface DaySheetRow {
  time: string;
  who: string;
  ref: string;
  interpreter?: string;
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

export function daySheetRows(
  appointments: readonly Appointment[],
  clientById: ReadonlyMap<string, Pick<Client, 'name' | 'nameLatin' | 'ref'>>,
  options: { initialsOnly: boolean; languageName: (code: string) => string },
): DaySheetRow[] {
  return appointments
    .filter((a) => a.status !== 'cancelled')
    .map((a) => {
      const client = clientById.get(a.clientId);
      const name = client ? (client.nameLatin ?? client.name) : 'Unknown';
      return {
        time: a.slotTime ?? (a.arrivedAt ? `walk-in` : ''),
        who: options.initialsOnly ? initialsOf(name) : client?.nameLatin ? `${client.name} (${client.nameLatin})` : name,
        ref: client?.ref ?? '',
        ...(a.interpreterLanguage ? { interpreter: options.languageName(a.interpreterLanguage) } : {}),
        ...(a.purpose && !options.initialsOnly ? { purpose: a.purpose } : {}),
        status: a.status,
      };
    })
    .sort((x, y) => x.time.localeCompare(y.time));
}
