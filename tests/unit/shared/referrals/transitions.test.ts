import { describe, expect, it } from 'vitest';
import {
  NO_CONSENT_MESSAGE,
  REFERRAL_STATUS_LABELS,
  REFERRAL_TRANSITIONS,
  ReferralError,
  SHORT_OVERRIDE_MESSAGE,
  canMove,
  consentGate,
  moveReferral,
  overdueReferrals,
  sendReferral,
} from '../../../../shared/referrals/transitions';
import {
  REFERRAL_STATUSES,
  type Client,
  type Referral,
} from '../../../../shared/schemas';

const T0 = '2026-03-03T10:00:00.000Z';
const T1 = '2026-03-04T11:30:00.000Z';
const T2 = '2026-03-20T09:15:00.000Z';

function referral(overrides: Partial<Referral> = {}): Referral {
  return {
    id: 'r1',
    createdAt: T0,
    updatedAt: T0,
    clientId: 'c1',
    serviceId: 's1',
    reasonCategory: 'housing',
    sharedFields: ['name', 'phone'],
    date: '2026-03-03',
    status: 'draft',
    history: [],
    ...overrides,
  };
}

const consenting: Pick<Client, 'consents'> = {
  consents: {
    storage: { given: true, date: '2026-03-03', recordedBy: 'Fatima' },
    sharing: { given: true, date: '2026-03-03', recordedBy: 'Fatima' },
  },
};
const notAsked: Pick<Client, 'consents'> = { consents: { storage: consenting.consents.storage } };
const refused: Pick<Client, 'consents'> = {
  consents: { ...consenting.consents, sharing: { given: false, date: '2026-03-03', recordedBy: 'Fatima' } },
};

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ReferralError);
    return (error as Error).message;
  }
  throw new Error('expected a ReferralError');
}

describe('labels and the transition table', () => {
  it('names every status in English for refusals no screen has worded', () => {
    expect(Object.keys(REFERRAL_STATUS_LABELS).sort()).toEqual([...REFERRAL_STATUSES].sort());
    expect(REFERRAL_STATUS_LABELS['no-contact']).toBe('No contact');
  });

  it('allows exactly the documented moves', () => {
    const allowed = REFERRAL_STATUSES.flatMap((from) => REFERRAL_STATUSES.filter((to) => canMove(from, to)).map((to) => `${from}>${to}`));
    expect(allowed).toEqual([
      'draft>sent',
      'sent>acknowledged',
      'sent>accepted',
      'sent>declined',
      'sent>no-contact',
      'acknowledged>accepted',
      'acknowledged>declined',
      'acknowledged>no-contact',
      'accepted>completed',
      'accepted>no-contact',
    ]);
    expect(REFERRAL_TRANSITIONS.completed).toEqual([]);
  });
});

describe('consentGate', () => {
  it('passes with recorded consent to share', () => {
    expect(consentGate(consenting, {})).toEqual({ ok: true, overridden: false });
  });

  it('needs a reason of at least 10 characters otherwise', () => {
    expect(consentGate(notAsked, {})).toEqual({ ok: false, problem: 'no-consent', message: NO_CONSENT_MESSAGE });
    expect(consentGate(notAsked, { consentOverrideReason: '   ' })).toEqual({ ok: false, problem: 'no-consent', message: NO_CONSENT_MESSAGE });
    expect(consentGate(notAsked, { consentOverrideReason: ' urgent   ' })).toEqual({ ok: false, problem: 'short-override', message: SHORT_OVERRIDE_MESSAGE });
    expect(consentGate(refused, { consentOverrideReason: 'Risk to life: crisis team' })).toEqual({ ok: true, overridden: true });
    expect(consentGate(notAsked, { consentOverrideReason: '0123456789' })).toEqual({ ok: true, overridden: true });
  });

  it('explains in plain words', () => {
    expect(NO_CONSENT_MESSAGE).toBe(
      'This person has not agreed to their details being shared. Record their consent on their page, or give a reason to send it anyway.',
    );
  });
});

describe('moveReferral', () => {
  it('sends a draft with consent, recording the change', () => {
    const sent = moveReferral(referral(), 'sent', T1, undefined, consenting);
    expect(sent.status).toBe('sent');
    expect(sent.history).toEqual([{ status: 'sent', at: T1 }]);
    expect(sent.updatedAt).toBe(T1);
    expect(sendReferral(referral(), consenting, T1)).toEqual(sent);
  });

  it('refuses to send without consent or a reason, and without the client', () => {
    expect(errorOf(() => moveReferral(referral(), 'sent', T1, undefined, notAsked))).toBe(NO_CONSENT_MESSAGE);
    expect(errorOf(() => moveReferral(referral(), 'sent', T1))).toBe('Choose the person this referral is for before sending it');
    const overridden = sendReferral(referral({ consentOverrideReason: 'Urgent safeguarding referral' }), notAsked, T1);
    expect(overridden.status).toBe('sent');
  });

  it('needs a reason to decline or close with no contact, and keeps it', () => {
    const sent = referral({ status: 'sent', history: [{ status: 'sent', at: T0 }] });
    expect(errorOf(() => moveReferral(sent, 'declined', T1))).toBe('Choose why the referral was declined');
    expect(errorOf(() => moveReferral(sent, 'no-contact', T1))).toBe('Choose why there was no contact');
    const declined = moveReferral(sent, 'declined', T1, 'service-full');
    expect(declined.closeReason).toBe('service-full');
    expect(declined.history).toEqual([
      { status: 'sent', at: T0 },
      { status: 'declined', at: T1, reason: 'service-full' },
    ]);
    expect(sent.history).toHaveLength(1);
  });

  it('ignores a reason on a move that does not close', () => {
    const sent = referral({ status: 'sent' });
    const accepted = moveReferral(sent, 'accepted', T1, 'other');
    expect(accepted.closeReason).toBeUndefined();
    expect(accepted.history).toEqual([{ status: 'accepted', at: T1 }]);
  });

  it('walks the happy path to completed', () => {
    let r = sendReferral(referral(), consenting, T0);
    r = moveReferral(r, 'acknowledged', T1);
    r = moveReferral(r, 'accepted', T1);
    r = moveReferral(r, 'completed', T2);
    expect(r.history.map((h) => h.status)).toEqual(['sent', 'acknowledged', 'accepted', 'completed']);
  });

  it('refuses moves that are not allowed', () => {
    expect(errorOf(() => moveReferral(referral(), 'accepted', T1))).toBe('A referral that is draft cannot be marked accepted');
    expect(errorOf(() => moveReferral(referral({ status: 'completed' }), 'sent', T1, undefined, consenting))).toBe(
      'This referral is already completed and cannot change',
    );
    expect(errorOf(() => moveReferral(referral({ status: 'accepted' }), 'declined', T1, 'not-eligible'))).toBe(
      'A referral that is accepted cannot be marked declined',
    );
  });
});

describe('overdueReferrals', () => {
  const list = [
    referral({ id: 'draft', status: 'draft', followUpDue: '2026-03-01' }),
    referral({ id: 'done', status: 'completed', followUpDue: '2026-03-01' }),
    referral({ id: 'declined', status: 'declined', followUpDue: '2026-03-01' }),
    referral({ id: 'sent', status: 'sent', followUpDue: '2026-03-05' }),
    referral({ id: 'ack', status: 'acknowledged', followUpDue: '2026-02-20' }),
    referral({ id: 'accepted', status: 'accepted', followUpDue: '2026-03-09' }),
    referral({ id: 'due-today', status: 'sent', followUpDue: '2026-03-10' }),
    referral({ id: 'no-date', status: 'sent' }),
  ];

  it('lists open referrals past their follow-up date, oldest first', () => {
    expect(overdueReferrals(list, '2026-03-10').map((o) => [o.referral.id, o.overdueDays])).toEqual([
      ['ack', 18],
      ['sent', 5],
      ['accepted', 1],
    ]);
  });
});
