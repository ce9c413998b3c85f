/** Everything about one client in one list, newest first: appointments, advice, referrals. */
import type { AdviceEntry, Appointment, Referral } from '../../../shared/schemas';

export type TimelineItem =
  | { kind: 'appointment'; date: string; sortKey: string; appointment: Appointment }
  | { kind: 'advice'; date: string; sortKey: string; entry: AdviceEntry }
  | { kind: 'referral'; date: string; sortKey: string; referral: Referral };

export function clientTimeline(appointments: readonly Appointment[], advice: readonly AdviceEntry[], referrals: readonly Referral[]): TimelineItem[] {
  const items: TimelineItem[] = [
    ...appointments.map((a) => ({ kind: 'appointment' as const, date: a.date, sortKey: `${a.date} ${a.slotTime ?? a.arrivedAt ?? ''}`, appointment: a })),
    ...advice.map((e) => ({ kind: 'advice' as const, date: e.date, sortKey: `${e.date} ~${e.createdAt}`, entry: e })),
    ...referrals.map((r) => ({ kind: 'referral' as const, date: r.date, sortKey: `${r.date} ~~${r.createdAt}`, referral: r })),
  ];
  return items.sort((a, b) => b.sortKey.localeCompare(a.sortKey));
}
