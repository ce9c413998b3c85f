/** A person the forum helps. Minimal, consented, and never identifiable in a report. */
import { z } from 'zod';
import { messageCode } from '../messages/message-code';
import {
  CountryCode,
  IsoDate,
  LanguageCode,
  RecordMeta,
  optionalText,
  requiredText,
} from './common';

export const AGE_BANDS = ['under-18', '18-24', '25-34', '35-44', '45-54', '55-64', '65-plus'] as const;
export const AgeBand = z.enum(AGE_BANDS);
export type AgeBand = z.infer<typeof AgeBand>;

export const GENDERS = ['woman', 'man', 'non-binary', 'self-described', 'prefer-not-to-say'] as const;
export const Gender = z.enum(GENDERS);
export type Gender = z.infer<typeof Gender>;

/** Special-category data: optional everywhere, never required by any form. */
export const IMMIGRATION_STATUSES = [
  'british-or-irish',
  'eu-settled-status',
  'eu-pre-settled-status',
  'refugee-status',
  'humanitarian-protection',
  'asylum-seeker',
  'refused-asylum-seeker',
  'visa-work-study-family',
  'indefinite-leave',
  'undocumented',
  'other',
  'prefer-not-to-say',
] as const;
export const ImmigrationStatus = z.enum(IMMIGRATION_STATUSES);
export type ImmigrationStatus = z.infer<typeof ImmigrationStatus>;

/** A consent given or refused, with when and who recorded it; renewed by replacing it. */
export const ConsentRecord = z.object({
  given: z.boolean(),
  date: IsoDate,
  recordedBy: requiredText(120, messageCode('common:validation.required.consentRecordedBy')),
});
export type ConsentRecord = z.infer<typeof ConsentRecord>;

export const Consents = z.object({
  /** Consent to keep their data at all: a client cannot be saved without it. */
  storage: ConsentRecord.refine((c) => c.given, {
    message: messageCode('common:validation.storageConsent'),
    path: ['given'],
  }),
  /** Consent to share details with services they are referred to. */
  sharing: ConsentRecord.optional(),
  /** Consent to be contacted by phone or text. */
  contact: ConsentRecord.optional(),
});
export type Consents = z.infer<typeof Consents>;

/** UK postcode district: the outward code only (G42, M14, EC1A), never a full postcode. */
export const PostcodeDistrict = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{1,2}\d[A-Z\d]?$/, messageCode('common:validation.postcodeDistrict'));

const currentYear = new Date().getFullYear();

export const ClientFields = z.object({
    /** The name as the person writes it, in any script. */
    name: requiredText(200, messageCode('common:validation.required.personName')),
    /** Optional Latin-script spelling, so colleagues can read and search it. */
    nameLatin: optionalText(200),
    phone: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      z
        .string()
        .trim()
        .regex(/^\+?[\d\s()-]{6,20}$/, messageCode('common:validation.phone'))
        .optional(),
    ),
    email: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      z.string().trim().email(messageCode('common:validation.email')).optional(),
    ),
    birthYear: z.coerce
      .number()
      .int(messageCode('common:validation.wholeYear'))
      .min(1900, messageCode('common:validation.yearAfter1900'))
      .max(currentYear, messageCode('common:validation.birthYearFuture'))
      .optional(),
    ageBand: AgeBand.optional(),
    gender: Gender.optional(),
    genderSelfDescribed: optionalText(80),
    nationality: CountryCode.optional(),
    /** Languages the person speaks, main language first. */
    languages: z.array(LanguageCode).max(10).default([]),
    interpreterNeeded: z.boolean().default(false),
    interpreterLanguage: LanguageCode.optional(),
    area: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      PostcodeDistrict.optional(),
    ),
    arrivalYear: z.coerce
      .number()
      .int(messageCode('common:validation.wholeYear'))
      .min(1900, messageCode('common:validation.yearAfter1900'))
      .max(currentYear, messageCode('common:validation.arrivalYearFuture'))
      .optional(),
    immigrationStatus: ImmigrationStatus.optional(),
    consents: Consents,
});

/** An arrival year before the birth year is refused (the report checks this rule alone: it reads both years). */
export const arrivalNotBeforeBirth = (c: { birthYear?: number | undefined; arrivalYear?: number | undefined }, ctx: z.RefinementCtx): void => {
    if (c.birthYear !== undefined && c.arrivalYear !== undefined && c.arrivalYear < c.birthYear) {
      ctx.addIssue({ code: 'custom', path: ['arrivalYear'], message: messageCode('common:validation.arrivalBeforeBirth') });
    }
};

/** Rules across fields, shared by the form schema and the stored-record schema. */
export const clientRules = (c: Omit<z.output<typeof ClientFields>, 'consents'>, ctx: z.RefinementCtx): void => {
    if (c.interpreterNeeded && !c.interpreterLanguage) {
      ctx.addIssue({ code: 'custom', path: ['interpreterLanguage'], message: messageCode('common:validation.interpreterLanguage') });
    }
    if (c.gender === 'self-described' && !c.genderSelfDescribed) {
      ctx.addIssue({ code: 'custom', path: ['genderSelfDescribed'], message: messageCode('common:validation.genderOwnWords') });
    }
    arrivalNotBeforeBirth(c, ctx);
};

/** What a form submits: validated before anything is written. */
export const ClientInput = ClientFields.superRefine(clientRules);
export type ClientInput = z.input<typeof ClientInput>;
export type ClientData = z.output<typeof ClientInput>;

/** A consent the person took back: which one, when, and who recorded it. */
export const CONSENT_KINDS = ['storage', 'sharing', 'contact'] as const;
export const ConsentKind = z.enum(CONSENT_KINDS);
export type ConsentKind = z.infer<typeof ConsentKind>;

export const ConsentWithdrawal = z.object({
  consent: ConsentKind,
  date: IsoDate,
  recordedBy: requiredText(120, 'Say who recorded this'),
});
export type ConsentWithdrawal = z.infer<typeof ConsentWithdrawal>;

/**
 * A restricted record (UK GDPR article 18): kept, but left out of lists, search and reports
 * until the restriction is lifted. Storage consent withdrawn without erasure leads here.
 */
export const Restriction = z.object({
  since: IsoDate,
  reason: z.enum(['storage-consent-withdrawn', 'person-asked']),
  recordedBy: requiredText(120, 'Say who recorded this'),
});
export type Restriction = z.infer<typeof Restriction>;

export const Client = RecordMeta.extend({
  /** Human reference number shown on screen and on paper, e.g. C-00042. */
  ref: z.string().regex(/^C-\d{5,}$/),
  ...ClientFields.shape,
  /** Consents withdrawn, oldest first; never part of the form, so an edit keeps them. */
  withdrawals: z.array(ConsentWithdrawal).max(50).optional(),
  restriction: Restriction.optional(),
}).superRefine(clientRules);
export type Client = z.infer<typeof Client>;
