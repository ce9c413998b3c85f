/**
 * "Now" as the forum's wall clock reads it: today's date and the time of day. Rules that
 * depend on the time (is this slot gone? has this shift ended?) take it as a value, so the
 * renderer's one clock (renderer/platform/clock.ts) decides it and tests pin it.
 */

export interface LocalNow {
  /** YYYY-MM-DD in local time. */
  date: string;
  /** HH:MM in local time. */
  time: string;
}

/** The local date and minute of a Date. */
export function localNowOf(instant: Date): LocalNow {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`,
    time: `${pad(instant.getHours())}:${pad(instant.getMinutes())}`,
  };
}

/**
 * Whether something starting at `date` `time` has already started: a slot that began even a
 * minute ago is gone (the person cannot be there for its start), one starting this minute is not.
 */
export function hasStarted(date: string, time: string, now: LocalNow): boolean {
  return date < now.date || (date === now.date && time < now.time);
}

/** Whether something ending at `date` `endTime` is over. */
export function hasEnded(date: string, endTime: string, now: LocalNow): boolean {
  return date < now.date || (date === now.date && endTime <= now.time);
}
