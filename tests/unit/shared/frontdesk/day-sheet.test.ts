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

describe('the day sheet', () => {
  it('lists people by slot, without cancelled bookings', () => {
    const rows = daySheetRows(
      [appointment('2', 'b', '10:30', { purpose: 'Housing letter' }), appointment('1', 'a', '10:00', { interpreterLanguage: 'ara' }), appointment('3', 'b', '11:00', { status: 'cancelled' })],
      clients,
      { initialsOnly: false },
    );
    expect(rows).toEqual([
      { time: '10:00', walkIn: false, name: 'أميرة حداد', nameLatin: 'Amira Haddad', ref: 'C-00001', interpreterLanguage: 'ara', status: 'booked' },
      { time: '10:30', walkIn: false, name: 'Piotr Nowak', ref: 'C-00002', purpose: 'Housing letter', status: 'booked' },
    ]);
  });

  it('keeps a restricted person’s row (they still have the appointment) with only time, reference and status', () => {
    const restricted = new Map([['r', { name: 'Saba Haile', nameLatin: 'Saba H.', ref: 'C-00009', restriction: { since: '2026-11-20', reason: 'person-asked' as const, recordedBy: 'Fatima' } }]]);
    for (const initialsOnly of [false, true]) {
      const rows = daySheetRows([appointment('9', 'r', '09:30', { purpose: 'Asylum support letter', interpreterLanguage: 'tir' })], restricted, { initialsOnly });
      expect(rows).toEqual([{ time: '09:30', walkIn: false, restricted: true, ref: 'C-00009', status: 'booked' }]);
      expect(JSON.stringify(rows)).not.toMatch(/Saba|S\. H\.|Asylum|tir/);
    }
  });

  it('with the privacy option shows initials only and leaves out the purpose', () => {
    const rows = daySheetRows([appointment('2', 'b', '10:30', { purpose: 'Housing letter' })], clients, { initialsOnly: true });
    expect(rows[0]).toEqual({ time: '10:30', walkIn: false, name: 'P. N.', ref: 'C-00002', status: 'booked' });
    expect(JSON.stringify(rows)).not.toContain('Piotr');
  });

  it('keeps a name and its Latin spelling apart, so each prints in its own direction; initials carry no Latin spelling', () => {
    const [full] = daySheetRows([appointment('1', 'a', '10:00')], clients, { initialsOnly: false });
    expect(full).toMatchObject({ name: 'أميرة حداد', nameLatin: 'Amira Haddad' });
    const [short] = daySheetRows([appointment('1', 'a', '10:00')], clients, { initialsOnly: true });
    expect(short).toMatchObject({ name: 'A. H.' });
    expect(short).not.toHaveProperty('nameLatin');
  });

  it('lists booked slots by time, then walk-ins in the order they arrived, with no words in the rows', () => {
    const walkIn = (id: string, arrivedAt: string) => appointment(id, 'b', '', { kind: 'walk-in', slotTime: undefined, arrivedAt, status: 'arrived' });
    const rows = daySheetRows([walkIn('w2', '2026-11-24T10:20:00.000Z'), appointment('1', 'a', '11:00'), walkIn('w1', '2026-11-24T10:05:00.000Z')], clients, { initialsOnly: false });
    expect(rows.map((r) => [r.time, r.walkIn])).toEqual([
      ['11:00', false],
      [undefined, true],
      [undefined, true],
    ]);
    expect(rows[2]).not.toHaveProperty('time');
  });

  it('initials work for any script', () => {
    expect(initialsOf('Łukasz  Wiśniewski')).toBe('Ł. W.');
    expect(initialsOf('أميرة حداد')).toBe('أ. ح.');
  });
});
