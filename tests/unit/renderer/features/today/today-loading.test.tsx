// @vitest-environment jsdom
/**
 * Today is glanced at by a busy front desk: before the day's records are read it must say
 * it is loading, never "0 walk-ins waiting" or "Nobody is waiting" (a false answer), and
 * once they are read it shows the real figures. Someone left in the queue of a session
 * that has ended is not "waiting".
 */
import { cleanup, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Appointment, Session } from '../../../../../shared/schemas';
import { fixedClock, setClock } from '../../../../../renderer/platform/clock';
import { renderInLanguage, resetLanguage } from '../../../support/i18n';

const data = vi.hoisted(() => ({ loaded: false, appointments: [] as unknown[], sessions: [] as unknown[] }));

vi.mock('../../../../../renderer/data', () => ({
  useSessionsBetween: () => (data.loaded ? data.sessions : undefined),
  useAppointmentsOn: () => (data.loaded ? data.appointments : undefined),
  useClinics: () => (data.loaded ? [] : undefined),
  useClientNames: (ids: readonly string[]) => (data.loaded ? { names: new Map(ids.map((id) => [id, 'Hamid Rahimi'])), restricted: new Set<string>() } : undefined),
  useShiftsBetween: () => (data.loaded ? [] : undefined),
  useVolunteersWithIds: () => (data.loaded ? [] : undefined),
  useBackupStatus: () => ({ lastGood: undefined, hadData: false }),
  useDataMissing: () => false,
  forgetForumHadData: () => undefined,
}));

const { TodayScreen } = await import('../../../../../renderer/features/today/TodayScreen');

const walkIn: Appointment = {
  id: 'a1',
  clientId: 'c1',
  sessionId: 's1',
  clinicId: 'k1',
  date: '2026-06-10',
  kind: 'walk-in',
  status: 'arrived',
  arrivedAt: '2026-06-10T09:00:00.000Z',
  createdAt: '2026-06-10T09:00:00.000Z',
  updatedAt: '2026-06-10T09:00:00.000Z',
};

/** The morning drop-in the walk-in came to, 09:00 to 13:00. */
const dropIn: Session = {
  id: 's1',
  clinicId: 'k1',
  date: '2026-06-10',
  startTime: '09:00',
  endTime: '13:00',
  status: 'scheduled',
  createdAt: '2026-06-01T09:00:00.000Z',
  updatedAt: '2026-06-01T09:00:00.000Z',
};

let restoreClock = () => {};
const show = (language: 'en-GB' | 'ar' = 'en-GB') =>
  renderInLanguage(
    <MemoryRouter>
      <TodayScreen />
    </MemoryRouter>,
    language,
  );

beforeEach(() => {
  data.loaded = false;
  data.appointments = [];
  data.sessions = [dropIn];
  restoreClock = setClock(fixedClock('2026-06-10T10:30:00'));
});
afterEach(async () => {
  restoreClock();
  cleanup();
  await resetLanguage();
});

describe('Today while its records load', () => {
  it('says it is loading and shows no figures and no empty queue', async () => {
    await show();
    expect(screen.getByRole('status').textContent).toBe('Loading today’s sessions, bookings and queue…');
    expect(screen.queryByText('Nobody is waiting.')).toBeNull();
    expect(screen.queryByText(/walk-ins? waiting/)).toBeNull();
    expect(screen.queryByText('0')).toBeNull();
  });

  it('once loaded, counts with the right plural and lists who waits', async () => {
    data.loaded = true;
    data.appointments = [walkIn];
    await show();
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByText('walk-in waiting')).toBeTruthy();
    expect(screen.getByText('session today')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Waiting now' }).textContent).toContain('Hamid Rahimi');
  });

  it('in Arabic the figures and headings are Arabic', async () => {
    data.loaded = true;
    data.appointments = [walkIn];
    await show('ar');
    expect(screen.getByRole('heading', { level: 1, name: 'اليوم' })).toBeTruthy();
    expect(screen.getByText('منتظر دون موعد')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'قائمة الانتظار دون موعد' })).toBeTruthy();
  });

  it('after its session has ended, someone left in the queue is not counted as waiting', async () => {
    restoreClock();
    restoreClock = setClock(fixedClock('2026-06-10T16:00:00'));
    data.loaded = true;
    data.appointments = [walkIn];
    await show();
    expect(screen.getByText('walk-ins waiting').previousElementSibling?.textContent).toBe('0');
    const listed = screen.getByRole('list', { name: 'Waiting now' }).textContent;
    expect(listed).toContain('Hamid Rahimi');
    expect(listed).toContain('still in the queue: mark seen or left');
    expect(listed).not.toMatch(/waiting \d+ min/);
  });

  it('counts and lists an interpreter as needed while the session is on, and not once it has ended', async () => {
    data.loaded = true;
    data.appointments = [{ ...walkIn, interpreterLanguage: 'fas' }];
    await show();
    expect(screen.getByText('interpreter needed').previousElementSibling?.textContent).toBe('1');
    expect(screen.getByRole('list', { name: 'Interpreters needed' }).textContent).toContain('Hamid Rahimi');
    cleanup();
    restoreClock();
    restoreClock = setClock(fixedClock('2026-06-10T16:00:00'));
    await show();
    expect(screen.getByText('interpreters needed').previousElementSibling?.textContent).toBe('0');
    expect(screen.queryByRole('list', { name: 'Interpreters needed' })).toBeNull();
    expect(screen.getByText('No interpreter is needed for the rest of today.')).toBeTruthy();
  });

  it('while its session is on, the same person is waiting, with their minutes', async () => {
    data.loaded = true;
    data.appointments = [walkIn];
    await show();
    expect(screen.getByText('walk-in waiting').previousElementSibling?.textContent).toBe('1');
    expect(screen.getByRole('list', { name: 'Waiting now' }).textContent).toMatch(/Hamid Rahimi waiting \d+ min/);
  });
});
