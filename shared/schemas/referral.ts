/** A referral of a client to a service, followed until it has an outcome. */
import { z } from 'zod';
import { ClientRestricted, Id, IsoDate, IsoDateTime, RecordMeta, optionalText } from './common';

export const REFERRAL_STATUSES = [
  'draft',
  'sent',
  'acknowledged',
  'accepted',
  'declined',
  'completed',
  'no-contact',
] as const;
export const ReferralStatus = z.enum(REFERRAL_STATUSES);
export type ReferralStatus = z.infer<typeof ReferralStatus>;

/** Why a referral was declined or ended with no contact. */
export const REFERRAL_CLOSE_REASONS = [
  'client-declined',
  'service-full',
  'not-eligible',
  'could-not-contact-client',
  'could-not-contact-service',
  'other',
] as const;
export const ReferralCloseReason = z.enum(REFERRAL_CLOSE_REASONS);
export type ReferralCloseReason = z.infer<typeof ReferralCloseReason>;

/** Client fields a referral may pass on; only those consented are printed. */
export const SHAREABLE_FIELDS = ['name', 'phone', 'email', 'languages', 'interpreter', 'area', 'reason'] as const;
export const ShareableField = z.enum(SHAREABLE_FIELDS);

export const ReferralFields = z.object({
  clientId: Id,
  serviceId: Id,
  adviceEntryId: Id.optional(),
  /** Issue category id the referral is for. */
  reasonCategory: Id,
  sharedFields: z.array(ShareableField).default([]),
  date: IsoDate,
  followUpDue: IsoDate.optional(),
  /** Sending without recorded consent to share needs a reason, shown on the referral. */
  consentOverrideReason: optionalText(500),
  /** Free text for the receiving service: personal, never exported. */
  details: optionalText(2000),
  /** Who made the referral, as they typed their name: printed on the summary. */
  referredBy: optionalText(120),
});
export const ReferralInput = ReferralFields;
export type ReferralInput = z.input<typeof ReferralInput>;

export const ReferralStatusChange = z.object({
  status: ReferralStatus,
  at: IsoDateTime,
  reason: ReferralCloseReason.optional(),
});
export type ReferralStatusChange = z.infer<typeof ReferralStatusChange>;

export const Referral = RecordMeta.extend({
  ...ReferralFields.shape,
  status: ReferralStatus,
  closeReason: ReferralCloseReason.optional(),
  /** Outcome in words: personal free text. */
  outcome: optionalText(2000),
  history: z.array(ReferralStatusChange).default([]),
  clientRestricted: ClientRestricted,
});
export type Referral = z.infer<typeof Referral>;
