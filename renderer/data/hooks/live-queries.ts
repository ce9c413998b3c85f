/**
 * Live queries for screens: each re-renders when the records it read change (Dexie
 * observes the tables and index ranges a query touched). `undefined` while loading.
 *
 * Cost at the PRODUCT.md scale: whole-table lists (clients 20,000; services; volunteers;
 * clinics) read every record once per change (≈0.2 s for 20,000 clients), so screens over
 * big tables use the range hooks (a day, a week, a client) instead of whole-table ones.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useSyncExternalStore } from 'react';
import {
  backupStatusVersion,
  forumHadData,
  lastGoodBackup,
  subscribeBackupStatus,
  type ForumHadData,
  type LastGoodBackup,
} from '../backup/backup-status';
import { databaseIsEmpty } from '../backup/data-presence';
import type { Settings } from '../../../shared/schemas';
import { adviceEntries, adviceEntriesBetween, adviceEntriesForClient, adviceLogLeftOut, adviceLogPage } from '../repositories/advice-entries';
import { clientHistory } from '../repositories/client-history';
import { appointments as appointmentsRepository, appointmentsBetween, appointmentsForClient, appointmentsInSession, appointmentsOfClinicBetween, appointmentsOn } from '../repositories/appointments';
import { listAuditLog } from '../repositories/audit-log';
import { auditUserNames, listUsers } from '../repositories/users';
import { clients, firstClients } from '../repositories/clients';
import { readableName } from '../client-directory';
import { closureRebookings } from '../repositories/closure-rebookings';
import { clinics } from '../repositories/clinics';
import { tableCounts } from '../repositories/counts';
import { listedReferralCount, overdueReferralCount, overdueReferralsPageRows, referrals, referralsForClient, referralsLeftOut, referralsPageRows } from '../repositories/referrals';
import type { ReferralStatus } from '../../../shared/schemas';
import { services } from '../repositories/services';
import { sessions, sessionsBetween, sessionsOfClinicBetween } from '../repositories/sessions';
import { getSettings } from '../repositories/settings';
import { shifts, shiftsBetween, shiftsOfVolunteer } from '../repositories/shifts';
import { volunteers } from '../repositories/volunteers';
import { isDemoDataLoaded } from '../demo-data';
import { openFollowUpsPage, type FollowUpQuery } from '../commands/advice';
import { loadRota, loadRotaMonth, shiftsOfSession } from '../commands/rota';

export const useClients = () => useLiveQuery(() => clients.list(), []);
/** The first clients by reference (one index range), while the whole directory loads. */
export const useFirstClients = (limit: number, wanted = true) => useLiveQuery(() => (wanted ? firstClients(limit) : undefined), [limit, wanted]);
/**
 * A list of ids as one stable dependency for a live query (the same people in any order are
 * one read); undefined ids (the records naming them not read yet) stay undefined, so the
 * answer is undefined too, not an empty one.
 */
function idsKey(ids: readonly string[] | undefined): string | undefined {
  return ids === undefined ? undefined : [...new Set(ids)].sort().join(' ');
}
const idsIn = (key: string): string[] => (key ? key.split(' ') : []);

/**
 * The readable names of a few clients by id (undefined while they load): read by key, so a
 * screen naming today's people does not wait for the whole client directory. A restricted
 * person is named only by `restrictedName(ref)`, never by their name.
 */
export function useClientNames(ids: readonly string[] | undefined, restrictedName: (ref: string) => string): ClientNames | undefined {
  const key = idsKey(ids);
  return useLiveQuery(async () => {
    if (key === undefined) return undefined;
    const found = await clients.withIds(idsIn(key));
    return {
      names: new Map(found.map((client) => [client.id, client.restriction ? restrictedName(client.ref) : readableName(client)])),
      restricted: new Set(found.filter((client) => client.restriction).map((client) => client.id)),
    };
  }, [key, restrictedName]);
}

/** Names by client id, and which of them are restricted records (their details withheld). */
export interface ClientNames {
  names: ReadonlyMap<string, string>;
  restricted: ReadonlySet<string>;
}
export const useClient = (id: string | undefined) => useLiveQuery(() => (id ? clients.get(id) : undefined), [id]);
/** One client for their own page: undefined while it loads, null when there is no such client. */
export const useClientOrNone = (id: string) => useLiveQuery(async () => (await clients.get(id)) ?? null, [id]);
export const useClinics = () => useLiveQuery(() => clinics.list(), []);
export const useClinic = (id: string | undefined) => useLiveQuery(() => (id ? clinics.get(id) : undefined), [id]);
export const useSession = (id: string | undefined) => useLiveQuery(() => (id ? sessions.get(id) : undefined), [id]);
export const useSessionAppointments = (sessionId: string) => useLiveQuery(() => appointmentsInSession(sessionId), [sessionId]);
/** One clinic's sessions in a date range with their appointments, for finding a free slot. */
export const useClinicBookings = (clinicId: string | undefined, from: string, to: string) =>
  useLiveQuery(async () => {
    if (!clinicId) return { sessions: [], appointments: [] };
    const found = await sessionsOfClinicBetween(clinicId, from, to);
    const booked = await appointmentsOfClinicBetween(clinicId, from, to);
    return { sessions: found, appointments: booked };
  }, [clinicId, from, to]);
export const useSessionsBetween = (from: string, to: string) => useLiveQuery(() => sessionsBetween(from, to), [from, to]);
export const useAppointmentsOn = (date: string) => useLiveQuery(() => appointmentsOn(date), [date]);
export const useAppointmentsBetween = (from: string, to: string) => useLiveQuery(() => appointmentsBetween(from, to), [from, to]);
export const useClientAppointments = (clientId: string) => useLiveQuery(() => appointmentsForClient(clientId), [clientId]);
/** The advice log between two dates, newest first, a page at a time. */
export const useAdviceLogPage = (from: string, to: string, offset: number, limit: number) =>
  useLiveQuery(() => adviceLogPage(from, to, offset, limit), [from, to, offset, limit]);
/**
 * How many of the period's entries the advice log left out as restricted people's, once
 * the page says how many it listed (`listed` undefined until then: counted after the first
 * rows, never before them).
 */
export const useAdviceLogLeftOut = (from: string, to: string, listed: number | undefined) =>
  useLiveQuery(() => (listed === undefined ? undefined : adviceLogLeftOut(from, to, listed)), [from, to, listed]);
export const useAdviceEntriesBetween = (from: string, to: string) => useLiveQuery(() => adviceEntriesBetween(from, to), [from, to]);
/** `enabled` false (the front desk): nothing is read; the client's page shows no advice. */
export const useClientAdvice = (clientId: string, enabled = true) => useLiveQuery(() => (enabled ? adviceEntriesForClient(clientId) : []), [clientId, enabled]);
/** `enabled` false (a role that reads no referrals): nothing is read; the list is empty. */
export const useServices = (enabled = true) => useLiveQuery(() => (enabled ? services.list() : []), [enabled]);
/**
 * Referrals of some statuses (all when none are given), newest first: a page's rows, and
 * their total counted once `rowsIn` (undefined until then), so the count never holds the
 * first rows back.
 */
export const useReferralsPageRows = (statuses: readonly ReferralStatus[] | undefined, offset: number, limit: number) =>
  useLiveQuery(() => referralsPageRows(statuses, offset, limit), [statuses, offset, limit]);
export const useListedReferralCount = (statuses: readonly ReferralStatus[] | undefined, rowsIn: boolean) =>
  useLiveQuery(() => (rowsIn ? listedReferralCount(statuses) : undefined), [statuses, rowsIn]);
/** How many referrals of these statuses the list left out as restricted people's, once the page says how many it listed. */
export const useReferralsLeftOut = (statuses: readonly ReferralStatus[] | undefined, listed: number | undefined) =>
  useLiveQuery(() => (listed === undefined ? undefined : referralsLeftOut(statuses, listed)), [statuses, listed]);
/** Open referrals past their follow-up date, most overdue first: a page's rows, and how many in all once `rowsIn`. */
export const useOverdueReferralsPageRows = (today: string, offset: number, limit: number, since?: string) =>
  useLiveQuery(() => overdueReferralsPageRows(today, offset, limit, since), [today, offset, limit, since]);
export const useOverdueReferralCount = (today: string, rowsIn: boolean, since?: string) =>
  useLiveQuery(() => (rowsIn ? overdueReferralCount(today, since) : undefined), [today, rowsIn, since]);
/** The newest `limit` of each kind of a client's history, and how much they have in all. */
export const useClientHistory = (clientId: string, limit: number) => useLiveQuery(() => clientHistory(clientId, limit), [clientId, limit]);
export const useClientReferrals = (clientId: string, enabled = true) => useLiveQuery(() => (enabled ? referralsForClient(clientId) : []), [clientId, enabled]);
export const useVolunteers = () => useLiveQuery(() => volunteers.list(), []);
/** The volunteers with these ids, read by key (Today needs those on today's shifts, not all of them). */
export function useVolunteersWithIds(ids: readonly string[] | undefined) {
  const key = idsKey(ids);
  return useLiveQuery(async () => (key === undefined ? undefined : volunteers.withIds(idsIn(key))), [key]);
}
export const useShifts = () => useLiveQuery(() => shifts.list(), []);
export const useShiftsBetween = (from: string, to: string) => useLiveQuery(() => shiftsBetween(from, to), [from, to]);
export const useSettings = (): Settings | undefined => useLiveQuery(() => getSettings(), []);
export const useTableCounts = () => useLiveQuery(() => tableCounts(), []);
export const useAuditLog = () => useLiveQuery(() => listAuditLog(), []);
/** Settings → Users: everyone who signs in, without their credentials. */
export const useUsers = () => useLiveQuery(() => listUsers(), []);
/** How the audit log names who acted. */
export const useAuditUserNames = () => useLiveQuery(() => auditUserNames(), []);
export const useDemoDataLoaded = () => useLiveQuery(() => isDemoDataLoaded(), []);
/** Open follow-ups due in a window, most overdue first, a page at a time. */
export const useOpenFollowUps = (query: FollowUpQuery, offset: number, limit: number) =>
  useLiveQuery(() => openFollowUpsPage(query, offset, limit), [query.from, query.to, query.adviserName, offset, limit]);
export const useAdviceEntry = (id: string | undefined) => useLiveQuery(() => (id ? adviceEntries.get(id) : undefined), [id]);
/** How many referrals the forum has at all (none means a new forum, not that every one is closed); read only while `needed`: it counts every key. */
export const useReferralCount = (needed = true) => useLiveQuery(() => (needed ? referrals.count() : undefined), [needed]);
export const useReferral = (id: string | undefined) => useLiveQuery(() => (id ? referrals.get(id) : undefined), [id]);
export const useService = (id: string | undefined) => useLiveQuery(() => (id ? services.get(id) : undefined), [id]);
export const useAppointment = (id: string | undefined) => useLiveQuery(() => (id ? appointmentsRepository.get(id) : undefined), [id]);
export const useVolunteer = (id: string | undefined) => useLiveQuery(() => (id ? volunteers.get(id) : undefined), [id]);
export const useVolunteerShifts = (volunteerId: string) => useLiveQuery(() => shiftsOfVolunteer(volunteerId), [volunteerId]);
export const useRotaMonth = (month: string) => useLiveQuery(() => loadRotaMonth(month), [month]);
export const useRotaBetween = (from: string, to: string) => useLiveQuery(() => loadRota(from, to), [from, to]);
export const useSessionShifts = (sessionId: string) => useLiveQuery(() => shiftsOfSession(sessionId), [sessionId]);
export const useClosureRebookings = (today: string) => useLiveQuery(() => closureRebookings(today), [today]);

/** Backup reminders and the missing-data notice: localStorage facts plus live table state. */
export function useBackupStatus(): { lastGood: LastGoodBackup | undefined; hadData: ForumHadData | undefined } {
  const version = useSyncExternalStore(subscribeBackupStatus, backupStatusVersion);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` is the change signal for localStorage.
  return useMemo(() => ({ lastGood: lastGoodBackup(), hadData: forumHadData() }), [version]);
}

/**
 * True when the forum had records and the database is now empty. That it had them is
 * remembered as its own records are written (db/own-records.ts), so this reads nothing
 * until then, and then one key per table.
 */
export function useDataMissing(): boolean | undefined {
  const { hadData } = useBackupStatus();
  return useLiveQuery(async () => (hadData ? databaseIsEmpty() : false), [hadData]);
}
