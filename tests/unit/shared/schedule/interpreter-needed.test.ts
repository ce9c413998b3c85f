import { describe, expect, it } from 'vitest';
import { needsInterpreterNow } from '../../../../shared/schedule/interpreter-needed';

const morning = { date: '2026-06-10', endTime: '13:00' };
const duringIt = { date: '2026-06-10', time: '10:30' };
const asked = { interpreterLanguage: 'fas', status: 'booked' } as const;

describe('an interpreter is still needed', () => {
  it('for someone booked, arrived or called while their session is on', () => {
    for (const status of ['booked', 'arrived', 'called'] as const) expect(needsInterpreterNow({ ...asked, status }, morning, duringIt)).toBe(true);
  });

  it('not once they were seen, missed it, left or cancelled', () => {
    for (const status of ['seen', 'did-not-attend', 'left-without-being-seen', 'cancelled'] as const) {
      expect(needsInterpreterNow({ ...asked, status }, morning, duringIt)).toBe(false);
    }
  });

  it('not once the session has ended, that afternoon or any later day', () => {
    expect(needsInterpreterNow(asked, morning, { date: '2026-06-10', time: '12:59' })).toBe(true);
    expect(needsInterpreterNow(asked, morning, { date: '2026-06-10', time: '13:00' })).toBe(false);
    expect(needsInterpreterNow(asked, morning, { date: '2026-06-11', time: '09:00' })).toBe(false);
  });

  it('not when none was asked for', () => {
    expect(needsInterpreterNow({ status: 'booked' }, morning, duringIt)).toBe(false);
  });

  it('when the session is not known (a damaged record): the need is shown, not hidden', () => {
    expect(needsInterpreterNow(asked, undefined, duringIt)).toBe(true);
  });
});
