/** A local service clients are referred to; shaped after Open Referral (HSDS). */
import { z } from 'zod';
import { messageCode } from '../messages/message-code';
import { Id, LanguageCode, RecordMeta, optionalText, requiredText } from './common';

export const ServiceFields = z.object({
  /** The service's id in an imported HSDS directory: re-import updates, never duplicates. */
  hsdsId: optionalText(200),
  name: requiredText(200, messageCode('common:validation.required.serviceName')),
  organisation: optionalText(200),
  description: optionalText(2000),
  /** Issue category ids the service helps with. */
  categories: z.array(Id).max(30).default([]),
  phone: optionalText(40),
  email: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().trim().email(messageCode('common:validation.email')).optional(),
  ),
  website: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    // Only web pages: a javascript:, data: or file: "website" is refused at the door.
    z
      .string()
      .trim()
      .pipe(z.url({ protocol: /^https?$/, message: messageCode('common:validation.url') }))
      .optional(),
  ),
  address: optionalText(400),
  languages: z.array(LanguageCode).max(50).default([]),
  interpretationOffered: z.boolean().default(false),
  eligibility: optionalText(1000),
  openingTimes: optionalText(400),
  notes: optionalText(2000),
  active: z.boolean().default(true),
});
export const ServiceInput = ServiceFields;
export type ServiceInput = z.input<typeof ServiceInput>;

export const Service = RecordMeta.extend(ServiceFields.shape);
export type Service = z.infer<typeof Service>;
