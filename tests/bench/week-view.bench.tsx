/**
 * Rendering the week view of the busiest clinic's busiest week on the `large` forum, into
 * a DOM (jsdom), 30 times: median and 95th percentile (target under 200 ms). Reference:
 * the same view of an empty week, rendered in the same run.
 */
import { JSDOM } from 'jsdom';
import { generateForum } from '../../shared/demo/generate';
import { addDays, weekdayOf } from '../../shared/schedule/dates';
import { ms, percentile, time } from './measure';

const dom = new JSDOM('<!doctype html><div id="root"></div>', { url: 'http://127.0.0.1/' });
Object.assign(globalThis, { window: dom.window, document: dom.window.document, navigator: dom.window.navigator });

const { flushSync } = await import('react-dom');
const { createRoot } = await import('react-dom/client');
const { MemoryRouter } = await import('react-router');
const { WeekView } = await import('../../renderer/features/clinics/calendar/WeekView');

const forum = generateForum({ seed: 1, scale: 'large' });
const clinics = new Map(forum.clinics.map((c) => [c.id, c]));

// The clinic and week with the most appointments.
const perWeek = new Map<string, number>();
for (const a of forum.appointments) {
  const key = `${a.clinicId} ${addDays(a.date, -weekdayOf(a.date))}`;
  perWeek.set(key, (perWeek.get(key) ?? 0) + 1);
}
const [busiest, count] = [...perWeek.entries()].sort((a, b) => b[1] - a[1])[0]!;
const [clinicId, weekStart] = busiest.split(' ') as [string, string];
const weekEnd = addDays(weekStart, 6);
const sessions = forum.sessions.filter((s) => s.clinicId === clinicId && s.date >= weekStart && s.date <= weekEnd);
const appointments = forum.appointments.filter((a) => a.clinicId === clinicId && a.date >= weekStart && a.date <= weekEnd);

function renderTimes(view: React.ReactElement, runs: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    samples.push(time(() => flushSync(() => root.render(<MemoryRouter>{view}</MemoryRouter>))).ms);
    root.unmount();
    container.remove();
  }
  return samples;
}

const busy = renderTimes(<WeekView weekStart={weekStart} now={{ date: weekStart, time: '09:00' }} sessions={sessions} appointments={appointments} clinics={clinics} />, 30);
const empty = renderTimes(<WeekView weekStart={weekStart} now={{ date: weekStart, time: '09:00' }} sessions={[]} appointments={[]} clinics={clinics} />, 30);

console.log(`busiest week: ${clinics.get(clinicId)?.name} from ${weekStart}: ${sessions.length} sessions, ${count} appointments`);
console.log(`week view render: median ${ms(percentile(busy, 50))}, 95th ${ms(percentile(busy, 95))} (target under 200 ms)`);
console.log(`empty week (reference): median ${ms(percentile(empty, 50))}, 95th ${ms(percentile(empty, 95))}`);
console.log(`ratio of medians, busiest ÷ empty: ${(percentile(busy, 50) / percentile(empty, 50)).toFixed(2)}×`);
