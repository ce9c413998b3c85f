/**
 * The report's words as plain data, so a report can be built where the catalogues are not
 * loaded (the report worker): functions cannot be posted to a worker, their answers can.
 * `reportWordsAsData` asks the words for everything one report can need (its months, its
 * period, its notes with and without a previous period to compare, every pooled gender
 * label, the rota's roles); `reportWordsFromData` answers from those tables. A forum's own
 * role that was not asked about is humanised, exactly as the renderer's words do.
 */
import { effectiveRules, type DisclosureRules } from './disclosure';
import type { ReportPeriod } from './period';
import { monthsIn } from './period';
import type { ReportNoteFacts, ReportWords } from './report-words';
import { humanise } from './report-words';

type Fixed = Omit<ReportWords, 'genderPool' | 'role' | 'month' | 'period' | 'notes'>;

export interface ReportWordsData extends Fixed {
  genderPools: Record<string, string>;
  roles: Record<string, string>;
  months: Record<string, string>;
  periods: Record<string, string>;
  notes: Record<string, string[]>;
}

/** What a report's wording depends on, known before it is built. */
export interface ReportWordingFacts {
  period: ReportPeriod;
  oneClinic: boolean;
  rules: DisclosureRules;
  /** The role codes to word (the rota's own; others are humanised). */
  roles: readonly string[];
}

const poolKey = (named: readonly string[]) => JSON.stringify(named);
const periodKey = (period: ReportPeriod) => `${period.from}/${period.to}`;
const notesKey = (facts: ReportNoteFacts) =>
  JSON.stringify([facts.period.from, facts.period.to, facts.oneClinic, facts.threshold, facts.rounding, facts.lowest, facts.hasPrevious, facts.year]);

/** The note facts a report of this period and rules can give (build-report's reportNotes). */
function possibleNoteFacts(facts: ReportWordingFacts): ReportNoteFacts[] {
  const { threshold, rounding } = effectiveRules(facts.rules);
  const base = {
    period: facts.period,
    oneClinic: facts.oneClinic,
    threshold,
    rounding,
    lowest: Math.ceil(threshold / rounding) * rounding,
    year: Number(facts.period.to.slice(0, 4)),
  };
  return [
    { ...base, hasPrevious: true },
    { ...base, hasPrevious: false },
  ];
}

export function reportWordsAsData(words: ReportWords, facts: ReportWordingFacts): ReportWordsData {
  const { genderPool, role, month, period, notes, ...fixed } = words;
  const binary = [words.gender.woman, words.gender.man];
  const pools = [[binary[0]!], [binary[1]!], binary, [...binary].reverse()];
  return {
    ...fixed,
    genderPools: Object.fromEntries(pools.map((named) => [poolKey(named), genderPool(named)])),
    roles: Object.fromEntries(facts.roles.map((code) => [code, role(code)])),
    months: Object.fromEntries(monthsIn(facts.period).map((m) => [m, month(m)])),
    periods: { [periodKey(facts.period)]: period(facts.period) },
    notes: Object.fromEntries(possibleNoteFacts(facts).map((f) => [notesKey(f), notes(f)])),
  };
}

/** Thrown when a report asks for words its data was not made with (a bug, never a user's doing). */
export class MissingReportWordsError extends Error {
  constructor(what: string) {
    super(`The report's words have no entry for ${what}.`);
    this.name = 'MissingReportWordsError';
  }
}

function lookUp<T>(table: Record<string, T>, key: string, what: string): T {
  if (!Object.hasOwn(table, key)) throw new MissingReportWordsError(what);
  return table[key]!;
}

export function reportWordsFromData(data: ReportWordsData): ReportWords {
  const { genderPools, roles, months, periods, notes, ...fixed } = data;
  return {
    ...fixed,
    genderPool: (named) => lookUp(genderPools, poolKey(named), 'a pooled gender group'),
    role: (code) => (Object.hasOwn(roles, code) ? roles[code]! : humanise(code)),
    month: (m) => lookUp(months, m, 'a month'),
    period: (p) => lookUp(periods, periodKey(p), 'a period'),
    notes: (facts) => lookUp(notes, notesKey(facts), 'the notes'),
  };
}
