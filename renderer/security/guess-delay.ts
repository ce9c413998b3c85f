/**
 * Slows repeated wrong guesses at the sign-in screen: after three wrong tries for one
 * user, each further try waits twice as long as the last (2 s, 4 s … at most 5 minutes).
 * Kept in localStorage so a reload does not reset it; it holds user ids and counts only.
 * (Someone with the profile's files is not held back by this: see docs/security.md.)
 */
const STORAGE_KEY = 'signpost.signInFailures';
const FREE_TRIES = 3;
const MAX_WAIT_MS = 5 * 60_000;

type Failures = Record<string, { count: number; at: number }>;

function read(): Failures {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Failures) : {};
  } catch {
    return {};
  }
}

function write(failures: Failures): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(failures));
  } catch {
    // Storage full or blocked: the delay then lasts only while this page is open.
  }
}

export function waitAfter(count: number): number {
  if (count < FREE_TRIES) return 0;
  return Math.min(MAX_WAIT_MS, 1000 * 2 ** (count - FREE_TRIES + 1));
}

/** Milliseconds this user must still wait before the next try (0: may try now). */
export function remainingWait(userId: string, now = Date.now()): number {
  const entry = read()[userId];
  if (!entry) return 0;
  return Math.max(0, entry.at + waitAfter(entry.count) - now);
}

export function recordFailure(userId: string, now = Date.now()): void {
  const failures = read();
  failures[userId] = { count: (failures[userId]?.count ?? 0) + 1, at: now };
  write(failures);
}

export function clearFailures(userId: string): void {
  const failures = read();
  delete failures[userId];
  write(failures);
}
