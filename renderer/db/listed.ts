/**
 * Restricted people's records stay out of the forum-wide lists (UK GDPR article 18: kept,
 * not processed). An advice entry or referral of a restricted client carries
 * `clientRestricted: true`, set and cleared with the restriction in its own transaction
 * (data/privacy/restriction.ts). From it this middleware derives the fields the lists page
 * over, present only while the client is not restricted:
 *
 * - adviceEntries `listedDate`: the entry's date (the advice log, by date);
 * - referrals `listedStatus`: the referral's status (the referral lists, by [listedStatus+date]).
 *
 * Both indexes are sparse (a record without the field is not in them), so a list leaves a
 * restricted person out by reading its index range alone: no page reads a whole table to
 * filter it, and its total is one count. (Open follow-ups leave them out the same way:
 * open-follow-up.ts.) Like `openFollowUp`, these are derived on every write, whichever
 * code makes it, and never typed; none of them is personal.
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';

export const CLIENT_RESTRICTED = 'clientRestricted';
export const LISTED_DATE = 'listedDate';
export const LISTED_STATUS = 'listedStatus';

/** Per table: the derived field and the field it copies while the client is not restricted. */
const LISTED: Readonly<Record<string, { field: string; from: string }>> = {
  adviceEntries: { field: LISTED_DATE, from: 'date' },
  referrals: { field: LISTED_STATUS, from: 'status' },
};

/** The record with its listed field set or removed; records of other tables unchanged. */
export function withListed<T extends object>(table: string, record: T): T {
  const listed = LISTED[table];
  if (!listed) return record;
  const { [listed.field]: _previous, ...rest } = record as Record<string, unknown>;
  const value = rest[listed.from];
  const shown = rest[CLIENT_RESTRICTED] !== true && typeof value === 'string' && value !== '';
  return (shown ? { ...rest, [listed.field]: value } : rest) as T;
}

function derived(table: string, request: DBCoreMutateRequest): DBCoreMutateRequest {
  if (request.type !== 'add' && request.type !== 'put') return request;
  return { ...request, values: request.values.map((value: object) => withListed(table, value)) };
}

export const listedMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'listed',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      // A database opened at a version from before the index (a restore's staging database
      // at an old backup's version) keeps its records as they were: the upgrade fills it.
      const listed = LISTED[name];
      if (!listed || !table.schema.indexes.some((index) => index.name?.includes(listed.field))) return table;
      return { ...table, mutate: (request) => table.mutate(derived(name, request)) };
    },
  }),
};
