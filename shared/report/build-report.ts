/**
 * The Community Intelligence Report: what a forum sends its council and funders.
 *
 * `buildReport` turns the forum's records into a `CommunityReport` that holds only
 * aggregates: category labels (country and language names, issue categories, months),
 * tables of protected counts (see disclosure.ts) and plain-English notes. No id, name,
 * contact detail, exact date or free text can reach it: every table is built from counts
 * keyed by a category label, and every number goes through `protectTable` (or, for a rate
 * or a money value, is computed from numbers that already passed it).
 *
 * Definitions (also written into the report's notes):
 * - People seen: clients with an appointment that was attended (arrived, called or seen)
 *   or an advice log entry, in the period.
 * - New people: people seen whose first ever contact with the forum (any clinic) was in
 *   the period.
 * - Contacts: appointments that happened (arrived, called, seen, or left without being
 *   seen) plus advice entries not tied to an appointment. An appointment still marked
 *   "booked" has not happened (or was not recorded), so it is not a contact.
 * - Booked appointments: bookings (not walk-ins) that were not cancelled.
 * - Attendance rate: attended bookings as a share of bookings with a recorded outcome
 *   (not cancelled and not still "booked"); shown only when both numbers are at least
 *   the threshold, and rounded to the rounding base.
 * - Advice hours: minutes of advice entries / 60, rounded to whole hours, then protected
 *   like a count; hidden when fewer than the threshold entries make it up.
 * - Needs: advice entries are counted once per main category they mention; a
 *   sub-category counts under its main category (an entry about two sub-categories of
 *   Housing counts once for Housing). So the column adds up to category mentions, which
 *   can exceed the number of entries.
 * - Interpreting: appointments (not cancelled) that asked for an interpreter, split by
 *   whether an interpreter shift in the same session was filled by a volunteer who speaks
 *   the language (and was not marked absent). The row total is the number of requests.
 * - Referrals: referrals made in the period, drafts excluded, by the first category of the
 *   service referred to and by their current status.
 * - Volunteering: shifts attended in the period (hours worked, or the shift's length when
 *   not recorded). The estimated value is the published (rounded) total hours times the
 *   hourly rate, rounded to the rounding base; hidden when the hours are hidden.
 * - Ages and years since arrival are worked out for the last year of the period.
 * - Trend: contacts by month, and the (up to) five most common issues by month. An issue
 *   whose monthly column total would have to be hidden is left out of the monthly table,
 *   because the same total is published in the issues table.
 *
 * Tables whose rows are different measures (the headline) are protected one measure at a
 * time and carry no totals (`totals: false`). Nominal breakdowns are pooled with
 * `mergeSmallCategories` first and then ordered by published value
 * (ties by label), so the order of rows reveals nothing the numbers do not; ordered
 * breakdowns (age, years since arrival, months, referral status) keep their natural order.
 */
import type { AgeBand, AppointmentStatus, IssueCategory, ReferralStatus, Service, Shift, Volunteer } from '../schemas';
import type { AdviceFacts, AppointmentFacts, ClientFacts, ReferralFacts, UnreadableReferralFacts } from './report-facts';
import type { CsvSeparator, CsvValue } from '../export/csv';
import { toCsv } from '../export/csv';
import { minutesOf } from '../schedule/dates';
import type { CountTable, DisclosureRules, ProtectedCell, ProtectedTable } from './disclosure';
import { effectiveRules, isPublished, mergeSmallCategories, protectTable } from './disclosure';
import type { ReportPeriod } from './period';
import { monthsIn, periodDates, previousPeriod } from './period';
import type { ArrivalBand, ReportMeasure, ReportRowHeader, ReportSectionId, ReportTableId, ReportWords } from './report-words';
import { ENGLISH_REPORT_WORDS } from './report-words';
import { ATTENDED } from './first-contact';

/**
 * What a report is built from. Of clients, appointments, advice entries and referrals only
 * the fields in report-facts.ts (whole records fit too): the report worker keeps exactly
 * those, sealed per month, and builds the same report from them.
 */
export interface ReportInput {
  clients: readonly ClientFacts[];
  appointments: readonly AppointmentFacts[];
  adviceEntries: readonly AdviceFacts[];
  referrals: readonly ReferralFacts[];
  /** Referrals whose stored status is damaged: not counted, but how many is said (`unreadable`). */
  unreadableReferrals?: readonly UnreadableReferralFacts[];
  services: readonly Service[];
  volunteers: readonly Volunteer[];
  shifts: readonly Shift[];
  /**
   * Each client's first contact date (first-contact.ts), when it was kept as records were
   * written: then the records need only cover the period, not everything before it. Without
   * it, "new people" is worked out from the appointments and advice entries given, which
   * must then go back to the forum's beginning.
   */
  firstContacts?: ReadonlyMap<string, string>;
}

export interface ReportOptions {
  period: ReportPeriod;
  /** Report on one clinic only. */
  clinicId?: string;
  /** The clinic's name, shown on the report when `clinicId` is set. */
  clinicName?: string;
  rules: DisclosureRules;
  categories: readonly IssueCategory[];
  /** Estimated value of an hour of volunteering, in pounds. */
  hourlyRate: number;
  countryName(code: string): string;
  languageName(code: string): string;
  /** The words the report is written in (English unless given). */
  words?: ReportWords;
}

export interface ReportTable {
  id: string;
  title: string;
  table: ProtectedTable;
  /** What the numbers count: 'people', 'contacts', 'hours', '%', '£'… */
  unit?: string;
  /** Heading of the column of row labels. */
  rowHeader: string;
  /**
   * False when totals mean nothing (the rows are different measures, or the table is
   * derived): its totals are then placeholders marked suppressed and are not shown.
   */
  totals: boolean;
  /** Computed only from numbers published in another table of this report. */
  derived?: true;
}

export interface ReportSection {
  id: string;
  title: string;
  tables: ReportTable[];
}

export interface CommunityReport {
  version: 1;
  period: ReportPeriod;
  clinic?: { name: string };
  /** The rules as applied (threshold at least 5). */
  rules: DisclosureRules;
  sections: ReportSection[];
  /** How the figures were made, in plain English. */
  notes: string[];
  /**
   * Records of the period the report could not count, by table, when there are any: a
   * referral whose status is damaged (the screen says how many; they are listed under
   * Settings, Records that need attention). A count for the screen, not in the exports.
   */
  unreadable?: { referrals: number };
}

export { REPORT_SECTION_IDS } from './report-words';

/** The English labels of pooled and missing categories (the default words). */
export const OTHER = ENGLISH_REPORT_WORDS.other;
export const NOT_RECORDED = ENGLISH_REPORT_WORDS.notRecorded;

const HAPPENED: ReadonlySet<AppointmentStatus> = new Set<AppointmentStatus>(['arrived', 'called', 'seen', 'left-without-being-seen']);

const STATUS_ORDER: readonly ReferralStatus[] = ['sent', 'acknowledged', 'accepted', 'completed', 'declined', 'no-contact'];

function ageBandFor(age: number): AgeBand {
  if (age < 18) return 'under-18';
  if (age < 25) return '18-24';
  if (age < 35) return '25-34';
  if (age < 45) return '35-44';
  if (age < 55) return '45-54';
  if (age < 65) return '55-64';
  return '65-plus';
}

function arrivalBandFor(years: number): ArrivalBand {
  if (years <= 1) return '0-1';
  if (years <= 4) return '2-4';
  if (years <= 9) return '5-9';
  return '10-plus';
}

class Counter {
  readonly counts = new Map<string, number>();
  add(key: string, amount = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + amount);
  }
  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }
}

const placeholder = (): ProtectedCell => ({ suppressed: true });

/** A table's id with its title and row heading in the report's words. */
function titled(words: ReportWords, id: ReportTableId, rowHeader: ReportRowHeader): { id: ReportTableId; title: string; rowHeader: string } {
  return { id, title: words.table[id], rowHeader: words.rowHeader[rowHeader] };
}

/** A section's id with its title in the report's words. */
function section(words: ReportWords, id: ReportSectionId): { id: ReportSectionId; title: string } {
  return { id, title: words.section[id] };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sort key that reveals nothing the table does not: published value, hidden values after any positive one. */
function sortKey(cell: ProtectedCell): number {
  if (isPublished(cell)) return cell.value;
  return 0.5;
}

/**
 * Reorders a protected table's rows by a published column (or the row totals), largest
 * first, ties by label; `last` labels go at the end in that order. Ordering by published
 * values, not raw counts, so the order tells nothing the numbers do not.
 */
function orderRows(table: ProtectedTable, by: 'total' | number, last: readonly string[]): ProtectedTable {
  const keyOf = (i: number): ProtectedCell => (by === 'total' ? table.rowTotals[i]! : table.cells[i]![by]!);
  const order = table.rows.map((_, i) => i);
  order.sort((a, b) => {
    const la = last.indexOf(table.rows[a]!);
    const lb = last.indexOf(table.rows[b]!);
    if (la !== lb) return la === -1 ? -1 : lb === -1 ? 1 : la - lb;
    return sortKey(keyOf(b)) - sortKey(keyOf(a)) || compareText(table.rows[a]!, table.rows[b]!);
  });
  return {
    rows: order.map((i) => table.rows[i]!),
    cols: table.cols,
    cells: order.map((i) => table.cells[i]!),
    rowTotals: order.map((i) => table.rowTotals[i]!),
    colTotals: table.colTotals,
    grandTotal: table.grandTotal,
  };
}

function oneWay(counter: Counter, col: string): CountTable {
  const rows = [...counter.counts.keys()];
  return { rows, cols: [col], cells: rows.map((row) => [counter.get(row)]) };
}

/** A nominal breakdown: small categories pooled into Other, protected, ordered by published value. */
function nominal(counter: Counter, col: string, rules: DisclosureRules, words: ReportWords): ProtectedTable {
  return orderRows(protectTable(mergeSmallCategories(oneWay(counter, col), rules, words.other), rules), 0, [words.other, words.notRecorded]);
}

/** An ordered breakdown (age bands, months): rows in the given order, nothing pooled. */
function ordinal(counter: Counter, rows: readonly string[], col: string, rules: DisclosureRules): ProtectedTable {
  return protectTable({ rows: [...rows], cols: [col], cells: rows.map((row) => [counter.get(row)]) }, rules);
}

export const GENDER_OTHER = ENGLISH_REPORT_WORDS.genderOther;

/**
 * Gender: Woman and Man, and the rest (non-binary, in their own words, prefer not to say,
 * not recorded) pooled into "Another way / not recorded" as soon as any of them is small,
 * so that no small group is hidden beside a published one. If even the pool is small, the
 * smaller of Woman and Man joins it (and its label says so), instead of a lone "Man ✕".
 */
function genderTable(counter: Counter, rules: DisclosureRules, words: ReportWords): ProtectedTable {
  const { threshold } = effectiveRules(rules);
  const binary = [words.gender.woman, words.gender.man];
  const rest = [...counter.counts.keys()].filter((label) => !binary.includes(label));
  const anySmall = rest.some((label) => counter.get(label) > 0 && counter.get(label) < threshold);
  const grouped = new Counter();
  for (const [label, count] of counter.counts) grouped.add(anySmall && rest.includes(label) ? words.genderOther : label, count);
  const merged = mergeSmallCategories(oneWay(grouped, words.column.people), rules, words.genderOther, {
    poolLabel: (pooled) => {
      const named = pooled.filter((label) => binary.includes(label));
      return named.length > 0 ? words.genderPool(named) : words.genderOther;
    },
  });
  const pool = merged.rows.filter((label) => !binary.includes(label) && !rest.includes(label));
  return orderRows(protectTable(merged, rules), 0, pool);
}

interface Measure {
  label: string;
  raw: number;
  /** Hide regardless of the value (a total made of too few records). */
  hide?: boolean;
}

/** Rows that are different measures: each protected on its own; totals are placeholders. */
function measures(list: readonly Measure[], col: string, rules: DisclosureRules): ProtectedTable {
  return {
    rows: list.map((m) => m.label),
    cols: [col],
    cells: list.map((m) =>
      m.hide ? [placeholder()] : [protectTable({ rows: [m.label], cols: [col], cells: [[m.raw]] }, rules).grandTotal],
    ),
    rowTotals: list.map(placeholder),
    colTotals: [placeholder()],
    grandTotal: placeholder(),
  };
}

function roundToBase(value: number, base: number): number {
  return Math.round(value / base) * base;
}

/** Maps any category id to the label of its top-level category (unknown ids → Other). */
function categoryLabeller(categories: readonly IssueCategory[], other: string): (id: string) => string {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const cache = new Map<string, string>();
  return (id) => {
    const known = cache.get(id);
    if (known !== undefined) return known;
    let category = byId.get(id);
    for (let depth = 0; category?.parentId !== undefined && depth < 20; depth += 1) {
      const parent = byId.get(category.parentId);
      if (!parent) break;
      category = parent;
    }
    const label = category ? category.label : other;
    cache.set(id, label);
    return label;
  };
}

function shiftHours(shift: Shift): number {
  if (shift.hoursWorked !== undefined) return shift.hoursWorked;
  return Math.max(0, minutesOf(shift.endTime) - minutesOf(shift.startTime)) / 60;
}

function shiftWorked(shift: Shift): boolean {
  if (shift.volunteerId === undefined) return false;
  if (shift.attended !== undefined) return shift.attended;
  return (shift.hoursWorked ?? 0) > 0;
}

interface DateRange {
  fromDate: string;
  toDate: string;
}

const within = (date: string, range: DateRange): boolean => date >= range.fromDate && date <= range.toDate;

/** What every section works from: the rules, and the records in the period (and clinic). */
interface Scope {
  data: ReportInput;
  words: ReportWords;
  options: ReportOptions;
  rules: DisclosureRules;
  period: ReportPeriod;
  months: string[];
  current: DateRange;
  clinicId: string | undefined;
  atClinic(id: string | undefined): boolean;
  /** Label of the top-level category of any category id. */
  labelOf(id: string): string;
  /** The year ages and years since arrival are worked out for. */
  endYear: number;
  appointments: AppointmentFacts[];
  entries: AdviceFacts[];
  previousEntries: AdviceFacts[];
  /** Ids of advice entries at the clinic (only filled for a one-clinic report). */
  entryInScope: Set<string>;
}

function scopeOf(data: ReportInput, options: ReportOptions): Scope {
  const period = options.period;
  const current = periodDates(period);
  const previous = periodDates(previousPeriod(period));
  const clinicId = options.clinicId;
  const atClinic = (id: string | undefined): boolean => clinicId === undefined || id === clinicId;

  // An advice entry without its own clinic takes its appointment's (only needed per clinic).
  const appointmentClinic = new Map<string, string>();
  if (clinicId !== undefined) for (const a of data.appointments) appointmentClinic.set(a.id, a.clinicId);
  const entryClinic = (e: AdviceFacts): string | undefined =>
    e.clinicId ?? (e.appointmentId !== undefined ? appointmentClinic.get(e.appointmentId) : undefined);
  const appointments: AppointmentFacts[] = [];
  for (const a of data.appointments) if (within(a.date, current) && atClinic(a.clinicId)) appointments.push(a);
  const entries: AdviceFacts[] = [];
  const previousEntries: AdviceFacts[] = [];
  const entryInScope = new Set<string>();
  for (const e of data.adviceEntries) {
    if (!atClinic(entryClinic(e))) continue;
    if (clinicId !== undefined) entryInScope.add(e.id);
    if (within(e.date, current)) entries.push(e);
    else if (within(e.date, previous)) previousEntries.push(e);
  }
  const words = options.words ?? ENGLISH_REPORT_WORDS;
  return {
    data,
    words,
    options,
    rules: effectiveRules(options.rules),
    period,
    months: monthsIn(period),
    current,
    clinicId,
    atClinic,
    labelOf: categoryLabeller(options.categories, words.other),
    endYear: Number(period.to.slice(0, 4)),
    appointments,
    entries,
    previousEntries,
    entryInScope,
  };
}

export function buildReport(data: ReportInput, options: ReportOptions): CommunityReport {
  const scope = scopeOf(data, options);
  const headline = headlineSection(scope);
  const needs = needsSection(scope);
  return {
    version: 1,
    period: { from: scope.period.from, to: scope.period.to },
    ...(scope.clinicId !== undefined ? { clinic: { name: options.clinicName ?? scope.words.oneClinic } } : {}),
    rules: scope.rules,
    sections: [
      headline.section,
      whoCameSection(scope, headline.peopleSeen),
      needs.section,
      interpretingSection(scope),
      referralsSection(scope),
      volunteeringSection(scope),
      trendSection(scope, headline.contactsByMonth, needs.issues, needs.byMonth),
    ],
    notes: reportNotes(scope, needs.hasPrevious),
    ...unreadableIn(scope),
  };
}

/** The damaged referrals the report would have counted (of its period, at its clinic): how many. */
function unreadableIn(scope: Scope): Pick<CommunityReport, 'unreadable'> {
  const { data, current, clinicId, entryInScope } = scope;
  const referrals = (data.unreadableReferrals ?? []).filter(
    (r) => within(r.date, current) && (clinicId === undefined || (r.adviceEntryId !== undefined && entryInScope.has(r.adviceEntryId))),
  ).length;
  return referrals > 0 ? { unreadable: { referrals } } : {};
}

function headlineSection(scope: Scope): { section: ReportSection; peopleSeen: Set<string>; contactsByMonth: Counter } {
  const { data, rules, current, words: w } = scope;
  const { threshold, rounding } = rules;
  const measure = (id: ReportMeasure, raw: number, hide?: boolean): Measure => ({ label: w.measure[id], raw, ...(hide ? { hide } : {}) });
  const peopleSeen = new Set<string>();
  let contacts = 0;
  let booked = 0;
  let walkIns = 0;
  let attendedBookings = 0;
  let bookingsWithOutcome = 0;
  const contactsByMonth = new Counter();
  for (const a of scope.appointments) {
    if (ATTENDED.has(a.status)) peopleSeen.add(a.clientId);
    if (HAPPENED.has(a.status)) {
      contacts += 1;
      contactsByMonth.add(a.date.slice(0, 7));
    }
    if (a.status === 'cancelled') continue;
    if (a.kind === 'walk-in') walkIns += 1;
    else {
      booked += 1;
      if (ATTENDED.has(a.status)) attendedBookings += 1;
      if (a.status !== 'booked') bookingsWithOutcome += 1;
    }
  }
  let adviceMinutes = 0;
  for (const e of scope.entries) {
    peopleSeen.add(e.clientId);
    adviceMinutes += e.minutes;
    if (e.appointmentId === undefined) {
      contacts += 1;
      contactsByMonth.add(e.date.slice(0, 7));
    }
  }
  // New people: seen now, with no contact (at any clinic) before the period.
  const seenBefore = new Set<string>();
  if (data.firstContacts) {
    for (const id of peopleSeen) {
      const first = data.firstContacts.get(id);
      if (first !== undefined && first < current.fromDate) seenBefore.add(id);
    }
  } else {
    for (const a of data.appointments) {
      if (a.date < current.fromDate && ATTENDED.has(a.status) && peopleSeen.has(a.clientId)) seenBefore.add(a.clientId);
    }
    for (const e of data.adviceEntries) {
      if (e.date < current.fromDate && peopleSeen.has(e.clientId)) seenBefore.add(e.clientId);
    }
  }
  const newPeople = peopleSeen.size - seenBefore.size;

  const rateShown = attendedBookings >= threshold && bookingsWithOutcome >= threshold;
  const attendanceRate: ProtectedCell = rateShown
    ? { value: roundToBase((100 * attendedBookings) / bookingsWithOutcome, rounding) }
    : { suppressed: true };

  const headline: ReportSection = {
    ...section(w, 'headline'),
    tables: [
      {
        ...titled(w, 'headline', 'measure'),
        totals: false,
        table: measures(
          [
            measure('people-seen', peopleSeen.size),
            measure('new-people', newPeople),
            measure('contacts', contacts),
            measure('booked', booked),
            measure('walk-ins', walkIns),
          ],
          w.column.number,
          rules,
        ),
      },
      {
        ...titled(w, 'attendance-rate', 'measure'),
        unit: '%',
        totals: false,
        table: {
          rows: [w.measure.attended],
          cols: [w.column.percent],
          cells: [[attendanceRate]],
          rowTotals: [placeholder()],
          colTotals: [placeholder()],
          grandTotal: placeholder(),
        },
      },
      {
        ...titled(w, 'advice-hours', 'measure'),
        unit: 'hours',
        totals: false,
        table: measures([measure('advice-hours', Math.round(adviceMinutes / 60), scope.entries.length < threshold)], w.column.hours, rules),
      },
    ],
  };
  return { section: headline, peopleSeen, contactsByMonth };
}

function whoCameSection(scope: Scope, peopleSeen: ReadonlySet<string>): ReportSection {
  const { data, options, rules, endYear, words: w } = scope;
  const clientsById = new Map(data.clients.map((c) => [c.id, c]));
  const nationality = new Counter();
  const language = new Counter();
  const gender = new Counter();
  const age = new Counter();
  const area = new Counter();
  const arrival = new Counter();
  for (const id of peopleSeen) {
    const c = clientsById.get(id);
    nationality.add(c?.nationality ? options.countryName(c.nationality) : w.notRecorded);
    const first = c?.languages[0];
    language.add(first ? options.languageName(first) : w.notRecorded);
    gender.add(c?.gender ? w.gender[c.gender] : w.notRecorded);
    const band = c?.birthYear !== undefined ? ageBandFor(endYear - c.birthYear) : c?.ageBand;
    age.add(band ? w.ageBand[band] : w.notRecorded);
    area.add(c?.area ?? w.notRecorded);
    arrival.add(w.arrival[c?.arrivalYear !== undefined ? arrivalBandFor(endYear - c.arrivalYear) : 'not-known']);
  }
  const people = w.column.people;
  return {
    ...section(w, 'who-came'),
    tables: [
      { ...titled(w, 'nationality', 'nationality'), unit: 'people', totals: true, table: nominal(nationality, people, rules, w) },
      { ...titled(w, 'first-language', 'language'), unit: 'people', totals: true, table: nominal(language, people, rules, w) },
      { ...titled(w, 'gender', 'gender'), unit: 'people', totals: true, table: genderTable(gender, rules, w) },
      {
        ...titled(w, 'age', 'age'),
        unit: 'people',
        totals: true,
        table: ordinal(age, [...Object.values(w.ageBand), w.notRecorded], people, rules),
      },
      { ...titled(w, 'area', 'area'), unit: 'people', totals: true, table: nominal(area, people, rules, w) },
      {
        ...titled(w, 'years-since-arrival', 'years'),
        unit: 'people',
        totals: true,
        table: ordinal(arrival, Object.values(w.arrival), people, rules),
      },
    ],
  };
}

function needsSection(scope: Scope): { section: ReportSection; issues: ProtectedTable; byMonth: Map<string, Counter>; hasPrevious: boolean } {
  const { options, rules, labelOf, words: w } = scope;
  const countNeeds = (list: readonly AdviceFacts[], byMonth?: Map<string, Counter>): Counter => {
    const counter = new Counter();
    for (const e of list) {
      const labels = new Set(e.categories.map(labelOf));
      for (const label of labels) {
        counter.add(label);
        if (byMonth) {
          const month = e.date.slice(0, 7);
          let forMonth = byMonth.get(month);
          if (!forMonth) byMonth.set(month, (forMonth = new Counter()));
          forMonth.add(label);
        }
      }
    }
    return counter;
  };
  const needsByMonth = new Map<string, Counter>();
  const needsNow = countNeeds(scope.entries, needsByMonth);
  const needsBefore = countNeeds(scope.previousEntries);
  const needLabels: string[] = [];
  const addNeedLabel = (label: string): void => {
    if (!needLabels.includes(label)) needLabels.push(label);
  };
  for (const c of options.categories) if (c.parentId === undefined && !c.retired) addNeedLabel(c.label);
  for (const label of [...needsNow.counts.keys(), ...needsBefore.counts.keys()]) addNeedLabel(label);
  // With no records at all for the previous period, its column would be all zeros: left out.
  const comparing = needsBefore.counts.size > 0;
  const issues = orderRows(
    protectTable(
      {
        rows: needLabels,
        cols: comparing ? [w.column['this-period'], w.column['previous-period']] : [w.column['this-period']],
        cells: needLabels.map((l) => (comparing ? [needsNow.get(l), needsBefore.get(l)] : [needsNow.get(l)])),
      },
      rules,
    ),
    0,
    [w.other],
  );
  const previousTotal = issues.colTotals[1];
  const hasPrevious = previousTotal !== undefined && !(isPublished(previousTotal) && previousTotal.value === 0);
  const rises: { label: string; now: number; before: number }[] = [];
  if (hasPrevious) {
    issues.rows.forEach((label, i) => {
      const now = issues.cells[i]![0]!;
      const before = issues.cells[i]![1]!;
      if (label === w.other) return;
      if (isPublished(now) && isPublished(before) && now.value > before.value) rises.push({ label, now: now.value, before: before.value });
    });
  }
  rises.sort((a, b) => b.now - b.before - (a.now - a.before) || b.now - a.now || compareText(a.label, b.label));
  const emerging = rises.slice(0, 3);
  const needs: ReportSection = {
    ...section(w, 'needs'),
    tables: [
      { ...titled(w, 'issues', 'issue'), unit: 'mentions', totals: true, table: issues },
      {
        ...titled(w, 'emerging-issues', 'issue'),
        unit: 'mentions',
        totals: false,
        derived: true,
        table: {
          rows: emerging.map((e) => e.label),
          cols: [w.column['this-period'], w.column['previous-period'], w.column.change],
          cells: emerging.map((e) => [{ value: e.now }, { value: e.before }, { value: e.now - e.before }]),
          rowTotals: emerging.map(placeholder),
          colTotals: [placeholder(), placeholder(), placeholder()],
          grandTotal: placeholder(),
        },
      },
    ],
  };
  return { section: needs, issues, byMonth: needsByMonth, hasPrevious };
}

function interpretingSection(scope: Scope): ReportSection {
  const { data, options, rules, words: w } = scope;
  const speaks = new Map(data.volunteers.map((v) => [v.id, new Set(v.languages.map((l) => l.code))]));
  const interpretersBySession = new Map<string, string[]>();
  for (const s of data.shifts) {
    if (s.role !== 'interpreter' || s.volunteerId === undefined || s.attended === false) continue;
    const list = interpretersBySession.get(s.sessionId);
    if (list) list.push(s.volunteerId);
    else interpretersBySession.set(s.sessionId, [s.volunteerId]);
  }
  const covered = new Counter();
  const uncovered = new Counter();
  for (const a of scope.appointments) {
    if (a.interpreterLanguage === undefined || a.status === 'cancelled') continue;
    const code = a.interpreterLanguage;
    const label = options.languageName(code);
    const ok = (interpretersBySession.get(a.sessionId) ?? []).some((v) => speaks.get(v)?.has(code) === true);
    (ok ? covered : uncovered).add(label);
    (ok ? uncovered : covered).add(label, 0);
  }
  const interpretingLabels = [...covered.counts.keys()];
  return {
    ...section(w, 'interpreting'),
    tables: [
      {
        ...titled(w, 'interpreting', 'language'),
        unit: 'appointments',
        totals: true,
        table: orderRows(
          protectTable(
            mergeSmallCategories(
              {
                rows: interpretingLabels,
                cols: [w.column['interpreter-on-rota'], w.column['no-interpreter-on-rota']],
                cells: interpretingLabels.map((l) => [covered.get(l), uncovered.get(l)]),
              },
              rules,
              w.other,
            ),
            rules,
          ),
          'total',
          [w.other, w.notRecorded],
        ),
      },
    ],
  };
}

function referralsSection(scope: Scope): ReportSection {
  const { data, rules, current, clinicId, entryInScope, labelOf, words: w } = scope;
  const servicesById = new Map(data.services.map((s) => [s.id, s]));
  const byServiceCategory = new Counter();
  const byStatus = new Counter();
  for (const r of data.referrals) {
    if (r.status === 'draft' || !within(r.date, current)) continue;
    if (clinicId !== undefined && (r.adviceEntryId === undefined || !entryInScope.has(r.adviceEntryId))) continue;
    const firstCategory = servicesById.get(r.serviceId)?.categories[0];
    byServiceCategory.add(firstCategory !== undefined ? labelOf(firstCategory) : w.notCategorised);
    byStatus.add(w.referralStatus[r.status]);
  }
  const statusRows = STATUS_ORDER.map((s) => w.referralStatus[s]);
  const byStatusTable = mergeSmallCategories(oneWay(byStatus, w.column.referrals), rules, w.other);
  const statusIndex = (label: string): number => (label === w.other ? statusRows.length : statusRows.indexOf(label));
  const statusOrder = byStatusTable.rows.map((_, i) => i).sort((a, b) => statusIndex(byStatusTable.rows[a]!) - statusIndex(byStatusTable.rows[b]!));
  return {
    ...section(w, 'referrals'),
    tables: [
      {
        ...titled(w, 'referrals-by-service', 'kind-of-service'),
        unit: 'referrals',
        totals: true,
        table: nominal(byServiceCategory, w.column.referrals, rules, w),
      },
      {
        ...titled(w, 'referrals-by-outcome', 'status'),
        unit: 'referrals',
        totals: true,
        table: protectTable(
          {
            rows: statusOrder.map((i) => byStatusTable.rows[i]!),
            cols: byStatusTable.cols,
            cells: statusOrder.map((i) => byStatusTable.cells[i]!),
          },
          rules,
        ),
      },
    ],
  };
}

function volunteeringSection(scope: Scope): ReportSection {
  const { data, options, rules, current, atClinic, words: w } = scope;
  const activeVolunteers = new Set<string>();
  const hoursByRole = new Counter();
  let shiftsWorked = 0;
  for (const s of data.shifts) {
    if (!within(s.date, current) || !atClinic(s.clinicId) || !shiftWorked(s)) continue;
    activeVolunteers.add(s.volunteerId!);
    shiftsWorked += 1;
    hoursByRole.add(w.role(s.role), shiftHours(s));
  }
  const hoursTable = nominal(hoursByRole, w.column.hours, rules, w);
  const hoursTotal = hoursTable.grandTotal;
  const value: ProtectedCell = isPublished(hoursTotal)
    ? { value: roundToBase(hoursTotal.value * Math.max(0, options.hourlyRate), rules.rounding) }
    : { suppressed: true };
  return {
    ...section(w, 'volunteering'),
    tables: [
      {
        ...titled(w, 'volunteers', 'measure'),
        totals: false,
        table: measures(
          [
            { label: w.measure['volunteers-active'], raw: activeVolunteers.size },
            { label: w.measure['shifts-worked'], raw: shiftsWorked },
          ],
          w.column.number,
          rules,
        ),
      },
      { ...titled(w, 'hours-by-role', 'role'), unit: 'hours', totals: true, table: hoursTable },
      {
        ...titled(w, 'volunteer-value', 'measure'),
        unit: '£',
        totals: false,
        derived: true,
        table: {
          rows: [w.measure['estimated-value']],
          cols: [w.column.pounds],
          cells: [[value]],
          rowTotals: [placeholder()],
          colTotals: [placeholder()],
          grandTotal: placeholder(),
        },
      },
    ],
  };
}

/** Rows keyed "2026-03" relabelled "March 2026", as a reader says them. */
function monthsAsWords(table: ProtectedTable, words: ReportWords): ProtectedTable {
  return { ...table, rows: table.rows.map((month) => words.month(month)) };
}

function trendSection(scope: Scope, contactsByMonth: Counter, issues: ProtectedTable, needsByMonth: ReadonlyMap<string, Counter>): ReportSection {
  const { rules, months, words: w } = scope;
  // The column totals of the monthly issues table are the "This period" numbers already
  // published in the issues table. Hiding one here would not hide it, and a column whose
  // total is hidden was not protected by secondary suppression. So while some column
  // total would be hidden, the last (smallest) such column is dropped and the rest
  // protected again: in the end every column's total is published and protected against.
  let top = issues.rows
    .map((label, i) => ({ label, cell: issues.cells[i]![0]! }))
    .filter((r) => isPublished(r.cell) && r.cell.value > 0 && r.label !== w.other)
    .slice(0, 5)
    .map((r) => r.label);
  let issuesByMonth: ProtectedTable;
  for (;;) {
    const columns = top;
    issuesByMonth = protectTable(
      { rows: months, cols: columns, cells: months.map((m) => columns.map((label) => needsByMonth.get(m)?.get(label) ?? 0)) },
      rules,
    );
    const hidden = issuesByMonth.colTotals.findLastIndex((cell) => !isPublished(cell));
    if (hidden === -1) break;
    top = columns.filter((_, c) => c !== hidden);
  }
  return {
    ...section(w, 'trend'),
    tables: [
      {
        ...titled(w, 'contacts-by-month', 'month'),
        unit: 'contacts',
        totals: true,
        table: monthsAsWords(ordinal(contactsByMonth, months, w.column.contacts, rules), w),
      },
      {
        ...titled(w, 'issues-by-month', 'month'),
        unit: 'mentions',
        totals: true,
        table: monthsAsWords(issuesByMonth, w),
      },
    ],
  };
}

function reportNotes(scope: Scope, hasPrevious: boolean): string[] {
  const { threshold, rounding } = scope.rules;
  return scope.words.notes({
    period: scope.period,
    oneClinic: scope.clinicId !== undefined,
    threshold,
    rounding,
    lowest: Math.ceil(threshold / rounding) * rounding,
    hasPrevious,
    year: Number(scope.period.to.slice(0, 4)),
  });
}

// ---- Export formats -------------------------------------------------------------------

export type JsonValue = number | null;

export interface CommunityReportJson {
  format: 'signpost-community-report';
  version: 1;
  period: ReportPeriod;
  clinic?: { name: string };
  rules: DisclosureRules;
  /** `null` in any value means suppressed: hidden to protect privacy. */
  legend: { null: string };
  notes: string[];
  sections: {
    id: string;
    title: string;
    tables: {
      id: string;
      title: string;
      unit: string | null;
      rowHeader: string;
      derived: boolean;
      columns: string[];
      rows: { label: string; values: JsonValue[]; total?: JsonValue }[];
      /** Column totals and the grand total; absent when totals mean nothing for this table. */
      totals?: { values: JsonValue[]; total: JsonValue };
    }[];
  }[];
}

const jsonValue = (cell: ProtectedCell): JsonValue => (isPublished(cell) ? cell.value : null);

/**
 * The report as a plain, versioned object for the JSON export: `format` and `version`
 * identify it, suppressed values are `null`, and tables without meaningful totals carry
 * none. Holds exactly what the report holds: labels, protected numbers and notes.
 */
export function reportToJson(
  report: CommunityReport,
  legend = 'suppressed: hidden because the count is small, or to protect a small count elsewhere',
): CommunityReportJson {
  return {
    format: 'signpost-community-report',
    version: 1,
    period: { ...report.period },
    ...(report.clinic ? { clinic: { name: report.clinic.name } } : {}),
    rules: { ...report.rules },
    legend: { null: legend },
    notes: [...report.notes],
    sections: report.sections.map((section) => ({
      id: section.id,
      title: section.title,
      tables: section.tables.map((entry) => ({
        id: entry.id,
        title: entry.title,
        unit: entry.unit ?? null,
        rowHeader: entry.rowHeader,
        derived: entry.derived === true,
        columns: [...entry.table.cols],
        rows: entry.table.rows.map((label, i) => ({
          label,
          values: (entry.table.cells[i] ?? []).map(jsonValue),
          ...(entry.totals ? { total: jsonValue(entry.table.rowTotals[i]!) } : {}),
        })),
        ...(entry.totals ? { totals: { values: entry.table.colTotals.map(jsonValue), total: jsonValue(entry.table.grandTotal) } } : {}),
      })),
    })),
  };
}

export interface CsvOptions {
  /** Heading of the label column; "Category" unless given. */
  rowHeader?: string;
  /** Include the Total column and row (default true). */
  totals?: boolean;
  /** Include the Total column (default: as `totals`). */
  rowTotals?: boolean;
  /** The list separator (default a comma). */
  separator?: CsvSeparator;
  /** The words "Total" and "suppressed" in the report's language (English unless given). */
  total?: string;
  suppressed?: string;
}

/**
 * One protected table as CSV (through the one CSV writer, shared/export/csv.ts): a header
 * row "Category,<columns>,Total", a row per category and a Total row (the Total column is
 * left out with `rowTotals: false`). Suppressed values are written as the word "suppressed".
 */
export function reportTableToCsv(table: ProtectedTable, options: CsvOptions = {}): string {
  const totals = options.totals ?? true;
  const rowTotals = options.rowTotals ?? totals;
  const total = options.total ?? 'Total';
  const csvCell = (cell: ProtectedCell): CsvValue => (isPublished(cell) ? cell.value : (options.suppressed ?? 'suppressed'));
  const rows: CsvValue[][] = [[options.rowHeader ?? 'Category', ...table.cols, ...(rowTotals ? [total] : [])]];
  table.rows.forEach((label, i) => {
    rows.push([label, ...(table.cells[i] ?? []).map(csvCell), ...(rowTotals ? [csvCell(table.rowTotals[i]!)] : [])]);
  });
  if (totals) rows.push([total, ...table.colTotals.map(csvCell), ...(rowTotals ? [csvCell(table.grandTotal)] : [])]);
  return toCsv(rows, options.separator);
}

/**
 * Whether a table shows a Total column: only when it has totals and more than one column
 * (in a one-column table each row's total would repeat the row).
 */
export function showsRowTotals(entry: ReportTable): boolean {
  return entry.totals && entry.table.cols.length > 1;
}

/** A table with nothing to show: no rows or columns, or only published zeros. */
export function isEmptyTable(entry: ReportTable): boolean {
  const { table } = entry;
  if (table.rows.length === 0 || table.cols.length === 0) return true;
  return table.cells.every((row) => row.every((cell) => isPublished(cell) && cell.value === 0));
}

/** A report table as CSV, with its own row heading and totals setting ("Total" and "suppressed" in `words`). */
export function reportEntryToCsv(entry: ReportTable, words: { total: string; suppressed: string } = { total: 'Total', suppressed: 'suppressed' }): string {
  return reportTableToCsv(entry.table, { rowHeader: entry.rowHeader, totals: entry.totals, rowTotals: showsRowTotals(entry), ...words });
}
