// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import {
  applyServicesImport,
  changeReferralStatus,
  clients,
  CommandRefusedError,
  createReferral,
  logAdvice,
  openFollowUpsPage,
  services,
  setFollowUpDone,
  ValidationError,
  volunteers,
} from '../../../../renderer/data';
import type { SignpostDatabase } from '../../../../renderer/db/database';
import { planImport } from '../../../../shared/services/hsds-import';
import { freshDatabase, validClient } from './fresh-database';

const TODAY = '2026-11-24';
let database: SignpostDatabase;
beforeEach(() => {
  database = freshDatabase();
});

const advice = (clientId: string, adviserName: string, extra: object = {}) => ({
  clientId,
  date: TODAY,
  adviserName,
  categories: ['immigration'],
  outcome: 'advice-given' as const,
  minutes: 30,
  ...extra,
});

describe('logging advice', () => {
  it('refuses immigration advice from an adviser without a current accreditation, and writes nothing', async () => {
    const client = await clients.create(validClient());
    await volunteers.create({ name: 'Jon Reid', roles: ['adviser'], checks: [{ kind: 'immigration-accreditation', date: '2020-01-01', expires: '2021-01-01' }] });
    const refusal = await logAdvice(advice(client.id, 'Jon Reid'), TODAY).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ValidationError);
    expect((refusal as ValidationError).problems[0]?.path).toBe('categories');
    await expect(logAdvice(advice(client.id, 'Someone Typed'), TODAY)).rejects.toThrow(ValidationError);
    expect(await database.adviceEntries.count()).toBe(0);
  });

  it('accepts it from an accredited adviser (linking their record), and signposting from anyone', async () => {
    const client = await clients.create(validClient());
    const aisha = await volunteers.create({ name: 'Aisha Bello', roles: ['adviser'], checks: [{ kind: 'immigration-accreditation', date: '2025-01-01' }] });
    const entry = await logAdvice(advice(client.id, ' aisha bello '), TODAY);
    expect(entry).toMatchObject({ adviserId: aisha.id, adviserName: 'Aisha Bello' });
    await logAdvice(advice(client.id, 'Someone Typed', { outcome: 'signposted' }), TODAY);
    expect(await database.adviceEntries.count()).toBe(2);
  });

  it('lists follow-ups not yet done, and clears one when it is done', async () => {
    const client = await clients.create(validClient());
    const entry = await logAdvice(advice(client.id, 'Fatima', { categories: ['housing'], followUpDate: '2026-11-20' }), TODAY);
    await logAdvice(advice(client.id, 'Fatima', { categories: ['housing'] }), TODAY);
    const window = { from: '', to: '2026-12-31' };
    expect((await openFollowUpsPage(window, 0, 50)).rows.map((e) => e.id)).toEqual([entry.id]);
    await setFollowUpDone(entry.id, true);
    expect(await openFollowUpsPage(window, 0, 50)).toEqual({ rows: [], total: 0, offset: 0 });
  });
});

describe('referrals', () => {
  async function setUp(sharing: boolean) {
    const client = await clients.create({
      ...validClient(),
      consents: { storage: { given: true, date: TODAY, recordedBy: 'Claire' }, ...(sharing ? { sharing: { given: true, date: TODAY, recordedBy: 'Claire' } } : {}) },
    });
    const service = await services.create({ name: 'Law centre' });
    return { client, service, input: { clientId: client.id, serviceId: service.id, reasonCategory: 'housing', date: TODAY, sharedFields: ['name' as const] } };
  }

  it('sends with consent; without it refuses unless an override reason is given', async () => {
    const withConsent = await setUp(true);
    expect((await createReferral(withConsent.input, true)).status).toBe('sent');

    const without = await setUp(false);
    await expect(createReferral(without.input, true)).rejects.toThrow(CommandRefusedError);
    expect(await database.referrals.count()).toBe(1);
    const overridden = await createReferral({ ...without.input, consentOverrideReason: 'Urgent: eviction tonight' }, true);
    expect(overridden).toMatchObject({ status: 'sent', consentOverrideReason: 'Urgent: eviction tonight' });
  });

  it('moves along allowed states only, and declining needs a reason', async () => {
    const { input } = await setUp(true);
    const draft = await createReferral(input, false);
    await expect(changeReferralStatus(draft.id, 'accepted')).rejects.toThrow(CommandRefusedError);
    await changeReferralStatus(draft.id, 'sent');
    await expect(changeReferralStatus(draft.id, 'declined')).rejects.toThrow(CommandRefusedError);
    const declined = await changeReferralStatus(draft.id, 'declined', { reason: 'service-full', outcome: 'Try again in January' });
    expect(declined).toMatchObject({ status: 'declined', closeReason: 'service-full', outcome: 'Try again in January' });
    expect(declined.history.map((h) => h.status)).toEqual(['draft', 'sent', 'declined']);
  });
});

describe('importing a directory', () => {
  it('creates, then on re-import updates by HSDS id, in one go with an audit entry', async () => {
    const first = planImport({ services: [{ hsdsId: 'svc-1', input: { name: 'Food bank' } }] }, await services.list());
    expect(await applyServicesImport(first, 'hsds-json')).toEqual({ created: 1, updated: 0 });
    const second = planImport({ services: [{ hsdsId: 'svc-1', input: { name: 'Southside Food Bank' } }] }, await services.list());
    expect(await applyServicesImport(second, 'hsds-json')).toEqual({ created: 0, updated: 1 });
    expect((await services.list()).map((s) => s.name)).toEqual(['Southside Food Bank']);
    expect(await database.auditLog.count()).toBe(2);
  });
});
