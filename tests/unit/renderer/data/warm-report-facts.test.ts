// @vitest-environment node
/**
 * The warm-up after sign-in: only a role that may build the report starts the report's
 * worker for it (and the worker checks the role again); it warms the year the Reports
 * screen offers first; locking ends the worker at once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { warmReportFacts } from '../../../../renderer/data';
import { provideReportKeys } from '../../../../renderer/data/report-input/report-in-worker';
import type { WarmFactsMessage } from '../../../../renderer/data/report-input/report-worker-protocol';
import { dropKeys, forumKey } from '../../../../renderer/security/key-ring';
import { setSignedInUser } from '../../../../renderer/security/session';
import type { Role } from '../../../../shared/security/roles';
import { freshDatabase } from './fresh-database';

class FakeWorker {
  static made: FakeWorker[] = [];
  posted: unknown[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  addEventListener(): void {}
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
}

beforeEach(() => {
  freshDatabase();
  FakeWorker.made = [];
  (globalThis as { Worker?: unknown }).Worker = FakeWorker;
  provideReportKeys(() => ({ forumKey: forumKey() }));
});
afterEach(() => {
  delete (globalThis as { Worker?: unknown }).Worker;
  setSignedInUser(null);
});

const as = (role: Role) => setSignedInUser({ userId: `user-${role}`, name: `A ${role}`, role });

describe('warming the report\'s facts after sign-in', () => {
  it('starts nothing for a role that may not build the report', () => {
    for (const role of ['frontDesk', 'adviser'] as Role[]) {
      as(role);
      warmReportFacts('2026-12');
    }
    expect(FakeWorker.made).toHaveLength(0);
  });

  it('warms the year to last month in the report\'s worker for the committee, and a lock ends it', () => {
    as('committee');
    warmReportFacts('2026-12');
    expect(FakeWorker.made).toHaveLength(1);
    const message = FakeWorker.made[0]!.posted[0] as WarmFactsMessage;
    expect(message).toMatchObject({ type: 'warm', period: { from: '2025-12', to: '2026-11' }, role: 'committee' });
    expect(FakeWorker.made[0]!.terminated).toBe(false);
    dropKeys();
    expect(FakeWorker.made[0]!.terminated).toBe(true);
  });

  it('starts nothing while locked', () => {
    as('committee');
    provideReportKeys(() => undefined);
    warmReportFacts('2026-12');
    expect(FakeWorker.made).toHaveLength(0);
  });
});
