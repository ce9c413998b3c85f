/**
 * Fills open rota positions with volunteers: as many as possible, never breaking a rule,
 * spreading shifts fairly. Pure and deterministic: the same input always gives the same
 * proposals (no randomness, every order is a stable sort with ids as the last key).
 *
 * ## What a proposal may be
 * Only *clean* assignments are proposed: `checkAssignment` would report no problem at all,
 * hard or soft, given the volunteer's existing shifts and the other proposals. So nobody
 * is proposed on a day they are away or outside their weekly availability, above their
 * monthly maximum (existing plus proposed shifts), on two overlapping shifts, or without
 * the role, language or checks. Overriding a soft problem stays a coordinator's decision.
 *
 * ## The algorithm
 * 1. Eligibility. For every position, the volunteers for whom `checkAssignment` reports no
 *    problem against their existing shifts of that month (cheap filters first: active,
 *    has the role). Everything after this only has to watch the two constraints that
 *    depend on other proposals: overlapping times and monthly maxima.
 * 2. A flow model. Per volunteer and date, the positions they could take are grouped into
 *    *blocks*: groups of positions whose times overlap (chains of overlaps included).
 *    A volunteer takes at most one position per block and at most (maximum − existing)
 *    per month. Positions → volunteer blocks → volunteer months is a bipartite matching
 *    with capacities, i.e. a maximum-flow problem.
 * 3. Greedy start: positions with the fewest eligible volunteers first; each goes to the
 *    preferred volunteer still free: for a language position the best level first (native,
 *    fluent, conversational); then the fewest shifts that month relative to their maximum
 *    (a volunteer without a maximum counts against a nominal 8); then the lower id.
 * 4. Augmenting paths (Ford–Fulkerson, Kuhn-style depth-first search on the residual
 *    graph): for each unfilled position, look for a chain of moves — take a volunteer's
 *    block by moving its holder elsewhere, or take a month place by moving another of that
 *    volunteer's positions that month elsewhere — ending at a free place. When none exists
 *    the flow is maximum (a failed search is not repeated until something changes).
 * 5. Top-up: where a block's times only chain (10–13 and 14–16 both overlapping 10–15),
 *    the block rule is stricter than the real one, so unfilled positions are offered to
 *    any volunteer truly free at that time with room in their month.
 * 6. Exact finish for small problems: positions split into independent components (two
 *    positions are connected when a volunteer is eligible for both). An upper bound comes
 *    from the same flow with each block allowed as many positions as can be taken from it
 *    without overlaps. A component below that bound with at most `exactComponentLimit`
 *    positions gets a branch-and-bound search (bounded by `exactNodeBudget` nodes).
 * 7. Fairness: a shift moves from a volunteer to another eligible, free one when the
 *    receiver would still be less loaded (relative to their maximum) than the giver was,
 *    and, for a language position, speaks it at least as well. The count never changes.
 *
 * ## The guarantee
 * - Every proposal is clean (see above), whatever the input.
 * - The number filled is the maximum possible whenever overlapping positions on a day all
 *   share a common time (the usual case: a session's places, or clinics that overlap at
 *   once): then the flow model is exact and step 4 proves maximality.
 * - It is also the maximum in every component the exact search finished, and whenever
 *   `upperBound` is reached (`provedMaximum`). Otherwise (chained overlaps in a component
 *   too large to search) it is within `upperBound − filled` of the maximum. The general
 *   problem — intervals, eligibility and capacities together — is NP-hard, so no fast
 *   method can promise more.
 * Cost: about O(E · U) for E eligible pairs and U unfilled positions in the worst case;
 * far less in practice (see tests/bench/rota-fill.bench.ts).
 */
import type { Shift } from '../schemas';
import { weekdayOf } from '../schedule/dates';
import type { OpenPosition } from './needs';
import { LANGUAGE_RANK, MIN_LANGUAGE_LEVEL, checkAssignment, timesOverlap, type AssignedShiftLike, type VolunteerLike } from './rules';

export interface Proposal {
  position: OpenPosition;
  volunteerId: string;
}

export type ExistingShift = AssignedShiftLike & Pick<Shift, 'volunteerId'>;

export interface FillInput {
  volunteers: readonly VolunteerLike[];
  positions: readonly OpenPosition[];
  /** Shifts already assigned (in and around the month): they count against maxima and clash. */
  assigned: readonly ExistingShift[];
}

export interface FillOptions {
  /** Largest component (in positions) that gets the exact search; 0 turns it off. */
  exactComponentLimit?: number;
  /** Search nodes allowed per component before the best found so far is kept. */
  exactNodeBudget?: number;
  /** Passes of the fairness step (0 turns it off). */
  fairnessPasses?: number;
}

export interface FillStats {
  positions: number;
  /** Positions at least one volunteer could take on their own. */
  fillable: number;
  filled: number;
  /** No rota can fill more than this. */
  upperBound: number;
  /** `filled` is proven to be the maximum possible. */
  provedMaximum: boolean;
  afterGreedy: number;
  afterAugmenting: number;
  afterTopUp: number;
  exactComponents: number;
  /** Volunteer–position pairs without any problem. */
  eligiblePairs: number;
}

export interface FillResult {
  proposals: Proposal[];
  stats: FillStats;
}

/** A volunteer without a stated maximum is weighed as if it were this many a month. */
export const NOMINAL_MONTHLY_SHIFTS = 8;
const DEFAULTS: Required<FillOptions> = { exactComponentLimit: 24, exactNodeBudget: 200_000, fairnessPasses: 4 };

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const monthOf = (date: string): string => date.slice(0, 7);

/** Proposals for as many positions as possible; see the module comment. */
export function fillRota(input: FillInput, options: FillOptions = {}): Proposal[] {
  return fillRotaDetailed(input, options).proposals;
}

export function fillRotaDetailed(input: FillInput, options: FillOptions = {}): FillResult {
  const settings = { ...DEFAULTS, ...options };
  const positions = input.positions;
  const nP = positions.length;

  // Volunteers by id (first of any duplicate), so index order is id order.
  const volunteers: VolunteerLike[] = [];
  {
    const seen = new Set<string>();
    for (const v of [...input.volunteers].sort((a, b) => compare(a.id, b.id))) {
      if (seen.has(v.id)) continue;
      seen.add(v.id);
      volunteers.push(v);
    }
  }
  const volunteerIndex = new Map(volunteers.map((v, i) => [v.id, i]));

  // Canonical order of positions: by time, then identity, then input order.
  const canonical = Array.from({ length: nP }, (_, i) => i).sort((i, j) => {
    const a = positions[i]!;
    const b = positions[j]!;
    return (
      compare(a.date, b.date) || compare(a.startTime, b.startTime) || compare(a.endTime, b.endTime) ||
      compare(a.sessionId, b.sessionId) || compare(a.role, b.role) || compare(a.language ?? '', b.language ?? '') ||
      compare(a.shiftId ?? '', b.shiftId ?? '') || i - j
    );
  });
  const rank = new Int32Array(nP);
  canonical.forEach((p, r) => (rank[p] = r));

  // Existing shifts per volunteer and month.
  const existing = new Map<string, ExistingShift[]>();
  const existingOf: Array<Map<string, ExistingShift[]>> = volunteers.map(() => new Map());
  // A position that *is* an existing shift being refilled does not count against itself.
  const refilled = new Set(positions.flatMap((p) => (p.shiftId === undefined ? [] : [p.shiftId])));
  for (const shift of input.assigned) {
    const vi = shift.volunteerId === undefined ? undefined : volunteerIndex.get(shift.volunteerId);
    if (vi === undefined || refilled.has(shift.id)) continue;
    const month = monthOf(shift.date);
    const key = `${shift.volunteerId}|${month}`;
    const list = existing.get(key);
    if (list) list.push(shift);
    else {
      const created = [shift];
      existing.set(key, created);
      existingOf[vi]!.set(month, created);
    }
  }
  // Active volunteers by role, in id order: the only ones worth asking about a position.
  // Also the weekdays each is ever free: without a window that day the rules say no.
  const freeDays = volunteers.map((v) => new Set(v.availability.map((w) => w.weekday)));
  const byRole = new Map<string, number[]>();
  volunteers.forEach((v, vi) => {
    if (!v.active) return;
    for (const role of new Set(v.roles)) {
      const list = byRole.get(role);
      if (list) list.push(vi);
      else byRole.set(role, [vi]);
    }
  });

  // Month nodes: one per volunteer and month that some position could use.
  const monthIds = new Map<string, number>();
  const monthCap: number[] = [];
  const monthExisting: number[] = [];
  const monthVolunteer: number[] = [];
  const monthNode = (vi: number, month: string): number => {
    const v = volunteers[vi]!;
    const key = `${v.id}|${month}`;
    let id = monthIds.get(key);
    if (id === undefined) {
      id = monthCap.length;
      monthIds.set(key, id);
      const already = existing.get(key)?.length ?? 0;
      monthExisting.push(already);
      monthCap.push(v.maxShiftsPerMonth === undefined ? Number.POSITIVE_INFINITY : Math.max(0, v.maxShiftsPerMonth - already));
      monthVolunteer.push(vi);
    }
    return id;
  };
  const base = volunteers.map((v) => (v.maxShiftsPerMonth === undefined ? NOMINAL_MONTHLY_SHIFTS : Math.max(1, v.maxShiftsPerMonth)));

  // 1. Eligibility; candidates in static preference order (language level, then id).
  const candV: number[][] = [];
  const candM: number[][] = [];
  const langRank: number[][] = [];
  let eligiblePairs = 0;
  for (let p = 0; p < nP; p += 1) {
    const position = positions[p]!;
    const month = monthOf(position.date);
    const found: Array<{ vi: number; level: number }> = [];
    const weekday = weekdayOf(position.date);
    for (const vi of byRole.get(position.role) ?? []) {
      if (!freeDays[vi]!.has(weekday)) continue;
      const v = volunteers[vi]!;
      let level = 0;
      if (position.language) {
        for (const l of v.languages) if (l.code === position.language) level = Math.max(level, LANGUAGE_RANK[l.level]);
        if (level < LANGUAGE_RANK[MIN_LANGUAGE_LEVEL]) continue; // the rules would say so too
      }
      const shiftsOfVolunteer = existingOf[vi]!.get(month) ?? [];
      if (checkAssignment(v, position, { shiftsOfVolunteer }).length > 0) continue;
      found.push({ vi, level });
    }
    found.sort((a, b) => b.level - a.level || a.vi - b.vi);
    eligiblePairs += found.length;
    candV.push(found.map((c) => c.vi));
    langRank.push(found.map((c) => c.level));
    candM.push(found.map((c) => monthNode(c.vi, month)));
  }

  // 2. Blocks: per volunteer and date, positions linked by overlapping times.
  const candB: number[][] = candV.map((list) => list.map(() => -1));
  const blockSize: number[] = [];
  const blockMembers: number[][] = [];
  {
    const dateIndex = new Map<string, number>();
    for (const position of positions) if (!dateIndex.has(position.date)) dateIndex.set(position.date, dateIndex.size);
    const byVolunteerDate = new Map<number, Array<{ p: number; k: number }>>();
    for (let p = 0; p < nP; p += 1) {
      const list = candV[p]!;
      const day = dateIndex.get(positions[p]!.date)!;
      for (let k = 0; k < list.length; k += 1) {
        const key = list[k]! * dateIndex.size + day;
        const entries = byVolunteerDate.get(key);
        if (entries) entries.push({ p, k });
        else byVolunteerDate.set(key, [{ p, k }]);
      }
    }
    for (const entries of byVolunteerDate.values()) {
      entries.sort((a, b) => compare(positions[a.p]!.startTime, positions[b.p]!.startTime) || rank[a.p]! - rank[b.p]!);
      let current: Array<{ p: number; k: number }> = [];
      let reach = '';
      const close = (): void => {
        if (current.length === 0) return;
        const id = blockSize.length;
        blockSize.push(current.length);
        blockMembers.push(current.map((e) => e.p));
        for (const e of current) candB[e.p]![e.k] = id;
        current = [];
      };
      for (const entry of entries) {
        const position = positions[entry.p]!;
        if (current.length > 0 && position.startTime >= reach) close();
        if (current.length === 0 || position.endTime > reach) reach = position.endTime;
        current.push(entry);
      }
      close();
    }
  }

  const hasCandidates = (p: number): boolean => candV[p]!.length > 0;
  const fillable = canonical.filter(hasCandidates).length;
  // Most constrained first: fewest candidates, then canonical order.
  const greedyOrder = canonical.filter(hasCandidates).sort((a, b) => candV[a]!.length - candV[b]!.length || rank[a]! - rank[b]!);

  /** Greedy then augmenting paths, with the given capacity per block. */
  const runFlow = (blockCap: (b: number) => number) => {
    const posK = new Int32Array(nP).fill(-1);
    const holders: number[][] = blockSize.map(() => []);
    const members: number[][] = monthCap.map(() => []);
    const move = (u: number, k: number): void => {
      const old = posK[u]!;
      if (old >= 0) {
        const h = holders[candB[u]![old]!]!;
        h.splice(h.indexOf(u), 1);
        const m = members[candM[u]![old]!]!;
        m.splice(m.indexOf(u), 1);
      }
      holders[candB[u]![k]!]!.push(u);
      members[candM[u]![k]!]!.push(u);
      posK[u] = k;
    };

    // 3. Greedy.
    for (const p of greedyOrder) {
      let best = -1;
      let bestLoad = 0;
      const cands = candV[p]!;
      for (let k = 0; k < cands.length; k += 1) {
        const b = candB[p]![k]!;
        const m = candM[p]![k]!;
        if (holders[b]!.length >= blockCap(b) || members[m]!.length >= monthCap[m]!) continue;
        const load = (monthExisting[m]! + members[m]!.length) / base[cands[k]!]!;
        // Candidates are sorted by level then id, so only a strictly lower load at the same level wins.
        if (best < 0 || (langRank[p]![k] === langRank[p]![best] && load < bestLoad)) {
          best = k;
          bestLoad = load;
        }
      }
      if (best >= 0) move(p, best);
    }
    const afterGreedy = countAssigned(posK);

    // 4. Augmenting paths.
    const visitedP = new Int32Array(nP);
    const visitedB = new Int32Array(blockSize.length);
    const visitedM = new Int32Array(monthCap.length);
    let epoch = 1;
    const augment = (u: number): boolean => {
      const cands = candV[u]!;
      for (let k = 0; k < cands.length; k += 1) {
        if (posK[u] === k) continue;
        const b = candB[u]![k]!;
        if (visitedB[b] === epoch) continue;
        visitedB[b] = epoch;
        const inBlock = holders[b]!;
        if (inBlock.length < blockCap(b)) {
          const m = candM[u]![k]!;
          if (members[m]!.length < monthCap[m]!) {
            move(u, k);
            return true;
          }
          if (visitedM[m] === epoch) continue;
          visitedM[m] = epoch;
          for (const q of [...members[m]!]) {
            if (visitedP[q] === epoch) continue;
            visitedP[q] = epoch;
            if (augment(q)) {
              move(u, k);
              return true;
            }
          }
        } else {
          for (const h of [...inBlock]) {
            if (visitedP[h] === epoch) continue;
            visitedP[h] = epoch;
            if (augment(h)) {
              move(u, k);
              return true;
            }
          }
        }
      }
      return false;
    };
    for (const p of greedyOrder) {
      if (posK[p]! >= 0) continue;
      visitedP[p] = epoch;
      if (augment(p)) epoch += 1;
    }
    return { posK, members, afterGreedy, afterAugmenting: countAssigned(posK) };
  };

  // The proposal: one position per block.
  const flow = runFlow(() => 1);
  // Upper bound, needed only where positions stay empty: blocks may then hold as many
  // positions as can be taken from them without overlap.
  let relaxedPosK: Int32Array | undefined;
  const relaxed = (): Int32Array => {
    if (!relaxedPosK) {
      const blockIndependent = blockMembers.map((list) => (list.length === 1 ? 1 : mostDisjoint(list.map((p) => positions[p]!))));
      relaxedPosK = runFlow((b) => blockIndependent[b]!).posK;
    }
    return relaxedPosK;
  };
  const posK = flow.posK;
  const members = flow.members;

  // From here on, feasibility is checked directly: month room and no overlapping times.
  const byVolunteerDate = new Map<string, number[]>();
  const dayKey = (vi: number, p: number): string => `${vi}|${positions[p]!.date}`;
  const place = (u: number, k: number): void => {
    const old = posK[u]!;
    if (old >= 0) {
      const m = members[candM[u]![old]!]!;
      m.splice(m.indexOf(u), 1);
      const day = byVolunteerDate.get(dayKey(candV[u]![old]!, u))!;
      day.splice(day.indexOf(u), 1);
    }
    if (k >= 0) {
      members[candM[u]![k]!]!.push(u);
      const key = dayKey(candV[u]![k]!, u);
      const day = byVolunteerDate.get(key);
      if (day) day.push(u);
      else byVolunteerDate.set(key, [u]);
    }
    posK[u] = k;
  };
  for (let p = 0; p < nP; p += 1) {
    const k = posK[p]!;
    if (k < 0) continue;
    const key = dayKey(candV[p]![k]!, p);
    const day = byVolunteerDate.get(key);
    if (day) day.push(p);
    else byVolunteerDate.set(key, [p]);
  }
  const freeFor = (u: number, k: number): boolean => {
    const m = candM[u]![k]!;
    const inMonth = members[m]!;
    if (inMonth.length - (posK[u] === k ? 1 : 0) >= monthCap[m]!) return false;
    const day = byVolunteerDate.get(dayKey(candV[u]![k]!, u));
    if (!day) return true;
    const position = positions[u]!;
    for (const q of day) if (q !== u && timesOverlap(positions[q]!, position)) return false;
    return true;
  };
  const loadOf = (m: number, vi: number, extra: number): number => (monthExisting[m]! + members[m]!.length + extra) / base[vi]!;

  // 5. Top-up.
  for (const p of greedyOrder) {
    if (posK[p]! >= 0) continue;
    let best = -1;
    let bestLoad = 0;
    for (let k = 0; k < candV[p]!.length; k += 1) {
      if (!freeFor(p, k)) continue;
      const load = loadOf(candM[p]![k]!, candV[p]![k]!, 0);
      if (best < 0 || (langRank[p]![k] === langRank[p]![best] && load < bestLoad)) {
        best = k;
        bestLoad = load;
      }
    }
    if (best >= 0) place(p, best);
  }
  const afterTopUp = countAssigned(posK);

  // 6. Exact search on small components still below their bound.
  let exactComponents = 0;
  let provenBound = 0;
  let allProven = true;
  {
    const parent = Array.from({ length: nP }, (_, i) => i);
    const find = (x: number): number => {
      while (parent[x] !== x) {
        parent[x] = parent[parent[x]!]!;
        x = parent[x]!;
      }
      return x;
    };
    const firstOf = new Map<number, number>();
    for (const p of canonical) {
      for (const vi of candV[p]!) {
        const other = firstOf.get(vi);
        if (other === undefined) firstOf.set(vi, p);
        else parent[find(p)] = find(other);
      }
    }
    const components = new Map<number, number[]>();
    for (const p of greedyOrder) {
      const root = find(p);
      const list = components.get(root);
      if (list) list.push(p);
      else components.set(root, [p]);
    }
    const roots = [...components.keys()].sort((a, b) => rank[a]! - rank[b]!);
    for (const root of roots) {
      const component = components.get(root)!;
      const filled = component.filter((p) => posK[p]! >= 0).length;
      if (filled === component.length) {
        provenBound += filled;
        continue;
      }
      const bound = component.filter((p) => relaxed()[p]! >= 0).length;
      if (filled >= bound) {
        provenBound += filled;
        continue;
      }
      if (component.length > settings.exactComponentLimit) {
        provenBound += bound;
        allProven = false;
        continue;
      }
      exactComponents += 1;
      const { better, complete } = searchComponent(component, filled, settings.exactNodeBudget);
      if (better) {
        for (const p of component) place(p, -1);
        component.forEach((p, i) => {
          if (better[i]! >= 0) place(p, better[i]!);
        });
      }
      const now = component.filter((p) => posK[p]! >= 0).length;
      if (complete) provenBound += now;
      else {
        provenBound += bound;
        allProven = false;
      }
    }
  }

  /** Branch and bound over one component; returns a strictly better assignment, if found. */
  function searchComponent(component: number[], incumbent: number, budget: number): { better: number[] | undefined; complete: boolean } {
    const order = component; // already most-constrained first
    const choice = new Int32Array(order.length).fill(-1);
    const saved = order.map((p) => posK[p]!);
    for (const p of order) place(p, -1);
    let best = incumbent;
    let bestChoice: number[] | undefined;
    let nodes = 0;
    const dfs = (i: number, filled: number): void => {
      nodes += 1;
      if (nodes > budget || filled + (order.length - i) <= best) return;
      if (i === order.length) {
        best = filled;
        bestChoice = Array.from(choice);
        return;
      }
      const p = order[i]!;
      for (let k = 0; k < candV[p]!.length; k += 1) {
        if (!freeFor(p, k)) continue;
        place(p, k);
        choice[i] = k;
        dfs(i + 1, filled + 1);
        place(p, -1);
        choice[i] = -1;
        if (nodes > budget) break;
      }
      dfs(i + 1, filled);
    };
    dfs(0, 0);
    for (const p of order) place(p, -1);
    order.forEach((p, i) => {
      if (saved[i]! >= 0) place(p, saved[i]!);
    });
    return { better: bestChoice, complete: nodes <= budget };
  }

  // 7. Fairness: move a shift to a less loaded volunteer who is free and as good a speaker.
  for (let pass = 0; pass < settings.fairnessPasses; pass += 1) {
    let moved = false;
    for (const p of canonical) {
      const current = posK[p]!;
      if (current < 0) continue;
      const giverLoad = loadOf(candM[p]![current]!, candV[p]![current]!, 0);
      let best = -1;
      let bestLoad = giverLoad;
      for (let k = 0; k < candV[p]!.length; k += 1) {
        if (k === current || langRank[p]![k]! < langRank[p]![current]!) continue;
        const load = loadOf(candM[p]![k]!, candV[p]![k]!, 1);
        if (load < bestLoad && freeFor(p, k)) {
          best = k;
          bestLoad = load;
        }
      }
      if (best >= 0) {
        place(p, best);
        moved = true;
      }
    }
    if (!moved) break;
  }

  const proposals: Proposal[] = [];
  for (let p = 0; p < nP; p += 1) {
    const k = posK[p]!;
    if (k >= 0) proposals.push({ position: positions[p]!, volunteerId: volunteers[candV[p]![k]!]!.id });
  }
  return {
    proposals,
    stats: {
      positions: nP,
      fillable,
      filled: proposals.length,
      upperBound: Math.max(provenBound, proposals.length),
      provedMaximum: allProven,
      afterGreedy: flow.afterGreedy,
      afterAugmenting: flow.afterAugmenting,
      afterTopUp,
      exactComponents,
      eligiblePairs,
    },
  };
}

function countAssigned(posK: Int32Array): number {
  let n = 0;
  for (const k of posK) if (k >= 0) n += 1;
  return n;
}

/** The most positions of a group that one person could take without overlaps (earliest end first). */
function mostDisjoint(group: ReadonlyArray<{ startTime: string; endTime: string }>): number {
  const sorted = [...group].sort((a, b) => compare(a.endTime, b.endTime) || compare(a.startTime, b.startTime));
  let count = 0;
  let free = '';
  for (const item of sorted) {
    if (item.startTime >= free) {
      count += 1;
      free = item.endTime;
    }
  }
  return count;
}
