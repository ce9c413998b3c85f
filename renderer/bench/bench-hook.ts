/**
 * Only in the benchmark's own build (`vite build --mode bench`, made by
 * `npm run bench:browser`): the production build never contains this module (main.tsx
 * imports it behind a mode check that Vite resolves at build time). It lets the
 * benchmark put the generator's large forum into the browser through the app's own write
 * path (the demo loader: one transaction, every record as the app stores it, so sealed
 * once encryption at rest lands) and time the client search index on its own.
 */
import { generateForum } from '../../shared/demo/generate';
import type { DatasetScale } from '../../shared/demo/dataset';
import { buildClientDirectory, readableName } from '../data/client-directory';
import { clients, loadDemoData } from '../data';
import { db } from '../db/instance';

export interface SignpostBench {
  /** Stores the generated forum at this scale, with `today` as the forum's today; returns counts per table. */
  seedForum(scale: DatasetScale, today: string): Promise<Record<string, number>>;
  /** Milliseconds each query takes in the client search index alone (built first, not timed). */
  timeIndexQueries(queries: readonly string[]): Promise<number[]>;
  /** The first word of `count` clients' readable names, spread through the list: what the benchmark types. */
  sampleNames(count: number): Promise<string[]>;
  /** Deletes the report's sealed facts: the next report works every one out from the records (the cold figure). */
  dropReportFacts(): Promise<void>;
  /** Writes one appointment of the month again as it is stored: that month's facts go stale, as after any booking. */
  touchMonth(month: string): Promise<boolean>;
}

declare global {
  interface Window {
    signpostBench?: SignpostBench;
  }
}

const SEED = 1;

window.signpostBench = {
  seedForum: (scale, today) => loadDemoData((options) => generateForum({ ...options, seed: SEED, scale }), today),
  async timeIndexQueries(queries) {
    const directory = buildClientDirectory(await clients.list());
    directory.search('warm up');
    return queries.map((query) => {
      const started = performance.now();
      directory.search(query);
      return performance.now() - started;
    });
  },
  async sampleNames(count) {
    const all = await clients.list();
    const step = Math.max(1, Math.floor(all.length / count));
    return all
      .filter((_, i) => i % step === 0)
      .slice(0, count)
      .map((client) => readableName(client).split(' ')[0]!);
  },
  async dropReportFacts() {
    await db().reportFacts.clear();
  },
  async touchMonth(month) {
    // In a transaction of its own, as every command writes (the audit trail's entry goes with it).
    const database = db();
    return database.transaction('rw', database.appointments, async () => {
      const appointment = await database.appointments.where('date').between(`${month}-01`, `${month}-31`, true, true).first();
      if (appointment) await database.appointments.put(appointment);
      return appointment !== undefined;
    });
  },
};
