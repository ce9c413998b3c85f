/** Forum-wide settings: one record, configurable lists and report rules. */
import { z } from 'zod';
import { messageCode } from '../messages/message-code';
import { Id, IsoDate, IsoDateTime, optionalText, requiredText } from './common';

/** An issue category; a retired category stays on old entries but cannot be chosen. */
export const IssueCategory = z.object({
  id: Id,
  label: requiredText(80, messageCode('common:validation.required.categoryName')),
  /** Set for a sub-category. */
  parentId: Id.optional(),
  retired: z.boolean().default(false),
});
export type IssueCategory = z.infer<typeof IssueCategory>;

/** The UK advice-sector default set the categories list starts from. */
export const DEFAULT_ISSUE_CATEGORIES: IssueCategory[] = [
  ['benefits', 'Benefits and welfare'],
  ['asylum-support', 'Asylum support'],
  ['immigration', 'Immigration and nationality'],
  ['housing', 'Housing and homelessness'],
  ['employment', 'Employment and job seeking'],
  ['money', 'Money, debt and credit union'],
  ['health', 'Health and GP registration'],
  ['mental-health', 'Mental health'],
  ['education', 'Education, ESOL and skills'],
  ['family', 'Family and children'],
  ['utilities', 'Utilities and consumer'],
  ['discrimination', 'Discrimination and hate crime'],
  ['legal', 'Legal and police'],
  ['community', 'Community and social'],
  ['other', 'Other'],
].map(([id, label]) => ({ id: id!, label: label!, retired: false }));

/** Category whose advice only an accredited adviser may log (UK regulated advice). */
export const IMMIGRATION_CATEGORY_ID = 'immigration';

export const DisclosureRules = z.object({
  /** Counts below this are suppressed; never below 5. */
  threshold: z.coerce.number().int().min(5, messageCode('common:validation.thresholdAtLeast', { limit: 5 })).max(100),
  /** Published counts are rounded to a multiple of this. */
  rounding: z.coerce.number().int().min(1).max(100),
});
export type DisclosureRules = z.infer<typeof DisclosureRules>;

/** Which UK bank holidays the forum closes on; England and Wales unless the forum chooses. */
export const BANK_HOLIDAY_SETS = ['none', 'england-and-wales', 'scotland', 'northern-ireland'] as const;
export const BankHolidaySet = z.enum(BANK_HOLIDAY_SETS);
export type BankHolidaySet = z.infer<typeof BankHolidaySet>;

/** A day the forum itself is closed, with the reason sessions that day are closed. */
export const ClosureDay = z.object({
  date: IsoDate,
  reason: requiredText(120, messageCode('common:validation.required.closureReason')),
});
export type ClosureDay = z.infer<typeof ClosureDay>;

export const Closures = z.object({
  bankHolidays: BankHolidaySet.default('england-and-wales'),
  ownDays: z.array(ClosureDay).max(1000).default([]),
});
export type Closures = z.infer<typeof Closures>;

/** Loose, like every stored record: settings a newer version added survive a save here. */
export const Settings = z.looseObject({
  key: z.literal('forum'),
  forumName: requiredText(120, messageCode('common:validation.required.forumName')),
  /** The forum's contact details, printed on referral summaries so a service can reply. */
  forumAddress: optionalText(400),
  forumPhone: optionalText(40),
  forumEmail: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().trim().email(messageCode('common:validation.email')).optional(),
  ),
  issueCategories: z.array(IssueCategory).default(DEFAULT_ISSUE_CATEGORIES),
  volunteerRoles: z.array(requiredText(60, messageCode('common:validation.required.roleName'))).default([
    'receptionist',
    'adviser',
    'interpreter',
    'job-club-helper',
    'coordinator',
  ]),
  /** Estimated value of an hour of volunteering, in pounds, for funders. */
  volunteerHourlyRate: z.coerce.number().min(0).max(1000).default(12.6),
  disclosure: DisclosureRules.default({ threshold: 10, rounding: 5 }),
  /** Days no session is held: bank holidays of the chosen set and the forum's own. */
  closures: Closures.default({ bankHolidays: 'england-and-wales', ownDays: [] }),
  /** Years after a person's last contact that their record is kept before review for erasure. */
  retentionYears: z.coerce.number().int().min(1, 'Keep records for at least 1 year').max(50, 'Keep records for 50 years at most').default(6),
  /** Minutes without use after which the app locks itself (issue 11). */
  lockAfterMinutes: z.coerce.number().int().min(1).max(120).default(5),
  /** Set when the first-run guide is finished. */
  setupCompletedAt: IsoDateTime.optional(),
  updatedAt: IsoDateTime,
});
export type Settings = z.infer<typeof Settings>;
