/**
 * Rendering the month rota of the `large` forum (300 volunteers, every session of the
 * month with its places) into a DOM (jsdom), 20 times: median and 95th percentile.
 * Reference: the same table for a single week, rendered in the same run.
 */
import { JSDOM } from 'jsdom';
import { generateForum } from '../../shared/demo/generate';
import { openSlots } from '../../shared/rota/needs';
import { ms, percentile, time } from './measure';

const dom = new JSDOM('<!doctype html><div id="root"></div>', { url: 'http://127.0.0.1/' });
Object.assign(globalThis, { window: dom.window, document: dom.window.document, navigator: dom.window.navigator });

const { flushSync } = await import('react-dom');
const { createRoot } = await import('react-dom/client');
const { RotaTable } = await import('../../renderer/features/volunteers/rota/RotaTable');
const { rotaGrid } = await import('../../renderer/features/volunteers/rota/rota-grid');

const forum = generateForum({ seed: 1, scale: 'large' });
const ROLES = ['receptionist', 'adviser', 'interpreter', 'job-club-helper', 'coordinator'];
const names = new Map(forum.volunteers.map((v) => [v.id, v.name]));

function gridFor(from: string, to: string) {
  const sessions = forum.sessions.filter((s) => s.date >= from && s.date <= to && s.status === 'scheduled');
  const shifts = forum.shifts.filter((s) => s.date >= from && s.date <= to);
  const appointments = forum.appointments.filter((a) => a.date >= from && a.date <= to);
  const positions = openSlots(sessions, forum.clinics, appointments, shifts);
  return { grid: rotaGrid(sessions, forum.clinics, shifts, positions, ROLES), places: shifts.length + positions.length };
}

function renderTimes(grid: ReturnType<typeof gridFor>['grid'], runs: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    samples.push(time(() => flushSync(() => root.render(<RotaTable grid={grid} names={names} problems={new Map()} onOpen={() => undefined} onHeld={() => undefined} />))).ms);
    root.unmount();
    container.remove();
  }
  return samples;
}

const month = gridFor('2026-12-01', '2026-12-31');
const week = gridFor('2026-12-07', '2026-12-13');
const monthTimes = renderTimes(month.grid, 20);
const weekTimes = renderTimes(week.grid, 20);
console.log(`December 2026: ${month.grid.rows.length} sessions, ${month.places} places; a week: ${week.grid.rows.length} sessions`);
console.log(`month rota render: median ${ms(percentile(monthTimes, 50))}, 95th ${ms(percentile(monthTimes, 95))}`);
console.log(`one week (reference): median ${ms(percentile(weekTimes, 50))}, 95th ${ms(percentile(weekTimes, 95))}`);
console.log(`ratio of medians, month ÷ week: ${(percentile(monthTimes, 50) / percentile(weekTimes, 50)).toFixed(2)}×`);
