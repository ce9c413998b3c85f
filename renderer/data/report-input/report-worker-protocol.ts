/**
 * The messages between the report screen and the report worker. The start message holds
 * everything the worker cannot reach itself: which database, the report's settings, its
 * words as data (the catalogues are not loaded in the worker), the locale country and
 * language names are looked up in, and the keys decoding needs (decode-records.ts).
 */
import type { CommunityReport } from '../../../shared/report/build-report';
import type { DisclosureRules } from '../../../shared/report/disclosure';
import type { ReportPeriod } from '../../../shared/report/period';
import type { ReportWordsData } from '../../../shared/report/report-words-data';
import type { IssueCategory } from '../../../shared/schemas';
import type { Role } from '../../../shared/security/roles';
import type { OpeningCost, ReportKeys } from './decode-records';
import type { FactsUse } from './read-report-input';

export interface BuildReportMessage {
  type: 'build';
  /** The IndexedDB database in use (a restore may have switched it). */
  database: string;
  period: ReportPeriod;
  clinic?: { id: string; name: string };
  rules: DisclosureRules;
  categories: IssueCategory[];
  hourlyRate: number;
  words: ReportWordsData;
  /** The Intl locale for country and language names; none for English (the ISO lists' names). */
  namesLocale?: string;
  keys?: ReportKeys;
  /** The signed-in user's role: the worker refuses to read anything for a role without report.build. */
  role: Role | undefined;
}

/**
 * Works out and stores the facts a report of this period would need (report-facts-store.ts),
 * and builds nothing: sent once the page is idle after a sign-in (warm-report-facts.ts), so
 * the first report a committee member opens finds them. The same checks as a build.
 */
export interface WarmFactsMessage {
  type: 'warm';
  database: string;
  period: ReportPeriod;
  keys?: ReportKeys;
  role: Role | undefined;
}

export type ReportWorkerMessage = BuildReportMessage | WarmFactsMessage;

export type ReportWorkerReply =
  | { type: 'progress'; fraction: number }
  /** The facts are stored: how many were current already and how many were worked out. */
  | { type: 'warmed'; facts: FactsUse; totalMs: number }
  /** After `built`: the facts the build worked out are stored; the worker may now be ended. */
  | { type: 'stored'; facts: FactsUse; totalMs: number }
  /**
   * With what opening the records cost, how long building the report from them took, and the
   * worker's whole time (counts only, nothing personal).
   */
  | { type: 'built'; report: CommunityReport; cost: OpeningCost & { buildingMs: number; totalMs: number; facts: FactsUse } }
  /** The role it was given may not build the report; nothing was read. */
  | { type: 'refused' }
  /** Never the error's text: it could quote a record. */
  | { type: 'failed' };
