/**
 * How long filling a month's rota takes for the large forum (300 volunteers), and how
 * many places it fills. The month after "today" (December 2026) is treated as empty:
 * every shift in it loses its volunteer, the open positions come from `openSlots`, and
 * `fillRota` fills them. Reference in the same run: a naive greedy that gives each
 * position to the first volunteer with no problem at all, so the ratio shows what the
 * fairness, most-constrained ordering, augmenting paths and exact finish cost.
 */
import { DEFAULT_TODAY, generateForum } from '../../shared/demo/generate';
import { openSlots, type OpenPosition } from '../../shared/rota/needs';
import { checkAssignment, type AssignedShiftLike } from '../../shared/rota/rules';
import { fillRotaDetailed, type ExistingShift, type Proposal } from '../../shared/rota/solver';
import { addMonths } from '../../shared/schedule/dates';
import type { Volunteer } from '../../shared/schemas';
import { ms, percentile, time } from './measure';

const forum = generateForum({ seed: 1, scale: 'large', today: DEFAULT_TODAY });
const month = addMonths(DEFAULT_TODAY, 1).slice(0, 7);
const inMonth = (date: string): boolean => date.slice(0, 7) === month;

const sessions = forum.sessions.filter((s) => inMonth(s.date));
const sessionIds = new Set(sessions.map((s) => s.id));
const appointments = forum.appointments.filter((a) => sessionIds.has(a.sessionId));
const monthShifts = forum.shifts.filter((s) => inMonth(s.date)).map(({ volunteerId: _dropped, ...shift }) => shift);
// Shifts around the month (November, January) stay assigned: they clash and count.
const assigned: ExistingShift[] = forum.shifts.filter((s) => s.volunteerId && !inMonth(s.date) && s.date >= addMonths(`${month}-01`, -1) && s.date < addMonths(`${month}-01`, 2));

const slots = time(() => openSlots(sessions, forum.clinics, appointments, monthShifts));
const positions = slots.result;

/** First volunteer with no problem, given existing shifts and earlier picks. */
function naiveGreedy(volunteers: readonly Volunteer[], open: readonly OpenPosition[], existing: readonly ExistingShift[]): Proposal[] {
  const theirs = new Map<string, AssignedShiftLike[]>();
  for (const s of existing) if (s.volunteerId) theirs.set(s.volunteerId, [...(theirs.get(s.volunteerId) ?? []), s]);
  const proposals: Proposal[] = [];
  open.forEach((position, i) => {
    for (const volunteer of volunteers) {
      const shifts = theirs.get(volunteer.id) ?? [];
      if (checkAssignment(volunteer, position, { shiftsOfVolunteer: shifts }).length > 0) continue;
      proposals.push({ position, volunteerId: volunteer.id });
      theirs.set(volunteer.id, [...shifts, { id: `naive-${i}`, date: position.date, startTime: position.startTime, endTime: position.endTime, role: position.role, clinicId: position.clinicId }]);
      break;
    }
  });
  return proposals;
}

const input = { volunteers: forum.volunteers, positions, assigned };
const RUNS = 15;
const solverTimes: number[] = [];
const naiveTimes: number[] = [];
let result = fillRotaDetailed(input);
let naive: Proposal[] = [];
for (let run = 0; run < RUNS; run += 1) {
  const s = time(() => fillRotaDetailed(input));
  solverTimes.push(s.ms);
  result = s.result;
  const n = time(() => naiveGreedy(forum.volunteers, positions, assigned));
  naiveTimes.push(n.ms);
  naive = n.result;
}

/** Shifts per volunteer used: how evenly the month is spread. */
function spread(proposals: readonly Proposal[]): string {
  const counts = new Map<string, number>();
  for (const p of proposals) counts.set(p.volunteerId, (counts.get(p.volunteerId) ?? 0) + 1);
  const values = [...counts.values()];
  return `${counts.size} volunteers, ${Math.min(...values)}–${Math.max(...values)} shifts each (median ${percentile(values, 50)})`;
}

const { stats } = result;
const solverMs = percentile(solverTimes, 50);
const naiveMs = percentile(naiveTimes, 50);
console.log(`month ${month}: ${sessions.length} sessions, ${forum.volunteers.length} volunteers, ${assigned.length} shifts assigned around it`);
console.log(`openSlots: ${positions.length} positions (${positions.filter((p) => p.shiftId).length} existing shifts, ${positions.filter((p) => !p.shiftId).length} new) in ${ms(slots.ms)}`);
console.log(`fillRota : filled ${stats.filled}, unfilled ${stats.positions - stats.filled} (nobody eligible for ${stats.positions - stats.fillable}) in ${ms(solverMs)} (median of ${RUNS}, max ${ms(Math.max(...solverTimes))})`);
console.log(`           upper bound ${stats.upperBound}, proved maximum: ${stats.provedMaximum ? 'yes' : 'no'}; greedy ${stats.afterGreedy} → augmenting ${stats.afterAugmenting} → top-up ${stats.afterTopUp} → exact search on ${stats.exactComponents} component(s)`);
console.log(`           ${stats.eligiblePairs.toLocaleString('en-GB')} eligible volunteer–position pairs; ${spread(result.proposals)}`);
console.log(`naive    : filled ${naive.length}, unfilled ${positions.length - naive.length} in ${ms(naiveMs)} (reference); ${spread(naive)}`);
console.log(`time, fillRota ÷ naive greedy: ${(solverMs / naiveMs).toFixed(2)}×`);

// Scaling: four months (September–December) filled as one rota, everything in them open.
const first = addMonths(`${month}-01`, -3);
const inSpan = (date: string): boolean => date >= first && date.slice(0, 7) <= month;
const spanSessions = forum.sessions.filter((s) => inSpan(s.date));
const spanIds = new Set(spanSessions.map((s) => s.id));
const spanPositions = openSlots(
  spanSessions,
  forum.clinics,
  forum.appointments.filter((a) => spanIds.has(a.sessionId)),
  forum.shifts.filter((s) => inSpan(s.date)).map(({ volunteerId: _dropped, ...shift }) => shift),
);
const spanAssigned = forum.shifts.filter((s) => s.volunteerId && !inSpan(s.date) && s.date >= addMonths(first, -1) && s.date < addMonths(`${month}-01`, 2));
const span = time(() => fillRotaDetailed({ volunteers: forum.volunteers, positions: spanPositions, assigned: spanAssigned }));
const spanNaive = time(() => naiveGreedy(forum.volunteers, spanPositions, spanAssigned));
console.log(
  `4 months : ${spanPositions.length} positions, filled ${span.result.stats.filled} (upper bound ${span.result.stats.upperBound}, proved: ${span.result.stats.provedMaximum ? 'yes' : 'no'}) in ${ms(span.ms)}; naive ${spanNaive.result.length} in ${ms(spanNaive.ms)}`,
);

// Scarcity: the same month with only every fourth volunteer, so places compete and the
// augmenting paths have work to do.
const few = forum.volunteers.filter((_, i) => i % 4 === 0);
const scarce = time(() => fillRotaDetailed({ volunteers: few, positions, assigned }));
const scarceNaive = time(() => naiveGreedy(few, positions, assigned));
const s2 = scarce.result.stats;
console.log(
  `scarce   : ${few.length} volunteers, filled ${s2.filled} of ${s2.positions} (upper bound ${s2.upperBound}, proved: ${s2.provedMaximum ? 'yes' : 'no'}; greedy ${s2.afterGreedy} → augmenting ${s2.afterAugmenting} → top-up ${s2.afterTopUp}) in ${ms(scarce.ms)}; naive ${scarceNaive.result.length} in ${ms(scarceNaive.ms)}`,
);
