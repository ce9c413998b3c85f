/**
 * Whether a session's walk-in queue is open: on the session's day, until its end time.
 * Outside that, nobody joins it and nobody in it is "waiting": a morning drop-in's walk-in
 * is not "waiting 348 min" at four in the afternoon. Whoever is left in it was never
 * marked seen or left, and the screens ask for that instead of counting minutes. A walk-in
 * whose session is not known (a damaged record) is in no open queue.
 */
import { hasEnded, type LocalNow } from './local-now';

export function isQueueOpen(session: { date: string; endTime: string } | undefined, now: LocalNow): boolean {
  return session !== undefined && session.date === now.date && !hasEnded(session.date, session.endTime, now);
}
