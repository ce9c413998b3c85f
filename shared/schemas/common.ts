/**
 * Building blocks shared by every record schema.
 *
 * Dates are kept as plain strings so that records survive IndexedDB, JSON and IPC
 * unchanged and compare correctly as text: a calendar date is `YYYY-MM-DD`, a time of
 * day is `HH:MM` (24-hour, the forum's local time), an instant is an ISO 8601 string.
 */
import { z } from 'zod';
import { messageCode } from '../messages/message-code';
// Plain messages for checks without one of their own: installed before any schema is used.
import './messages';

export const Id = z.string().min(1, messageCode('common:validation.chooseOneFromList')).max(64);
export type Id = z.infer<typeof Id>;

const isRealDate = (value: string): boolean => {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, messageCode('common:validation.dateFormat'))
  .refine(isRealDate, messageCode('common:validation.dateNotReal'));
export type IsoDate = z.infer<typeof IsoDate>;

export const TimeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, messageCode('common:validation.time'));
export type TimeOfDay = z.infer<typeof TimeOfDay>;

export const IsoDateTime = z.string().datetime({ offset: true, message: messageCode('common:validation.dateTime') });
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/** ISO 3166-1 alpha-2 country code, upper case (GB, SY, PL). */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, messageCode('common:validation.chooseCountry'));
export type CountryCode = z.infer<typeof CountryCode>;

/**
 * ISO 639-3 language code, lower case (ara, pol, tir, prs). 639-3 rather than 639-1
 * because many clients' languages (Dari, Sorani, Tigre) have no two-letter code.
 */
export const LanguageCode = z.string().regex(/^[a-z]{3}$/, messageCode('common:validation.chooseLanguage'));
export type LanguageCode = z.infer<typeof LanguageCode>;

/** Optional free text: blank input from a form becomes undefined, not an empty string. */
export const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().trim().max(max, messageCode('common:validation.atMostCharacters', { count: max })).optional(),
  );

export const requiredText = (max: number, message: string) =>
  z.string().trim().min(1, message).max(max, messageCode('common:validation.atMostCharacters', { count: max }));

/**
 * Fields every stored record carries. `demo` marks records made by "load demo data".
 * Loose: fields this version does not know (written by a newer one) are kept through a
 * read and an edit instead of being stripped. Every stored schema extends this one.
 */
export const RecordMeta = z
  .object({
    id: Id,
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
    demo: z.literal(true).optional(),
  })
  .loose();
export type RecordMeta = z.infer<typeof RecordMeta>;

/**
 * On an advice entry or referral: set while the client's record is restricted (set and
 * cleared with the restriction, in its transaction), so the lists that would process the
 * person leave the record out through their indexes (renderer/db/listed.ts). Never typed
 * on a form; it says nothing about the person beyond what their client record shows.
 */
export const ClientRestricted = z.literal(true).optional();
