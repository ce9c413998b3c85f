/** Small builders for rota tests: a clean volunteer and position unless told otherwise. */
import type { Volunteer } from '../../../../shared/schemas';
import type { OpenPosition } from '../../../../shared/rota/needs';
import type { AssignedShiftLike } from '../../../../shared/rota/rules';

const at = '2026-01-01T09:00:00.000Z';

export function volunteer(overrides: Partial<Volunteer> = {}): Volunteer {
  return {
    id: 'v1',
    createdAt: at,
    updatedAt: at,
    name: 'Amina Yusuf',
    roles: ['receptionist', 'adviser', 'interpreter', 'job-club-helper'],
    languages: [{ code: 'eng', level: 'native' }, { code: 'ara', level: 'fluent' }],
    checks: [
      { kind: 'safeguarding', date: '2025-01-10', expires: '2028-01-10' },
      { kind: 'pvg-dbs', date: '2025-01-10', expires: '2028-01-10' },
    ],
    availability: [0, 1, 2, 3, 4].map((weekday) => ({ weekday, from: '09:00', to: '17:00' })),
    away: [],
    active: true,
    ...overrides,
  };
}

/** Wednesday 2 December 2026, 14:00–16:00, an adviser at the benefits clinic. */
export function position(overrides: Partial<OpenPosition> = {}): OpenPosition {
  return {
    sessionId: 's1',
    clinicId: 'c-benefits',
    date: '2026-12-02',
    startTime: '14:00',
    endTime: '16:00',
    role: 'adviser',
    ...overrides,
  };
}

export function shift(overrides: Partial<AssignedShiftLike> & { volunteerId?: string } = {}): AssignedShiftLike & { volunteerId?: string } {
  return { id: 'sh1', date: '2026-12-02', startTime: '10:00', endTime: '13:00', role: 'receptionist', clinicId: 'c-drop-in', ...overrides };
}
