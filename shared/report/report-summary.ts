/**
 * The report's first page: the headline figures and the three biggest needs, taken from
 * the report's own published tables (so the summary can say nothing the tables do not).
 * Figures are codes with their protected cells; the renderer words them, and the two
 * sentences, in the report's language from `summaryFacts`.
 */
import type { CommunityReport, ReportTable } from './build-report';
import type { ProtectedCell } from './disclosure';
import { isPublished } from './disclosure';
import type { ReportPeriod } from './period';
import { ENGLISH_REPORT_WORDS, type ReportWords } from './report-words';

export const SUMMARY_FIGURES = ['people-seen', 'new-people', 'contacts', 'advice-hours', 'referrals', 'volunteer-hours'] as const;
export type SummaryFigureId = (typeof SUMMARY_FIGURES)[number];

export interface SummaryFigure {
  id: SummaryFigureId;
  cell: ProtectedCell;
}

export interface ReportSummary {
  figures: SummaryFigure[];
  /** Up to three issues with the largest published counts (Other left out), largest first. */
  topNeeds: { label: string; value: number }[];
}

function findTable(report: CommunityReport, id: string): ReportTable | undefined {
  for (const section of report.sections) for (const entry of section.tables) if (entry.id === id) return entry;
  return undefined;
}

function row(report: CommunityReport, id: string, label: string): ProtectedCell | undefined {
  const entry = findTable(report, id);
  const at = entry?.table.rows.indexOf(label) ?? -1;
  return at >= 0 ? entry!.table.cells[at]![0] : undefined;
}

/** What the summary's sentences say: published numbers only, and whether they are rounded. */
export interface SummaryFacts {
  period: ReportPeriod;
  /** Numbers are rounded, so they are said as "about". */
  rounded: boolean;
  /** People helped; no sentence without it. */
  people?: number;
  /** Of them, new to the forum (left out when hidden or none). */
  fresh?: number;
  /** Visits and advice sessions (left out when hidden or none). */
  contacts?: number;
  /** The biggest needs, largest first. */
  needs: string[];
}

/**
 * The facts of the summary's two plain sentences, using only published numbers: a clause
 * whose number is hidden is left out rather than guessed.
 */
export function summaryFacts(summary: ReportSummary, report: Pick<CommunityReport, 'period' | 'rules'>): SummaryFacts {
  const value = (id: SummaryFigureId): number | undefined => {
    const cell = summary.figures.find((f) => f.id === id)?.cell;
    return cell && isPublished(cell) && cell.value > 0 ? cell.value : undefined;
  };
  const people = value('people-seen');
  const fresh = value('new-people');
  const contacts = value('contacts');
  return {
    period: { ...report.period },
    rounded: report.rules.rounding > 1,
    ...(people !== undefined ? { people } : {}),
    ...(people !== undefined && fresh !== undefined ? { fresh } : {}),
    ...(people !== undefined && contacts !== undefined ? { contacts } : {}),
    needs: summary.topNeeds.map((need) => need.label),
  };
}

/** The summary of a report built with `words` (English unless given). */
export function summariseReport(report: CommunityReport, words: ReportWords = ENGLISH_REPORT_WORDS): ReportSummary {
  const figures: SummaryFigure[] = [];
  const add = (id: SummaryFigureId, cell: ProtectedCell | undefined): void => {
    if (cell) figures.push({ id, cell });
  };
  add('people-seen', row(report, 'headline', words.measure['people-seen']));
  add('new-people', row(report, 'headline', words.measure['new-people']));
  add('contacts', row(report, 'headline', words.measure.contacts));
  add('advice-hours', row(report, 'advice-hours', words.measure['advice-hours']));
  add('referrals', findTable(report, 'referrals-by-service')?.table.grandTotal);
  add('volunteer-hours', findTable(report, 'hours-by-role')?.table.grandTotal);

  const issues = findTable(report, 'issues')?.table;
  const topNeeds: { label: string; value: number }[] = [];
  issues?.rows.forEach((label, i) => {
    const cell = issues.cells[i]![0]!;
    if (label !== words.other && isPublished(cell) && cell.value > 0) topNeeds.push({ label, value: cell.value });
  });
  topNeeds.sort((a, b) => b.value - a.value || (a.label < b.label ? -1 : 1));
  return { figures, topNeeds: topNeeds.slice(0, 3) };
}
