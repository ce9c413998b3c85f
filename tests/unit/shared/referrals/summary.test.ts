import { describe, expect, it } from 'vitest';
import { formatShortDate, referralSummary, type SummaryClient } from '../../../../shared/referrals/summary';
import { languageName } from '../../../../shared/codes/languages';
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

describe('formatShortDate', () => {
  it('writes dates as people do', () => {
    expect(formatShortDate('2026-03-03')).toBe('3 Mar 2026');
    expect(formatShortDate('2025-12-25')).toBe('25 Dec 2025');
    expect(formatShortDate('not a date')).toBe('not a date');
  });
});

describe('referralSummary', () => {
  it('shows only the shared fields, with the service, date and consent', () => {
    expect(referralSummary(referral(), client, service, DEFAULT_ISSUE_CATEGORIES, languageName, forum)).toEqual({
      from: { name: 'Govanhill Migrant Forum', contact: [] },
      to: { name: 'Shelter Scotland housing advice', contact: [] },
      clientRef: 'C-00042',
      serviceName: 'Shelter Scotland housing advice',
      date: '5 Mar 2026',
      lines: [
        { field: 'name', label: 'Name', value: 'سارا احمدی', alternate: 'Sara Ahmadi' },
        { field: 'languages', label: 'Languages', value: 'Dari, English' },
        { field: 'interpreter', label: 'Interpreter', value: 'Needed: Dari' },
        { field: 'area', label: 'Area', value: 'G42' },
        { field: 'reason', label: 'Reason for referral', value: 'Housing and homelessness' },
        { field: 'details', label: 'Details', value: 'Notice to quit received; needs help before 20 March.' },
      ],
      consentLine: 'Consent to share recorded on 3 Mar 2026 by Fatima',
    });
  });

  it('never lets an unshared field into the output', () => {
    const summary = referralSummary(referral(), client, service, DEFAULT_ISSUE_CATEGORIES, languageName, forum);
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
      languageName,
      forum,
    );
    expect(summary.lines).toEqual([{ field: 'phone', label: 'Phone', value: '07700 900123' }]);
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
      languageName,
      forum,
    );
    expect(summary.lines.map((l) => [l.field, l.value])).toEqual([
      ['name', 'سارا احمدی'],
      ['reason', 'Housing and homelessness'],
    ]);
  });

  it('says when no interpreter is needed, and names a retired or unknown reason', () => {
    const summary = referralSummary(
      referral({ sharedFields: ['interpreter', 'reason'], reasonCategory: 'gone', details: undefined }),
      { ...client, interpreterNeeded: false },
      service,
      DEFAULT_ISSUE_CATEGORIES,
      languageName,
      forum,
    );
    expect(summary.lines.map((l) => l.value)).toEqual(['Not needed', 'Unknown category']);
  });

  it('shows the override reason when sent without recorded consent', () => {
    const noConsent = { ...client, consents: { storage: client.consents.storage } };
    const sent = referralSummary(
      referral({ consentOverrideReason: '  Urgent: risk of street homelessness tonight ' }),
      noConsent,
      service,
      DEFAULT_ISSUE_CATEGORIES,
      languageName,
      forum,
    );
    expect(sent.consentLine).toBe('Sent without recorded consent: Urgent: risk of street homelessness tonight');
    expect(referralSummary(referral(), noConsent, service, DEFAULT_ISSUE_CATEGORIES, languageName, forum).consentLine).toBe(
      'No consent to share recorded',
    );
  });

  it('carries the forum’s and the service’s contact details, the referrer and the client’s reference', () => {
    const summary = referralSummary(
      referral({ referredBy: ' Fatima Hassan ' }),
      client,
      { name: 'Shelter Scotland housing advice', organisation: 'Shelter Scotland', address: '4th floor, 123 Hope Street, Glasgow', phone: '0808 800 4444', email: 'advice@shelter.example' },
      DEFAULT_ISSUE_CATEGORIES,
      languageName,
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
