/**
 * `openFollowUp`: a copy of a record's follow-up date kept only while the follow-up is
 * still to do, so "open follow-ups due by a date" is one index range (a sparse index:
 * records without the field are not in it) rather than a scan past every finished one.
 * A restricted person's records (`clientRestricted`, see listed.ts) are left out too: a
 * follow-up is a prompt to contact them, and restriction stops that processing.
 *
 * It is derived, never typed: a Dexie middleware sets or clears it on every write to
 * adviceEntries and referrals (commands, restores, demo data alike), and the version 4
 * upgrade sets it on records stored before. The date is not personal (see personal-fields.ts).
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import { OPEN_REFERRAL_STATUSES } from '../../shared/referrals/transitions';
import type { ReferralStatus } from '../../shared/schemas';

export const OPEN_FOLLOW_UP = 'openFollowUp';

type Derive = (record: Record<string, unknown>) => string | undefined;

const stringOrUndefined = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Per table: the date the record's follow-up is due while it is open. */
const DERIVE: Readonly<Record<string, Derive>> = {
  adviceEntries: (entry) => (entry.followUpDone === true || entry.clientRestricted === true ? undefined : stringOrUndefined(entry.followUpDate)),
  referrals: (referral) =>
    OPEN_REFERRAL_STATUSES.includes(referral.status as ReferralStatus) && referral.clientRestricted !== true
      ? stringOrUndefined(referral.followUpDue)
      : undefined,
};

/** The record with `openFollowUp` set or removed; records of other tables unchanged. */
export function withOpenFollowUp<T extends object>(table: string, record: T): T {
  const derive = DERIVE[table];
  if (!derive) return record;
  const { [OPEN_FOLLOW_UP]: _previous, ...rest } = record as Record<string, unknown>;
  const due = derive(rest);
  return (due === undefined ? rest : { ...rest, [OPEN_FOLLOW_UP]: due }) as T;
}

function derived(table: string, request: DBCoreMutateRequest): DBCoreMutateRequest {
  if (request.type !== 'add' && request.type !== 'put') return request;
  return { ...request, values: request.values.map((value: object) => withOpenFollowUp(table, value)) };
}

export const openFollowUpMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'openFollowUp',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (!DERIVE[name]) return table;
      return { ...table, mutate: (request) => table.mutate(derived(name, request)) };
    },
  }),
};
