import { describe, expect, it } from 'vitest';
import { daySheetRows, initialsOf } from '../../../../shared/frontdesk/day-sheet';
import type { Appointment } from '../../../../shared/schemas';

const at = '2026-11-24T09:00:00.000Z';
const appointment = (id: string, clientId: string, slotTime: string, extra: Partial<Appointment> = {}): Appointment => ({
  id,
  clientId,
  sessionId: 's1',
  clinicId: 'k1',
  date: '2026-11-24',
  kind: 'booked',
  slotTime,
  status: 'booked',
  createdAt: at,
  updatedAt: at,
  ...extra,
});
const clients = new Map([
  ['a', { name: 'أميرة حداد', nameLatin: 'Amira Haddad', ref: 'C-00001' }],
  ['b', { name: 'Piotr Nowak', ref: 'C-00002' }],
]);
const languageName = (code: string) => ({ ara: 'Arabic' })[code] ?? code;

describe('the day sheet', () => {
  it('lists people by slot, without cancelled bookings', () => {
    const rows = daySheetRows(
      [appointment('2', 'b', '10:30', { purpose: 'Housing letter' }), appointment('1', 'a', '10:00', { interpreterLanguage: 'ara' }), appointment('3', 'b', '11:00', { status: 'cancelled' })],
      clients,
      { initialsOnly: false, languageName },
    );
    expect(rows).toEqual([
      { time: '10:00', who: 'أميرة حداد (Amira Haddad)', ref: 'C-00001', interpreter: 'Arabic', status: 'booked' },
      { time: '10:30', who: 'Piotr Nowak', ref: 'C-00002', purpose: 'Housing letter', status: 'booked' },
    ]);
  });

  it('with the privacy option shows initials only and leaves out the purpose', () => {
    const rows = daySheetRows([appointment('2', 'b', '10:30', { purpose: 'Housing letter' })], clients, { initialsOnly: true, languageName });
    expect(rows[0]).toEqual({ time: '10:30', who: 'P. N.', ref: 'C-00002', status: 'booked' });
    expect(JSON.stringify(rows)).not.toContain('Piotr');
  });

  it('initials work for any script', () => {
    expect(initialsOf('Łukasz  Wiśniewski')).toBe('Ł. W.');
    expect(initialsOf('أميرة حداد')).toBe('أ. ح.');
  });
});
