/**
 * Retention: a person's record is kept for a period the forum sets (default six years)
 * after their last contact, then comes up for review and erasure. Last contact is the
 * latest of their registration, appointments, advice and referrals.
 */
export const DEFAULT_RETENTION_YEARS = 6;

/** The latest of the given calendar dates (YYYY-MM-DD), or of instants' dates. */
export function lastContactDate(dates: readonly string[]): string {
  let latest = '';
  for (const value of dates) {
    const date = value.slice(0, 10);
    if (date > latest) latest = date;
  }
  return latest;
}

/** The day `years` before today: last contact before it is past the retention period. */
export function retentionCutoff(today: string, years: number): string {
  const [y, m, d] = today.split('-').map(Number);
  const date = new Date(Date.UTC(y! - years, m! - 1, d!));
  // 29 February, years later, is 1 March in a common year: keep the earlier day.
  if (date.getUTCMonth() !== m! - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

export function isPastRetention(lastContact: string, today: string, years: number): boolean {
  return lastContact !== '' && lastContact < retentionCutoff(today, years);
}
