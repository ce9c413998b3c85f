/** Whole minutes since someone arrived, by the app's clock (0 when the arrival is not known). */
export function waitingMinutes(arrivedAt: string | undefined, now: number): number {
  return arrivedAt ? Math.max(0, Math.floor((now - Date.parse(arrivedAt)) / 60_000)) : 0;
}
