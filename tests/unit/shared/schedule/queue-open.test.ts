import { describe, expect, it } from 'vitest';
import { isQueueOpen } from '../../../../shared/schedule/queue-open';

const morning = { date: '2026-06-10', endTime: '13:00' };

describe('a walk-in queue is open on its day until its session ends', () => {
  it('is open during the session, and a minute before its end', () => {
    expect(isQueueOpen(morning, { date: '2026-06-10', time: '09:00' })).toBe(true);
    expect(isQueueOpen(morning, { date: '2026-06-10', time: '12:59' })).toBe(true);
  });

  it('is closed from its end time, and the next day', () => {
    expect(isQueueOpen(morning, { date: '2026-06-10', time: '13:00' })).toBe(false);
    expect(isQueueOpen(morning, { date: '2026-06-10', time: '16:00' })).toBe(false);
    expect(isQueueOpen(morning, { date: '2026-06-11', time: '08:00' })).toBe(false);
  });

  it('is not open yet on an earlier day', () => {
    expect(isQueueOpen(morning, { date: '2026-06-09', time: '10:00' })).toBe(false);
  });

  it('is closed for a walk-in whose session is not known', () => {
    expect(isQueueOpen(undefined, { date: '2026-06-10', time: '10:00' })).toBe(false);
  });
});
