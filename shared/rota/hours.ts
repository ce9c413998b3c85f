/**
 * Volunteer hours: what committees report to funders ("our volunteers gave 4,210 hours,
 * worth £51,783"). Per volunteer, per role and per month, with totals each way.
 *
 * A shift counts when it has a volunteer, falls between `from` and `to` (inclusive), and
 * was attended: `attended === true`, or `attended` not recorded but `hoursWorked` is (the
 * hours were written down, so the person was there). `attended === false` never counts.
 * Its hours are `hoursWorked` when recorded, otherwise the shift's length.
 * Estimated value = hours × `hourlyRate` (for example the Real Living Wage).
 */
import type { Shift, Volunteer } from '../schemas';
import { minutesOf } from '../schedule/dates';

export type HoursShift = Pick<Shift, 'date' | 'startTime' | 'endTime' | 'role' | 'volunteerId' | 'attended' | 'hoursWorked'>;

export interface HoursOptions {
  from: string;
  to: string;
  /** Money value of one volunteer hour, in pounds. */
  hourlyRate: number;
}

export interface HoursTotal {
  shifts: number;
  hours: number;
  /** hours × hourlyRate, rounded to the penny. */
  value: number;
}

export interface HoursRow extends HoursTotal {
  volunteerId: string;
  volunteerName: string;
  role: string;
  /** YYYY-MM */
  month: string;
}

export interface HoursSummary {
  from: string;
  to: string;
  hourlyRate: number;
  /** One row per volunteer, role and month, sorted by volunteer name, then month, then role. */
  rows: HoursRow[];
  byVolunteer: Array<HoursTotal & { volunteerId: string; volunteerName: string }>;
  byRole: Array<HoursTotal & { role: string }>;
  byMonth: Array<HoursTotal & { month: string }>;
  total: HoursTotal;
}

export const UNKNOWN_VOLUNTEER = 'Former volunteer';

/** Hours a shift counts for, or undefined when it does not count. */
export function attendedHours(shift: HoursShift): number | undefined {
  if (!shift.volunteerId || shift.attended === false) return undefined;
  if (shift.attended !== true && shift.hoursWorked === undefined) return undefined;
  if (shift.hoursWorked !== undefined) return shift.hoursWorked;
  return Math.max(0, minutesOf(shift.endTime) - minutesOf(shift.startTime)) / 60;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

interface Acc {
  shifts: number;
  hours: number;
}

function add(map: Map<string, Acc>, key: string, hours: number): void {
  const acc = map.get(key);
  if (acc) {
    acc.shifts += 1;
    acc.hours += hours;
  } else map.set(key, { shifts: 1, hours });
}

export function hoursSummary(shifts: readonly HoursShift[], volunteers: ReadonlyArray<Pick<Volunteer, 'id' | 'name'>>, options: HoursOptions): HoursSummary {
  const names = new Map(volunteers.map((v) => [v.id, v.name]));
  const nameOf = (id: string): string => names.get(id) ?? UNKNOWN_VOLUNTEER;
  const total = (acc: Acc): HoursTotal => ({ shifts: acc.shifts, hours: round2(acc.hours), value: round2(acc.hours * options.hourlyRate) });

  const cells = new Map<string, Acc>();
  const perVolunteer = new Map<string, Acc>();
  const perRole = new Map<string, Acc>();
  const perMonth = new Map<string, Acc>();
  const all: Acc = { shifts: 0, hours: 0 };
  for (const shift of shifts) {
    if (shift.date < options.from || shift.date > options.to) continue;
    const hours = attendedHours(shift);
    if (hours === undefined || !shift.volunteerId) continue;
    const month = shift.date.slice(0, 7);
    add(cells, JSON.stringify([shift.volunteerId, shift.role, month]), hours);
    add(perVolunteer, shift.volunteerId, hours);
    add(perRole, shift.role, hours);
    add(perMonth, month, hours);
    all.shifts += 1;
    all.hours += hours;
  }

  const byName = (a: { volunteerName: string; volunteerId: string }, b: { volunteerName: string; volunteerId: string }): number =>
    a.volunteerName.localeCompare(b.volunteerName, 'en-GB') || (a.volunteerId < b.volunteerId ? -1 : a.volunteerId > b.volunteerId ? 1 : 0);

  const rows: HoursRow[] = [...cells].map(([key, acc]) => {
    const [volunteerId, role, month] = JSON.parse(key) as [string, string, string];
    return { volunteerId, volunteerName: nameOf(volunteerId), role, month, ...total(acc) };
  });
  rows.sort((a, b) => byName(a, b) || a.month.localeCompare(b.month) || a.role.localeCompare(b.role));

  return {
    from: options.from,
    to: options.to,
    hourlyRate: options.hourlyRate,
    rows,
    byVolunteer: [...perVolunteer].map(([volunteerId, acc]) => ({ volunteerId, volunteerName: nameOf(volunteerId), ...total(acc) })).sort(byName),
    byRole: [...perRole].map(([role, acc]) => ({ role, ...total(acc) })).sort((a, b) => a.role.localeCompare(b.role)),
    byMonth: [...perMonth].map(([month, acc]) => ({ month, ...total(acc) })).sort((a, b) => a.month.localeCompare(b.month)),
    total: total(all),
  };
}
