/** An advice log entry (case note): what was discussed, the outcome, time spent. */
import { z } from 'zod';
import { messageCode } from '../messages/message-code';
import { ClientRestricted, Id, IsoDate, RecordMeta, optionalText, requiredText } from './common';

export const ADVICE_OUTCOMES = [
  'advice-given',
  'signposted',
  'referred',
  'form-or-letter-completed',
  'resolved',
  'ongoing',
  'no-further-action',
] as const;
export const AdviceOutcome = z.enum(ADVICE_OUTCOMES);
export type AdviceOutcome = z.infer<typeof AdviceOutcome>;

export const AdviceEntryFields = z.object({
  clientId: Id,
  date: IsoDate,
  /** Who gave the advice: a volunteer when known, else the name as typed. */
  adviserId: Id.optional(),
  adviserName: requiredText(120, messageCode('advice:validation.adviserName')),
  clinicId: Id.optional(),
  appointmentId: Id.optional(),
  /** Issue category ids from Settings; sub-categories are categories with a parent. */
  categories: z.array(Id).min(1, messageCode('advice:validation.categories')).max(20),
  outcome: AdviceOutcome,
  minutes: z.coerce.number().int().min(1, messageCode('advice:validation.minutes')).max(600, messageCode('advice:validation.minutesMax')),
  /** Actions taken: personal free text, never exported but in the client's own. */
  actions: optionalText(2000),
  followUpDate: IsoDate.optional(),
  followUpDone: z.boolean().default(false),
  /** Free-text notes: personal data, never in any export but the client's own. */
  notes: optionalText(10000),
});
export const AdviceEntryInput = AdviceEntryFields;
export type AdviceEntryInput = z.input<typeof AdviceEntryInput>;

export const AdviceEntry = RecordMeta.extend({ ...AdviceEntryFields.shape, clientRestricted: ClientRestricted });
export type AdviceEntry = z.infer<typeof AdviceEntry>;
