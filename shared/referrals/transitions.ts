/**
 * The life of a referral: draft → sent → acknowledged → accepted → completed, with the
 * ways it can end early (declined, no contact). Sending is gated on the person's consent
 * to share their details. Pure: no clock, no storage; the caller passes `at` and `today`.
 *
 * Statuses and close reasons are codes; the screens word them from the referrals
 * catalogue. The English status names and messages here are what a refused command says when
 * no screen has worded it first (the data layer's refusal, logs and tests).
 */
import type { Client, Referral, ReferralCloseReason, ReferralStatus } from '../schemas';
import { daysBetween } from '../schedule/dates';

export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  draft: 'Draft',
  sent: 'Sent',
  acknowledged: 'Acknowledged',
  accepted: 'Accepted',
  declined: 'Declined',
  completed: 'Completed',
  'no-contact': 'No contact',
};

export const REFERRAL_TRANSITIONS: Record<ReferralStatus, readonly ReferralStatus[]> = {
  draft: ['sent'],
  sent: ['acknowledged', 'accepted', 'declined', 'no-contact'],
  acknowledged: ['accepted', 'declined', 'no-contact'],
  accepted: ['completed', 'no-contact'],
  declined: [],
  completed: [],
  'no-contact': [],
};

export const FINAL_REFERRAL_STATUSES: readonly ReferralStatus[] = ['declined', 'completed', 'no-contact'];

/** Sent but without an outcome yet: these are the ones to chase. */
export const OPEN_REFERRAL_STATUSES: readonly ReferralStatus[] = ['sent', 'acknowledged', 'accepted'];

/** Statuses that end a referral and need a reason. */
const REASON_NEEDED: Partial<Record<ReferralStatus, string>> = {
  declined: 'Choose why the referral was declined',
  'no-contact': 'Choose why there was no contact',
};

export const NO_CONSENT_MESSAGE =
  'This person has not agreed to their details being shared. Record their consent on their page, or give a reason to send it anyway.';
export const SHORT_OVERRIDE_MESSAGE =
  'Give a fuller reason for sending without consent (at least 10 characters), or record their consent on their page.';
export const MIN_OVERRIDE_REASON = 10;

export class ReferralError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReferralError';
  }
}

export function canMove(from: ReferralStatus, to: ReferralStatus): boolean {
  return REFERRAL_TRANSITIONS[from].includes(to);
}

/** Why sending is refused: no consent and no reason, or a reason too short to stand for one. */
export type ConsentProblem = 'no-consent' | 'short-override';

export type ConsentGateResult = { ok: true; overridden: boolean } | { ok: false; problem: ConsentProblem; message: string };

/** Recorded consent to share, or else a written reason (10+ characters) to send without it. */
export function consentGate(
  client: Pick<Client, 'consents'>,
  referral: Pick<Referral, 'consentOverrideReason'>,
): ConsentGateResult {
  if (client.consents.sharing?.given === true) return { ok: true, overridden: false };
  const reason = referral.consentOverrideReason?.trim() ?? '';
  if (reason.length >= MIN_OVERRIDE_REASON) return { ok: true, overridden: true };
  return reason === ''
    ? { ok: false, problem: 'no-consent', message: NO_CONSENT_MESSAGE }
    : { ok: false, problem: 'short-override', message: SHORT_OVERRIDE_MESSAGE };
}

/**
 * The referral moved to `to` at instant `at`, with the change added to its history.
 * Declined and no-contact need a close reason; sending needs the client, for the consent gate.
 */
export function moveReferral(
  referral: Referral,
  to: ReferralStatus,
  at: string,
  reason?: ReferralCloseReason,
  client?: Pick<Client, 'consents'>,
): Referral {
  const from = referral.status;
  if (!canMove(from, to)) {
    throw new ReferralError(
      FINAL_REFERRAL_STATUSES.includes(from)
        ? `This referral is already ${REFERRAL_STATUS_LABELS[from].toLowerCase()} and cannot change`
        : `A referral that is ${REFERRAL_STATUS_LABELS[from].toLowerCase()} cannot be marked ${REFERRAL_STATUS_LABELS[to].toLowerCase()}`,
    );
  }
  const reasonMessage = REASON_NEEDED[to];
  if (reasonMessage !== undefined && reason === undefined) throw new ReferralError(reasonMessage);
  if (to === 'sent') {
    if (client === undefined) throw new ReferralError('Choose the person this referral is for before sending it');
    const gate = consentGate(client, referral);
    if (!gate.ok) throw new ReferralError(gate.message);
  }
  const closing = reasonMessage !== undefined;
  const { closeReason: _previous, ...rest } = referral;
  return {
    ...rest,
    status: to,
    ...(closing ? { closeReason: reason } : {}),
    history: [...referral.history, { status: to, at, ...(closing ? { reason } : {}) }],
    updatedAt: at,
  };
}

/** Sending is a move to 'sent' through the consent gate. */
export function sendReferral(referral: Referral, client: Pick<Client, 'consents'>, at: string): Referral {
  return moveReferral(referral, 'sent', at, undefined, client);
}

export interface OverdueReferral {
  referral: Referral;
  /** Whole days since the follow-up was due (at least 1). */
  overdueDays: number;
}

/** Open referrals whose follow-up date has passed, oldest due first. */
export function overdueReferrals(referrals: readonly Referral[], today: string): OverdueReferral[] {
  return referrals
    .filter((r) => r.followUpDue !== undefined && r.followUpDue < today && OPEN_REFERRAL_STATUSES.includes(r.status))
    .map((referral) => ({ referral, overdueDays: daysBetween(referral.followUpDue ?? today, today) }))
    .sort(
      (a, b) =>
        b.overdueDays - a.overdueDays || a.referral.date.localeCompare(b.referral.date) || a.referral.id.localeCompare(b.referral.id),
    );
}
