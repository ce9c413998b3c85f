/**
 * A client's first contact date, derived from their appointments and advice entries
 * (shared/report/first-contact.ts) and kept up to date on every write. Holds an id and a
 * date, nothing personal.
 */
import { z } from 'zod';
import { Id, IsoDate } from './common';

export const FirstContact = z.looseObject({
  clientId: Id,
  date: IsoDate,
});
export type FirstContact = z.infer<typeof FirstContact>;
