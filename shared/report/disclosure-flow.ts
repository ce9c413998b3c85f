/**
 * The exact reader: the most a reader can allow for each hidden value of a protected table,
 * and for the hidden values of each row or column together, using every published value,
 * total and the rounding at once.
 *
 * A table with its totals is a flow: the grand total flows from a source into the rows
 * (row totals), from each row into the columns (cells) and from the columns to a sink
 * (column totals), and back as the grand total. Every value is an arc with the range the
 * reader knows (`publishedRange`, or from 1 up when hidden). Hidden values of one line are
 * routed through an extra node, so their sum is the flow on one arc too. What the reader
 * can allow for a value is then the largest flow on its arc over all circulations that fit
 * every range: a feasible circulation, plus the largest flow that can go round a cycle
 * through that arc in what is left. Flow constraints are totally unimodular, so for whole
 * counts this is also the exact answer over whole numbers: no combination of rows and
 * columns can narrow it further.
 */
import type { DisclosureRules } from './disclosure';
import { publishedRange } from './disclosure-audit';

const INF = 1e15;

interface Arc {
  from: number;
  to: number;
  lo: number;
  hi: number;
}

class Network {
  readonly to: number[] = [];
  readonly cap: number[] = [];
  readonly head: number[][] = [];
  constructor(readonly size: number) {
    for (let i = 0; i < size; i += 1) this.head.push([]);
  }
  /** Adds an edge and its reverse; returns the forward edge's index (reverse is index ^ 1). */
  add(from: number, to: number, cap: number): number {
    const index = this.to.length;
    this.to.push(to, from);
    this.cap.push(cap, 0);
    this.head[from]!.push(index);
    this.head[to]!.push(index + 1);
    return index;
  }
  /** Largest flow from s to t (Edmonds–Karp), changing `cap` to the residual capacities. */
  maxFlow(s: number, t: number, cap: number[] = this.cap): number {
    let total = 0;
    const via = new Array<number>(this.size);
    for (;;) {
      via.fill(-1);
      const queue = [s];
      via[s] = -2;
      for (let q = 0; q < queue.length && via[t] === -1; q += 1) {
        const u = queue[q]!;
        for (const e of this.head[u]!) {
          const v = this.to[e]!;
          if (via[v] === -1 && cap[e]! > 1e-9) {
            via[v] = e;
            queue.push(v);
          }
        }
      }
      if (via[t] === -1) return total;
      let push = Infinity;
      for (let v = t; v !== s; v = this.to[via[v]! ^ 1]!) push = Math.min(push, cap[via[v]!]!);
      for (let v = t; v !== s; v = this.to[via[v]! ^ 1]!) {
        cap[via[v]!] = cap[via[v]!]! - push;
        cap[via[v]! ^ 1] = cap[via[v]! ^ 1]! + push;
      }
      total += push;
      if (total >= INF / 2) return Infinity;
    }
  }
}

/**
 * For a grid of published values (undefined where hidden) with totals in the last row and
 * column: the highest value a reader can allow for every hidden position, and for the
 * hidden members of every line (rows 0..nRows, then columns 0..nCols; undefined when the
 * line hides nothing).
 */
export function exactHighs(
  published: readonly (readonly (number | undefined)[])[],
  rules: DisclosureRules,
  whole: boolean,
): { cell: (number | undefined)[][]; line: (number | undefined)[] } {
  const nRows = published.length - 1;
  const nCols = (published[0]?.length ?? 1) - 1;
  const hidden = (r: number, c: number): boolean => published[r]![c] === undefined;
  const range = (r: number, c: number): { lo: number; hi: number } =>
    hidden(r, c) ? { lo: whole ? 1 : 0, hi: INF } : publishedRange(published[r]![c]!, rules, whole);

  // Nodes: source, sink, their hidden splits, then per row R and HR, per column C and HC.
  const S = 0;
  const T = 1;
  const HS = 2;
  const HT = 3;
  const R = (r: number): number => 4 + r;
  const HR = (r: number): number => 4 + nRows + r;
  const C = (c: number): number => 4 + 2 * nRows + c;
  const HC = (c: number): number => 4 + 2 * nRows + nCols + c;
  const nodes = 4 + 2 * nRows + 2 * nCols;

  const arcs: Arc[] = [];
  const arcOfCell: number[][] = published.map((row) => row.map(() => -1));
  const add = (from: number, to: number, lo: number, hi: number): number => arcs.push({ from, to, lo, hi }) - 1;
  for (let r = 0; r < nRows; r += 1) {
    for (let c = 0; c < nCols; c += 1) {
      const { lo, hi } = range(r, c);
      arcOfCell[r]![c] = hidden(r, c) ? add(HR(r), HC(c), lo, hi) : add(R(r), C(c), lo, hi);
    }
    const { lo, hi } = range(r, nCols);
    arcOfCell[r]![nCols] = hidden(r, nCols) ? add(HS, R(r), lo, hi) : add(S, R(r), lo, hi);
  }
  for (let c = 0; c < nCols; c += 1) {
    const { lo, hi } = range(nRows, c);
    arcOfCell[nRows]![c] = hidden(nRows, c) ? add(C(c), HT, lo, hi) : add(C(c), T, lo, hi);
  }
  const grand = range(nRows, nCols);
  arcOfCell[nRows]![nCols] = add(T, S, grand.lo, grand.hi);
  // The hidden members of each line pass through one arc: its flow is their sum.
  const lineArc: number[] = [];
  for (let r = 0; r < nRows; r += 1) lineArc.push(add(R(r), HR(r), 0, INF));
  lineArc.push(add(HT, T, 0, INF)); // the totals row: hidden column totals
  for (let c = 0; c < nCols; c += 1) lineArc.push(add(HC(c), C(c), 0, INF));
  lineArc.push(add(S, HS, 0, INF)); // the totals column: hidden row totals

  // A feasible circulation: lower bounds moved into supplies, met from a super source.
  const net = new Network(nodes + 2);
  const superSource = nodes;
  const superSink = nodes + 1;
  const edge = arcs.map((a) => net.add(a.from, a.to, a.hi - a.lo));
  const supply = new Array<number>(nodes).fill(0);
  for (const a of arcs) {
    supply[a.to] = supply[a.to]! + a.lo;
    supply[a.from] = supply[a.from]! - a.lo;
  }
  let needed = 0;
  for (let v = 0; v < nodes; v += 1) {
    if (supply[v]! > 0) {
      net.add(superSource, v, supply[v]!);
      needed += supply[v]!;
    } else if (supply[v]! < 0) net.add(v, superSink, -supply[v]!);
  }
  const met = net.maxFlow(superSource, superSink);
  if (met < needed - 1e-6) throw new Error('Disclosure check: the published table has no consistent reading');
  // Super edges carry nothing more from here on.
  for (let e = 2 * arcs.length; e < net.cap.length; e += 1) net.cap[e] = 0;

  /** The largest flow on one arc: its current flow plus the most that can circle back through it. */
  const highest = (arc: number): number => {
    const e = edge[arc]!;
    const a = arcs[arc]!;
    const flow = a.lo + net.cap[e ^ 1]!;
    const cap = [...net.cap];
    cap[e] = 0;
    cap[e ^ 1] = 0;
    const more = Math.min(net.cap[e]!, net.maxFlow(a.to, a.from, cap));
    const value = flow + more;
    return value >= INF / 2 ? Infinity : value;
  };

  const cell = published.map((row, r) => row.map((value, c) => (value === undefined ? highest(arcOfCell[r]![c]!) : undefined)));
  const lineHidden = (i: number): boolean => {
    if (i < nRows) return published[i]!.slice(0, nCols).some((v) => v === undefined);
    if (i === nRows) return published[nRows]!.slice(0, nCols).some((v) => v === undefined);
    const c = i - nRows - 1;
    if (c < nCols) return published.slice(0, nRows).some((row) => row[c] === undefined);
    return published.slice(0, nRows).some((row) => row[nCols] === undefined);
  };
  const line = lineArc.map((arc, i) => (lineHidden(i) ? highest(arc) : undefined));
  return { cell, line };
}
