import { describe, expect, it } from 'vitest';
import { referralSummary, type SummaryClient } from '../../../../shared/referrals/summary';
import { DEFAULT_ISSUE_CATEGORIES, type Referral } from '../../../../shared/schemas';

const client: SummaryClient = {
  ref: 'C-00042',
  name: 'سارا احمدی',
  nameLatin: 'Sara Ahmadi',
  phone: '07700 900123',
  email: 'sara@example.org',
  languages: ['prs', 'eng'],
  interpreterNeeded: true,
  interpreterLanguage: 'prs',
  area: 'G42',
  consents: {
    storage: { given: true, date: '2026-03-03', recordedBy: 'Fatima' },
    sharing: { given: true, date: '2026-03-03', recordedBy: 'Fatima' },
  },
};

function referral(overrides: Partial<Referral> = {}): Referral {
  return {
    id: 'r1',
    createdAt: '2026-03-05T10:00:00.000Z',
    updatedAt: '2026-03-05T10:00:00.000Z',
    clientId: 'c1',
    serviceId: 's1',
    reasonCategory: 'housing',
    sharedFields: ['name', 'languages', 'interpreter', 'area', 'reason'],
    date: '2026-03-05',
    details: 'Notice to quit received; needs help before 20 March.',
    status: 'draft',
    history: [],
    ...overrides,
  };
}

const service = { name: 'Shelter Scotland housing advice' };
const forum = { forumName: 'Govanhill Migrant Forum' };

describe('referralSummary', () => {
  it('shows only the shared fields, with the service, date and consent', () => {
    expect(referralSummary(referral(), client, service, DEFAULT_ISSUE_CATEGORIES, forum)).toEqual({
      from: { name: 'Govanhill Migrant Forum', contact: [] },
      to: { name: 'Shelter Scotland housing advice', contact: [] },
      clientRef: 'C-00042',
      serviceName: 'Shelter Scotland housing advice',
      date: '2026-03-05',
      lines: [
        { field: 'name', value: 'سارا احمدی', alternate: 'Sara Ahmadi' },
        { field: 'languages', languages: ['prs', 'eng'] },
        { field: 'interpreter', needed: true, language: 'prs' },
        { field: 'area', value: 'G42' },
        { field: 'reason', value: 'Housing and homelessness' },
        { field: 'details', value: 'Notice to quit received; needs help before 20 March.' },
      ],
      consent: { kind: 'recorded', date: '2026-03-03', recordedBy: 'Fatima' },
    });
  });

  it('shares nothing of a restricted client, whatever was agreed, and says so', () => {
    const restricted = { ...client, restriction: { since: '2026-03-04', reason: 'person-asked' as const, recordedBy: 'Fatima' } };
    const summary = referralSummary(referral(), restricted, service, DEFAULT_ISSUE_CATEGORIES, forum);
    expect(summary.lines).toEqual([]);
    expect(summary.restricted).toBe(true);
    expect(JSON.stringify(summary)).not.toMatch(/سارا|Sara|G42|prs|Notice to quit|Housing/);
  });

  it('never lets an unshared field into the output', () => {
    const summary = referralSummary(referral(), client, service, DEFAULT_ISSUE_CATEGORIES, forum);
    const printed = JSON.stringify(summary);
    expect(printed).not.toContain('07700');
    expect(printed).not.toContain('sara@example.org');
  });

  it('leaves out the name and the details when they are not shared', () => {
    const summary = referralSummary(
      referral({ sharedFields: ['phone'] }),
      client,
      service,
      DEFAULT_ISSUE_CATEGORIES,
      forum,
    );
    expect(summary.lines).toEqual([{ field: 'phone', value: '07700 900123' }]);
    const printed = JSON.stringify(summary);
    expect(printed).not.toContain('Sara');
    expect(printed).not.toContain('Notice to quit');
    expect(printed).not.toContain('G42');
  });

  it('keeps a fixed order whatever the order of sharedFields, and skips empty values', () => {
    const summary = referralSummary(
      referral({ sharedFields: ['reason', 'email', 'name', 'name'], details: undefined }),
      { ...client, email: undefined, nameLatin: undefined },
      service,
      DEFAULT_ISSUE_CATEGORIES,
      forum,
    );
    expect(summary.lines.map((l) => [l.field, 'value' in l ? l.value : undefined])).toEqual([
      ['name', 'سارا احمدی'],
      ['reason', 'Housing and homelessness'],
    ]);
  });

  it('says when no interpreter is needed, leaves out an empty list of languages, and names a retired or unknown reason', () => {
    const summary = referralSummary(
      referral({ sharedFields: ['languages', 'interpreter', 'reason'], reasonCategory: 'gone', details: undefined }),
      { ...client, interpreterNeeded: false, languages: [] },
      service,
      DEFAULT_ISSUE_CATEGORIES,
      forum,
    );
    expect(summary.lines).toEqual([
      { field: 'interpreter', needed: false },
      { field: 'reason', value: 'Unknown category' },
    ]);
  });

  it('shows the override reason when sent without recorded consent', () => {
    const noConsent = { ...client, consents: { storage: client.consents.storage } };
    const sent = referralSummary(
      referral({ consentOverrideReason: '  Urgent: risk of street homelessness tonight ' }),
      noConsent,
      service,
      DEFAULT_ISSUE_CATEGORIES,
      forum,
    );
    expect(sent.consent).toEqual({ kind: 'override', reason: 'Urgent: risk of street homelessness tonight' });
    expect(referralSummary(referral(), noConsent, service, DEFAULT_ISSUE_CATEGORIES, forum).consent).toEqual({ kind: 'none' });
  });

  it('carries the forum’s and the service’s contact details, the referrer and the client’s reference', () => {
    const summary = referralSummary(
      referral({ referredBy: ' Fatima Hassan ' }),
      client,
      { name: 'Shelter Scotland housing advice', organisation: 'Shelter Scotland', address: '4th floor, 123 Hope Street, Glasgow', phone: '0808 800 4444', email: 'advice@shelter.example' },
      DEFAULT_ISSUE_CATEGORIES,
      { forumName: 'Govanhill Migrant Forum', forumAddress: '79 Coplaw Street, Glasgow G42 7JG', forumPhone: '0141 000 1111', forumEmail: 'hello@forum.example' },
    );
    expect(summary.from).toEqual({ name: 'Govanhill Migrant Forum', contact: ['79 Coplaw Street, Glasgow G42 7JG', '0141 000 1111', 'hello@forum.example'] });
    expect(summary.to).toEqual({
      name: 'Shelter Scotland housing advice',
      contact: ['Shelter Scotland', '4th floor, 123 Hope Street, Glasgow', '0808 800 4444', 'advice@shelter.example'],
    });
    expect(summary.referredBy).toBe('Fatima Hassan');
    expect(summary.clientRef).toBe('C-00042');
  });
});
