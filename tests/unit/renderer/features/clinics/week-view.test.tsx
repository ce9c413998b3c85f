// @vitest-environment jsdom
/**
 * The week's calendar says how many came to a drop-in: seen or waiting while it runs, and
 * once it is over only those seen (nobody is waiting at a session that has ended).
 */
import { cleanup, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { WeekView } from '../../../../../renderer/features/clinics/calendar/WeekView';
import { addDays, weekdayOf } from '../../../../../shared/schedule/dates';
import type { LocalNow } from '../../../../../shared/schedule/local-now';
import type { AppointmentStatus } from '../../../../../shared/schemas';
import { demoForum } from '../../../../fixtures/forum';
import { message, renderInLanguage, resetLanguage } from '../../../support/i18n';

afterEach(async () => {
  cleanup();
  await resetLanguage();
});

const forum = demoForum();
const dropIn = forum.clinics.find((c) => c.kind === 'drop-in')!;
const session = forum.sessions.find((s) => s.clinicId === dropIn.id && s.status !== 'cancelled')!;
const template = forum.appointments[0]!;
const walkIn = (id: string, status: AppointmentStatus) => ({ ...template, id, sessionId: session.id, clinicId: dropIn.id, date: session.date, status });
// Two seen, one still marked waiting, one who left without being seen.
const appointments = [walkIn('w-1', 'seen'), walkIn('w-2', 'seen'), walkIn('w-3', 'arrived'), walkIn('w-4', 'left-without-being-seen')];

async function tileAt(now: LocalNow, language: 'en-GB' | 'pl' = 'en-GB'): Promise<string> {
  await renderInLanguage(
    <MemoryRouter>
      <WeekView weekStart={addDays(session.date, -weekdayOf(session.date))} now={now} sessions={[session]} appointments={appointments} clinics={new Map([[dropIn.id, dropIn]])} />
    </MemoryRouter>,
    language,
  );
  const text = screen.getAllByRole('link')[0]!.textContent ?? '';
  cleanup();
  return text;
}

describe('a drop-in on the week calendar', () => {
  it('counts those seen or waiting while it runs, and only those seen once it is over', async () => {
    expect(await tileAt({ date: session.date, time: session.startTime })).toContain('3 seen or waiting');
    expect(await tileAt({ date: session.date, time: session.endTime })).toContain('2 seen');
    expect(await tileAt({ date: session.date, time: session.endTime })).not.toContain('waiting');
    expect(await tileAt({ date: addDays(session.date, 1), time: '09:00' })).toContain('2 seen');
    expect(await tileAt({ date: addDays(session.date, 1), time: '09:00' }, 'pl')).toContain(message('clinics:week.seen', { count: 2 }, 'pl'));
  });
});
