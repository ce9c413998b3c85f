import { describe, expect, it } from 'vitest';
import { openSlots, positionsStillAhead, shiftNeeds, type AppointmentLike, type ClinicLike, type SessionLike, type ShiftLike } from '../../../../shared/rota/needs';

const dropIn: ClinicLike = {
  id: 'c-drop-in',
  roles: [
    { role: 'receptionist', count: 1 },
    { role: 'adviser', count: 2 },
    { role: 'interpreter', count: 1, language: 'ara' },
  ],
};
const session: SessionLike = { id: 's1', clinicId: 'c-drop-in', date: '2026-12-02', startTime: '10:00', endTime: '13:00', status: 'scheduled' };
const booking = (interpreterLanguage: string | undefined, status: AppointmentLike['status'] = 'booked', sessionId = 's1'): AppointmentLike => ({
  sessionId,
  status,
  ...(interpreterLanguage ? { interpreterLanguage } : {}),
});
let shiftCount = 0;
const shift = (role: string, extra: Partial<ShiftLike> = {}): ShiftLike => ({
  id: `sh${(shiftCount += 1)}`,
  sessionId: 's1',
  clinicId: 'c-drop-in',
  date: '2026-12-02',
  startTime: '10:00',
  endTime: '13:00',
  role,
  ...extra,
});

describe('shiftNeeds', () => {
  it('is the clinic’s roles when nobody asked for an interpreter', () => {
    expect(shiftNeeds(session, dropIn, [booking(undefined)])).toEqual([
      { role: 'receptionist', count: 1 },
      { role: 'adviser', count: 2 },
      { role: 'interpreter', language: 'ara', count: 1 },
    ]);
  });

  it('adds one interpreter per other language asked for by clients still expected', () => {
    const appointments = [
      booking('pol'),
      booking('pol', 'arrived'),
      booking('tir', 'called'),
      booking('ara'), // already covered by the clinic's Arabic interpreter
      booking('fas', 'seen'),
      booking('kur', 'cancelled'),
      booking('prs', 'did-not-attend'),
      booking('som', 'booked', 'another-session'),
    ];
    expect(shiftNeeds(session, dropIn, appointments)).toEqual([
      { role: 'receptionist', count: 1 },
      { role: 'adviser', count: 2 },
      { role: 'interpreter', language: 'ara', count: 1 },
      { role: 'interpreter', language: 'pol', count: 1 },
      { role: 'interpreter', language: 'tir', count: 1 },
    ]);
  });

  it('does not let an interpreter need without a language cover a request', () => {
    const clinic: ClinicLike = { id: 'c', roles: [{ role: 'interpreter', count: 1 }] };
    expect(shiftNeeds(session, clinic, [booking('ara')])).toEqual([
      { role: 'interpreter', count: 1 },
      { role: 'interpreter', language: 'ara', count: 1 },
    ]);
  });
});

describe('openSlots', () => {
  it('opens every place of a session nobody has staffed yet', () => {
    const open = openSlots([session], [dropIn], [booking('pol')], []);
    expect(open.map((p) => [p.role, p.language ?? '', p.shiftId ?? ''])).toEqual([
      ['receptionist', '', ''],
      ['adviser', '', ''],
      ['adviser', '', ''],
      ['interpreter', 'ara', ''],
      ['interpreter', 'pol', ''],
    ]);
    expect(open[0]).toEqual({ sessionId: 's1', clinicId: 'c-drop-in', date: '2026-12-02', startTime: '10:00', endTime: '13:00', role: 'receptionist' });
  });

  it('takes off places held by a volunteer, and offers unassigned shifts as they are', () => {
    const shifts = [
      shift('adviser', { id: 'held', volunteerId: 'v1' }),
      shift('adviser', { id: 'empty-adviser' }),
      shift('interpreter', { id: 'arabic', language: 'ara', volunteerId: 'v2' }),
      shift('receptionist', { id: 'other-session', sessionId: 's2' }),
    ];
    const open = openSlots([session], [dropIn], [], shifts);
    expect(open.map((p) => [p.role, p.language ?? '', p.shiftId ?? ''])).toEqual([
      ['receptionist', '', ''],
      ['adviser', '', 'empty-adviser'],
    ]);
  });

  it('keeps extra unassigned shifts the coordinator made, even beyond the need or for unlisted roles', () => {
    const shifts = [shift('receptionist', { id: 'r1' }), shift('receptionist', { id: 'r2' }), shift('job-club-helper', { id: 'j1', startTime: '11:00' })];
    const open = openSlots([session], [{ id: 'c-drop-in', roles: [{ role: 'receptionist', count: 1 }] }], [], shifts);
    expect(open.map((p) => [p.role, p.shiftId, p.startTime])).toEqual([
      ['receptionist', 'r1', '10:00'],
      ['receptionist', 'r2', '10:00'],
      ['job-club-helper', 'j1', '11:00'],
    ]);
  });

  it('opens nothing when every place is held, and adds up a role listed twice', () => {
    const clinic: ClinicLike = { id: 'c-drop-in', roles: [{ role: 'adviser', count: 1 }, { role: 'adviser', count: 1 }] };
    expect(openSlots([session], [clinic], [], [shift('adviser', { volunteerId: 'a' })]).map((p) => p.role)).toEqual(['adviser']);
    expect(openSlots([session], [clinic], [], [shift('adviser', { volunteerId: 'a' }), shift('adviser', { volunteerId: 'b' })])).toEqual([]);
  });

  it('skips cancelled sessions and sessions of unknown clinics', () => {
    expect(openSlots([{ ...session, status: 'cancelled' }], [dropIn], [], [])).toEqual([]);
    expect(openSlots([{ ...session, clinicId: 'gone' }], [dropIn], [], [])).toEqual([]);
  });
});

describe('positionsStillAhead', () => {
  const afternoon: SessionLike = { ...session, id: 's2', startTime: '14:00', endTime: '17:00' };
  const positions = openSlots([session, afternoon], [{ id: 'c-drop-in', roles: [{ role: 'adviser', count: 1 }] }], [], []);

  it('drops the shifts that ended earlier today and keeps this afternoon’s', () => {
    expect(positionsStillAhead(positions, { date: '2026-12-02', time: '13:30' }).map((p) => p.sessionId)).toEqual(['s2']);
  });

  it('keeps a shift under way, and has none left at night', () => {
    expect(positionsStillAhead(positions, { date: '2026-12-02', time: '12:59' })).toHaveLength(2);
    expect(positionsStillAhead(positions, { date: '2026-12-02', time: '23:50' })).toEqual([]);
    expect(positionsStillAhead(positions, { date: '2026-12-01', time: '23:50' })).toHaveLength(2);
  });
});
