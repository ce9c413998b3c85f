/** How big each generated forum is. `large` is the ten-year forum in PRODUCT.md. */
import type { DatasetScale } from './dataset';

export interface ScaleSettings {
  /** Months of history before `today`. */
  historyMonths: number;
  /** Weeks of sessions generated ahead of `today`. */
  weeksAhead: number;
  clients: number;
  volunteers: number;
  /** Extra services beyond the fixed directory. */
  extraServices: number;
  /** Mean appointments per session, per clinic kind. */
  perSession: { 'drop-in': number; appointments: number; 'job-club': number; specialist: number; surgery: number };
  /** Chance a seen appointment gets an advice log entry, and an entry a referral. */
  adviceRate: number;
  referralRate: number;
  /** Chance a role in a past session had a shift recorded. */
  shiftRate: number;
  /** A big forum staffs each session more heavily: each clinic's role counts times this. */
  staffing: number;
}

export const SCALES: Record<DatasetScale, ScaleSettings> = {
  demo: {
    historyMonths: 3,
    weeksAhead: 4,
    clients: 160,
    volunteers: 24,
    extraServices: 0,
    perSession: { 'drop-in': 4, appointments: 4, 'job-club': 5, specialist: 6, surgery: 4 },
    adviceRate: 0.8,
    referralRate: 0.3,
    shiftRate: 0.9,
    staffing: 1,
  },
  large: {
    historyMonths: 120,
    weeksAhead: 6,
    clients: 20_000,
    volunteers: 300,
    extraServices: 36,
    perSession: { 'drop-in': 78, appointments: 14, 'job-club': 24, specialist: 16, surgery: 16 },
    adviceRate: 0.85,
    referralRate: 0.6,
    shiftRate: 1,
    staffing: 2,
  },
};
