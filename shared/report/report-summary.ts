/**
 * The report's first page: the headline figures and the three biggest needs, taken from
 * the report's own published tables (so the summary can say nothing the tables do not).
 */
import type { CommunityReport, ReportTable } from './build-report';
import { OTHER } from './build-report';
import type { ProtectedCell } from './disclosure';
import { isPublished } from './disclosure';
import { monthLabel } from './period';
import { plural } from '../plural';

export interface SummaryFigure {
  label: string;
  cell: ProtectedCell;
  unit?: string;
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

const lower = (label: string): string => label.charAt(0).toLowerCase() + label.slice(1);

/** "a, b and c" */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The summary in two plain sentences, using only published numbers: a clause whose
 * number is hidden is left out rather than guessed.
 */
export function summarySentences(summary: ReportSummary, forumName: string, report: Pick<CommunityReport, 'period' | 'rules'>): string[] {
  const { from, to } = report.period;
  const when = from === to ? `In ${monthLabel(from)}` : `From ${monthLabel(from)} to ${monthLabel(to)}`;
  // Rounded numbers are said as rounded.
  const about = report.rules.rounding > 1 ? 'about ' : '';
  const value = (label: string): number | undefined => {
    const cell = summary.figures.find((f) => f.label === label)?.cell;
    return cell && isPublished(cell) ? cell.value : undefined;
  };
  const n = (x: number): string => x.toLocaleString('en-GB');
  const sentences: string[] = [];
  const people = value('People seen');
  const fresh = value('New people');
  const contacts = value('Contacts');
  if (people !== undefined && people > 0) {
    sentences.push(
      `${when}, ${forumName} helped ${about}${plural(people, 'person', 'people')}` +
        (fresh !== undefined && fresh > 0 ? `, ${about}${n(fresh)} of them for the first time` : '') +
        (contacts !== undefined && contacts > 0 ? `, over ${about}${n(contacts)} visits and advice sessions.` : '.'),
    );
  }
  if (summary.topNeeds.length > 0) {
    sentences.push(`What people most needed help with: ${listed(summary.topNeeds.map((need) => lower(need.label)))}.`);
  }
  return sentences;
}

export function summariseReport(report: CommunityReport): ReportSummary {
  const figures: SummaryFigure[] = [];
  const add = (label: string, cell: ProtectedCell | undefined, unit?: string): void => {
    if (cell) figures.push({ label, cell, ...(unit ? { unit } : {}) });
  };
  add('People seen', row(report, 'headline', 'People seen'));
  add('New people', row(report, 'headline', 'New people'));
  add('Contacts', row(report, 'headline', 'Contacts'));
  add('Hours of advice', row(report, 'advice-hours', 'Hours of advice'));
  add('Referrals made', findTable(report, 'referrals-by-service')?.table.grandTotal);
  add('Volunteer hours', findTable(report, 'hours-by-role')?.table.grandTotal);

  const issues = findTable(report, 'issues')?.table;
  const topNeeds: { label: string; value: number }[] = [];
  issues?.rows.forEach((label, i) => {
    const cell = issues.cells[i]![0]!;
    if (label !== OTHER && isPublished(cell) && cell.value > 0) topNeeds.push({ label, value: cell.value });
  });
  topNeeds.sort((a, b) => b.value - a.value || (a.label < b.label ? -1 : 1));
  return { figures, topNeeds: topNeeds.slice(0, 3) };
}
