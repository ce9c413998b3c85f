// @vitest-environment node
/**
 * Every command, as each of the five roles: allowed where the matrix says, refused with
 * PermissionDeniedError (and nothing written) where it does not. The table names the one
 * permission each command needs; the test below it checks that every function the data
 * layer exports is in the table or on the short list of those that read nothing personal.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import * as data from '../../../../renderer/data';
import { adviceEntriesBetween, adviceEntriesForClient } from '../../../../renderer/data/repositories/advice-entries';
import { appointmentsBetween, appointmentsForClient, appointmentsOfClinicBetween } from '../../../../renderer/data/repositories/appointments';
import { closureRebookings } from '../../../../renderer/data/repositories/closure-rebookings';
import { referralsForClient } from '../../../../renderer/data/repositories/referrals';
import { shifts } from '../../../../renderer/data/repositories/shifts';
import type { SignpostDatabase } from '../../../../renderer/db/database';
import { fixedClock, setClock } from '../../../../renderer/platform/clock';
import { unlockForTest } from '../../support/unlocked';
import { PermissionDeniedError } from '../../../../renderer/security/permissions';
import { setSignedInUser } from '../../../../renderer/security/session';
import { can, ROLES, type Permission, type Role } from '../../../../shared/security/roles';
import { freshDatabase, validClient, validClinic } from '../data/fresh-database';
import { seedForum, TODAY, type Forum } from './role-fixture';

/** One permission, 'signedIn' (anyone signed in), or several of which any one will do. */
type Needs = Permission | 'signedIn' | readonly [Permission, ...Permission[]];
interface Command {
  name: string;
  needs: Needs;
  run: (forum: Forum) => Promise<unknown>;
}

const MORNING = { date: TODAY, time: '08:00' };

/** The matrix's promise, command by command. */
const COMMANDS: Command[] = [
  // Clients
  { name: 'clients.create', needs: 'clients.write', run: () => data.clients.create(validClient('Olena Kovalenko')) },
  { name: 'clients.update', needs: 'clients.write', run: (f) => data.clients.update(f.piotr.id, validClient('Piotr Nowak')) },
  { name: 'clients.patch', needs: 'clients.write', run: (f) => data.clients.patch(f.piotr.id, { phone: '07700 900111' }) },
  { name: 'clients.remove', needs: 'clients.write', run: (f) => data.clients.remove(f.piotr.id) },
  { name: 'clients.get', needs: 'clients.read', run: (f) => data.clients.get(f.amina.id) },
  { name: 'clients.list', needs: 'clients.read', run: () => data.clients.list() },
  { name: 'clientHistory', needs: 'appointments.read', run: (f) => data.clientHistory(f.amina.id, 25) },
  { name: 'importClients', needs: 'clients.write', run: () => data.importClients([validClient('Olena Kovalenko')], { format: 'csv', duplicates: 0, refused: 0 }) },
  { name: 'recordClientOpened', needs: 'clients.read', run: (f) => data.recordClientOpened(f.amina.id) },
  // Bookings and the queue
  { name: 'appointments.get', needs: 'appointments.read', run: (f) => data.appointments.get(f.appointment.id) },
  { name: 'appointments.list', needs: 'appointments.read', run: () => data.appointments.list() },
  { name: 'appointmentsOn', needs: 'appointments.read', run: () => data.appointmentsOn(TODAY) },
  { name: 'appointmentsBetween', needs: 'appointments.read', run: () => appointmentsBetween(TODAY, '2026-12-31') },
  { name: 'appointmentsForClient', needs: 'appointments.read', run: (f) => appointmentsForClient(f.amina.id) },
  { name: 'appointmentsInSession', needs: 'appointments.read', run: (f) => data.appointmentsInSession(f.session.id) },
  { name: 'appointmentsOfClinicBetween', needs: 'appointments.read', run: (f) => appointmentsOfClinicBetween(f.clinic.id, TODAY, '2026-12-31') },
  { name: 'closureRebookings', needs: 'appointments.read', run: () => closureRebookings(TODAY) },
  { name: 'appointments.create', needs: 'appointments.write', run: (f) => data.appointments.create({ sessionId: f.later.id, clientId: f.piotr.id, kind: 'booked', slotTime: '10:00' }) },
  { name: 'appointments.remove', needs: 'appointments.write', run: (f) => data.appointments.remove(f.appointment.id) },
  { name: 'bookAppointment', needs: 'appointments.write', run: (f) => data.bookAppointment({ sessionId: f.session.id, clientId: f.piotr.id, slotTime: '10:00' }, MORNING) },
  { name: 'addWalkIn', needs: 'appointments.write', run: (f) => data.addWalkIn({ sessionId: f.session.id, clientId: f.piotr.id }, MORNING) },
  { name: 'setAppointmentStatus', needs: 'appointments.write', run: (f) => data.setAppointmentStatus(f.appointment.id, 'arrived') },
  { name: 'reopenAppointmentStatus', needs: 'appointments.write', run: (f) => data.reopenAppointmentStatus(f.appointment.id) },
  { name: 'rebookAppointment', needs: 'appointments.write', run: (f) => data.rebookAppointment(f.appointment.id, { sessionId: f.later.id, slotTime: '10:30' }, MORNING) },
  { name: 'recordFileExport(day-sheet)', needs: 'daySheet.print', run: () => data.recordFileExport('day-sheet', { format: 'pdf', count: 1 }) },
  { name: 'recordFileExport(appointment-slip)', needs: 'daySheet.print', run: (f) => data.recordFileExport('appointment-slip', { format: 'print', subjectId: f.amina.id }) },
  // Advice
  { name: 'adviceEntries.get', needs: 'advice.read', run: (f) => data.adviceEntries.get(f.advice.id) },
  { name: 'adviceEntries.list', needs: 'advice.read', run: () => data.adviceEntries.list() },
  { name: 'adviceEntriesForClient', needs: 'advice.read', run: (f) => adviceEntriesForClient(f.amina.id) },
  { name: 'adviceEntriesBetween', needs: 'advice.read', run: () => adviceEntriesBetween('2026-01-01', TODAY) },
  { name: 'openFollowUpsPage', needs: 'advice.read', run: () => data.openFollowUpsPage({ from: '2026-01-01', to: '2026-12-31' }, 0, 50) },
  { name: 'adviceLogPage', needs: 'advice.read', run: () => data.adviceLogPage('2026-01-01', TODAY, 0, 50) },
  { name: 'adviceLogLeftOut', needs: 'advice.read', run: () => data.adviceLogLeftOut('2026-01-01', TODAY, 0) },
  { name: 'logAdvice', needs: 'advice.write', run: (f) => data.logAdvice({ clientId: f.piotr.id, date: TODAY, adviserName: 'Ana Silva', categories: ['benefits'], outcome: 'advice-given', minutes: 15 }, TODAY) },
  { name: 'updateAdvice', needs: 'advice.write', run: (f) => data.updateAdvice(f.advice.id, { clientId: f.amina.id, date: TODAY, adviserName: 'Ana Silva', categories: ['benefits'], outcome: 'advice-given', minutes: 20 }, TODAY) },
  { name: 'setFollowUpDone', needs: 'advice.write', run: (f) => data.setFollowUpDone(f.advice.id, true) },
  { name: 'adviceEntries.remove', needs: 'advice.write', run: (f) => data.adviceEntries.remove(f.advice.id) },
  // Referrals and services
  { name: 'referrals.get', needs: 'referrals.read', run: (f) => data.referrals.get(f.referral.id) },
  { name: 'referrals.list', needs: 'referrals.read', run: () => data.referrals.list() },
  { name: 'referralsForClient', needs: 'referrals.read', run: (f) => referralsForClient(f.amina.id) },
  { name: 'referralsPageRows', needs: 'referrals.read', run: () => data.referralsPageRows(undefined, 0, 50) },
  { name: 'listedReferralCount', needs: 'referrals.read', run: () => data.listedReferralCount() },
  { name: 'referralsLeftOut', needs: 'referrals.read', run: () => data.referralsLeftOut(undefined, 0) },
  { name: 'overdueReferralsPageRows', needs: 'referrals.read', run: () => data.overdueReferralsPageRows(TODAY, 0, 50) },
  { name: 'overdueReferralCount', needs: 'referrals.read', run: () => data.overdueReferralCount(TODAY) },
  { name: 'createReferral', needs: 'referrals.write', run: (f) => data.createReferral({ clientId: f.piotr.id, serviceId: f.service.id, reasonCategory: 'benefits', date: TODAY, sharedFields: ['name'] }, false) },
  { name: 'changeReferralStatus', needs: 'referrals.write', run: (f) => data.changeReferralStatus(f.referral.id, 'sent') },
  { name: 'referrals.patch', needs: 'referrals.write', run: (f) => data.referrals.patch(f.referral.id, { outcome: 'Seen' }) },
  { name: 'recordFileExport(referral-summary)', needs: 'referrals.read', run: (f) => data.recordFileExport('referral-summary', { format: 'pdf', subjectId: f.amina.id }) },
  { name: 'services.list', needs: 'referrals.read', run: () => data.services.list() },
  { name: 'services.get', needs: 'referrals.read', run: (f) => data.services.get(f.service.id) },
  { name: 'services.count', needs: 'referrals.read', run: () => data.services.count() },
  { name: 'referrals.count', needs: 'referrals.read', run: () => data.referrals.count() },
  { name: 'services.create', needs: 'services.write', run: () => data.services.create({ name: 'Credit union' }) },
  { name: 'services.update', needs: 'services.write', run: (f) => data.services.update(f.service.id, { name: 'Law centre (north)' }) },
  { name: 'services.remove', needs: 'services.write', run: (f) => data.services.remove(f.service.id) },
  { name: 'applyServicesImport', needs: 'services.write', run: () => data.applyServicesImport({ create: [{ name: 'Food bank' }], update: [], unchanged: 0 } as never, 'json') },
  // Clinics and sessions
  // The clinics: to book and staff them, and for the committee to choose one for the report.
  { name: 'clinics.list', needs: ['appointments.read', 'report.build'], run: () => data.clinics.list() },
  { name: 'clinics.get', needs: ['appointments.read', 'report.build'], run: (f) => data.clinics.get(f.clinic.id) },
  { name: 'sessions.get', needs: 'appointments.read', run: (f) => data.sessions.get(f.session.id) },
  { name: 'sessions.list', needs: 'appointments.read', run: () => data.sessions.list() },
  { name: 'sessionsBetween', needs: 'appointments.read', run: () => data.sessionsBetween(TODAY, '2026-12-31') },
  { name: 'sessionsOfClinicBetween', needs: 'appointments.read', run: (f) => data.sessionsOfClinicBetween(f.clinic.id, TODAY, '2026-12-31') },
  { name: 'topUpSessions', needs: 'signedIn', run: () => data.topUpSessions(TODAY) },
  { name: 'createClinic', needs: 'clinics.write', run: () => data.createClinic({ ...validClinic, name: 'Job club', rrule: 'FREQ=WEEKLY;BYDAY=TH', startDate: TODAY }, TODAY) },
  { name: 'updateClinic', needs: 'clinics.write', run: (f) => data.updateClinic(f.clinic.id, { ...validClinic, startDate: TODAY, name: 'Daily advice' }, TODAY) },
  { name: 'clinics.remove', needs: 'clinics.write', run: (f) => data.clinics.remove(f.clinic.id) },
  { name: 'sessions.patch', needs: 'clinics.write', run: (f) => data.sessions.patch(f.later.id, { note: 'Room 2' } as never) },
  { name: 'cancelSession', needs: 'clinics.write', run: (f) => data.cancelSession(f.session.id, 'Heating broken') },
  { name: 'moveSession', needs: 'clinics.write', run: (f) => data.moveSession(f.later.id, { date: f.later.date, startTime: '11:00', endTime: '14:00' }, TODAY) },
  // Volunteers and the rota
  { name: 'volunteers.get', needs: 'volunteers.read', run: (f) => data.volunteers.get(f.volunteer.id) },
  { name: 'volunteers.list', needs: 'volunteers.read', run: () => data.volunteers.list() },
  { name: 'volunteers.withIds', needs: 'volunteers.read', run: (f) => data.volunteers.withIds([f.volunteer.id]) },
  { name: 'volunteers.create', needs: 'volunteers.write', run: () => data.volunteers.create({ name: 'Ben Okafor', roles: ['receptionist'] }) },
  { name: 'volunteers.update', needs: 'volunteers.write', run: (f) => data.volunteers.update(f.volunteer.id, { name: 'Ana Silva', roles: ['adviser', 'receptionist'] }) },
  { name: 'shifts.list', needs: 'volunteers.read', run: () => shifts.list() },
  { name: 'shiftsBetween', needs: 'volunteers.read', run: () => data.shiftsBetween(TODAY, TODAY) },
  { name: 'shiftsOfVolunteer', needs: 'volunteers.read', run: (f) => data.shiftsOfVolunteer(f.volunteer.id) },
  { name: 'shiftsOfSession', needs: 'volunteers.read', run: (f) => data.shiftsOfSession(f.session.id) },
  { name: 'loadRota', needs: 'volunteers.read', run: () => data.loadRota(TODAY, '2026-12-31') },
  { name: 'loadRotaMonth', needs: 'volunteers.read', run: () => data.loadRotaMonth('2026-12') },
  { name: 'assignmentProblems', needs: 'volunteers.read', run: (f) => data.assignmentProblems(f.volunteer, { sessionId: f.later.id, clinicId: f.clinic.id, date: f.later.date, startTime: '10:00', endTime: '13:00', role: 'adviser' }, TODAY) },
  { name: 'assignShift', needs: 'volunteers.write', run: (f) => data.assignShift({ sessionId: f.later.id, clinicId: f.clinic.id, date: f.later.date, startTime: '10:00', endTime: '13:00', role: 'adviser' }, f.volunteer.id, TODAY, 'Cover') },
  { name: 'unassignShift', needs: 'volunteers.write', run: (f) => data.unassignShift(f.shift.id) },
  { name: 'acceptProposals', needs: 'volunteers.write', run: () => data.acceptProposals([], MORNING) },
  { name: 'recordAttendance', needs: 'volunteers.write', run: (f) => data.recordAttendance([{ shiftId: f.shift.id, attended: true, hoursWorked: 3 }]) },
  { name: 'recordFileExport(rota)', needs: 'volunteers.read', run: () => data.recordFileExport('rota', { format: 'ics', count: 1 }) },
  // The report
  { name: 'loadReportInput', needs: 'report.build', run: () => data.loadReportInput({ from: '2026-01', to: '2026-12' }) },
  // Node has no Worker: allowed, it fails starting one; refused, it never tries.
  { name: 'buildReportInWorker', needs: 'report.build', run: () => Promise.resolve().then(() => data.buildReportInWorker({ period: { from: '2026-01', to: '2026-12' } } as never, () => undefined).result) },
  { name: 'recordReportExport', needs: 'report.build', run: () => data.recordReportExport({ period: { from: '2026-01', to: '2026-12' }, formats: ['csv'], threshold: 10, rounding: 5, clinic: false }) },
  // People's rights
  { name: 'withdrawConsent(sharing)', needs: 'consent.record', run: (f) => data.withdrawConsent(f.amina.id, { consent: 'sharing', date: TODAY, recordedBy: 'Claire' }) },
  { name: 'withdrawConsent(storage, erase)', needs: 'rights.erase', run: (f) => data.withdrawConsent(f.amina.id, { consent: 'storage', date: TODAY, recordedBy: 'Claire', then: 'erase' }) },
  { name: 'restrictClient', needs: 'consent.record', run: (f) => data.restrictClient(f.piotr.id, TODAY, 'Claire') },
  { name: 'liftRestriction', needs: 'consent.record', run: (f) => data.liftRestriction(f.piotr.id, { date: TODAY, recordedBy: 'Claire' }) },
  { name: 'subjectAccessRecord', needs: 'rights.subjectAccess', run: (f) => data.subjectAccessRecord(f.amina.id, `${TODAY}T09:00:00.000Z`) },
  { name: 'recordFileExport(subject-access)', needs: 'rights.subjectAccess', run: (f) => data.recordFileExport('subject-access', { format: 'json', subjectId: f.amina.id }) },
  { name: 'eraseClient', needs: 'rights.erase', run: (f) => data.eraseClient(f.amina.id) },
  { name: 'hasHistory', needs: 'clients.read', run: (f) => data.hasHistory(f.piotr.id) },
  { name: 'deleteMistakenClient', needs: 'rights.erase', run: (f) => data.deleteMistakenClient(f.piotr.id) },
  { name: 'mergeClients', needs: 'rights.erase', run: (f) => data.mergeClients(f.amina.id, f.piotr.id, {}) },
  { name: 'peoplePastRetention', needs: 'rights.erase', run: () => data.peoplePastRetention(TODAY) },
  { name: 'erasePastRetention', needs: 'rights.erase', run: (f) => data.erasePastRetention([f.piotr.id], () => undefined) },
  // Settings, backups, the audit log, records needing attention, demo data
  { name: 'saveSettings', needs: 'settings.write', run: () => data.saveSettings({ forumName: 'Northside forum' }) },
  { name: 'saveClosures', needs: 'settings.write', run: () => data.saveClosures({ holidayRegion: 'england-and-wales', days: [] } as never, TODAY) },
  { name: 'findRecordsNeedingAttention', needs: 'settings.write', run: () => data.findRecordsNeedingAttention() },
  { name: 'storedRecordJson', needs: 'settings.write', run: (f) => data.storedRecordJson('clients', f.amina.id) },
  { name: 'recordRecordExport', needs: 'settings.write', run: () => data.recordRecordExport('clients') },
  { name: 'correctStoredRecord', needs: 'settings.write', run: (f) => data.correctStoredRecord('services', f.service.id, JSON.stringify({ ...f.service, name: 'Law centre' })) },
  { name: 'loadDemoData', needs: 'settings.write', run: () => data.loadDemoData() },
  { name: 'removeDemoData', needs: 'settings.write', run: () => data.removeDemoData() },
  { name: 'makeBackup', needs: 'backups.manage', run: () => data.makeBackup() },
  { name: 'makeBackup(automatic)', needs: 'signedIn', run: () => data.makeBackup({ automatic: true }) },
  { name: 'prepareRestore', needs: 'backups.manage', run: () => data.prepareRestore(new Uint8Array([1, 2, 3])) },
  { name: 'listAuditLog', needs: 'audit.read', run: () => data.listAuditLog() },
  { name: 'auditLogPage', needs: 'audit.read', run: () => data.auditLogPage({}, 0) },
  { name: 'auditUserNames', needs: 'audit.read', run: () => data.auditUserNames() },
  { name: 'recordAudit', needs: 'signedIn', run: () => data.recordAudit('export-report', {}) },
  // Users
  { name: 'listUsers', needs: 'users.manage', run: () => data.listUsers() },
  { name: 'addUser', needs: 'users.manage', run: () => data.addUser({ name: 'Olga Shevchenko', role: 'adviser', kind: 'passphrase', secret: 'blue kettle morning' }) },
  { name: 'changeUserRole', needs: 'users.manage', run: (f) => data.changeUserRole(f.user.id, 'adviser') },
  { name: 'resetUserSecret', needs: 'users.manage', run: (f) => data.resetUserSecret(f.user.id, 'pin', '902817') },
  { name: 'setUserDisabled', needs: 'users.manage', run: (f) => data.setUserDisabled(f.user.id, true) },
  { name: 'linkUserToVolunteer', needs: 'users.manage', run: (f) => data.linkUserToVolunteer(f.user.id, f.volunteer.id) },
  { name: 'renameUser', needs: 'users.manage', run: (f) => data.renameUser(f.user.id, 'Bilal H.') },
];

/**
 * Exports of renderer/data that are not in the table, and why: hooks (they call the
 * commands above), pure helpers, errors, the settings (read before anyone signs in: the
 * forum's name, the lock time), and sign-in's own sealing of records stored before
 * encryption (it runs for whoever signs in), and `restrictedRecords`, a pure helper over
 * the client directory already in memory (empty for a role without clients.read), and
 * `warmReportFacts`, which starts nothing for a role without report.build (its worker
 * checks the role again before it reads: warm-report-facts.test.ts).
 * Every other read is in the table above.
 */
const NOT_COMMANDS = new Set([
  'formatClientRef', 'getSettings', 'defaultSettings', 'ClientDirectoryProvider',
  'useClientDirectory', 'readableName', 'ValidationError', 'CommandRefusedError', 'PermissionDeniedError', 'problemsOf',
  'openCheckedDatabase', 'NewerDatabaseError', 'monthBounds', 'AssignmentRefusedError', 'BackupRefusedError', 'readBackupHeader',
  'lastGoodBackup', 'rememberGoodBackup', 'forgetForumHadData', 'isStorageFull', 'removeLeftoverDatabases', 'RightsRefusedError',
  'subjectAccessJson', 'useBankHolidays', 'recordBackupMade', 'commitRestore', 'cancelRestore', 'ReportCancelledError',
  'sealPlainRecords', 'restrictedRecords', 'warmReportFacts',
]);

const tableHas = new Set(COMMANDS.map((c) => c.name.split('(')[0]!.split('.')[0]!));

let database: SignpostDatabase;
beforeEach(async () => {
  database = freshDatabase();
  await unlockForTest();
  return setClock(fixedClock(`${TODAY}T08:00:00Z`));
});

const signInAs = (role: Role) => setSignedInUser({ userId: `user-${role}`, name: `A ${role}`, role });
const allows = (role: Role, needs: Needs) => needs === 'signedIn' || (typeof needs === 'string' ? can(role, needs) : needs.some((permission) => can(role, permission)));
/** The permission a refusal names: the one needed, or the first of several. */
const named = (needs: Needs) => (typeof needs === 'string' ? needs : needs[0]);
const writes = async () => (await database.auditLog.toArray()).filter((e) => e.actorId?.startsWith('user-')).length;

describe('every command, as every role', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s', async (_name, command) => {
    const forum = await seedForum();
    // Refused roles first, so an allowed run that changes the forum cannot hide a refusal.
    const order = [...ROLES].sort((a, b) => Number(allows(a, command.needs)) - Number(allows(b, command.needs)));
    for (const role of order) {
      signInAs(role);
      const before = await writes();
      const outcome = await command.run(forum).then(
        () => 'done',
        (error: unknown) => error,
      );
      if (allows(role, command.needs)) {
        // Allowed: it may still meet a rule of its own (a status already set), never the role check.
        expect(outcome, `${command.name} as ${role}`).not.toBeInstanceOf(PermissionDeniedError);
      } else {
        expect(outcome, `${command.name} as ${role}`).toBeInstanceOf(PermissionDeniedError);
        expect((outcome as PermissionDeniedError).permission).toBe(named(command.needs));
        expect(await writes(), `${command.name} as ${role} wrote nothing`).toBe(before);
      }
    }
  });

  it('refuses every command when no one is signed in (the app is locked)', async () => {
    const forum = await seedForum();
    setSignedInUser(null);
    for (const command of COMMANDS) {
      const outcome = await command.run(forum).catch((error: unknown) => error);
      expect(outcome, command.name).toBeInstanceOf(PermissionDeniedError);
    }
  });

  it('covers every function the data layer exports, or says why not', () => {
    const functions = Object.entries(data)
      .filter(([name, value]) => typeof value === 'function' && !name.startsWith('use'))
      .map(([name]) => name);
    const entityRepositories = Object.entries(data)
      .filter(([, value]) => typeof value === 'object' && value !== null && 'create' in value)
      .map(([name]) => name);
    expect(functions.filter((name) => !tableHas.has(name) && !NOT_COMMANDS.has(name))).toEqual([]);
    expect(entityRepositories.filter((name) => !tableHas.has(name))).toEqual([]);
  });
});

describe('the roles as a forum would put them', () => {
  it('front desk registers, books and checks in, but reads no advice and no referrals', async () => {
    const forum = await seedForum();
    signInAs('frontDesk');
    const olena = await data.clients.create(validClient('Olena Kovalenko'));
    await data.bookAppointment({ sessionId: forum.session.id, clientId: olena.id, slotTime: '10:00' }, MORNING);
    await data.setAppointmentStatus(forum.appointment.id, 'arrived');
    await expect(adviceEntriesForClient(forum.amina.id)).rejects.toThrow(PermissionDeniedError);
    await expect(data.adviceEntries.get(forum.advice.id)).rejects.toThrow(PermissionDeniedError);
    await expect(referralsForClient(forum.amina.id)).rejects.toThrow(PermissionDeniedError);
    expect(await data.sessionsBetween(TODAY, TODAY)).toHaveLength(1);
    await expect(data.services.list()).rejects.toThrow(PermissionDeniedError);
    await expect(data.subjectAccessRecord(forum.amina.id, `${TODAY}T09:00:00.000Z`)).rejects.toThrow(PermissionDeniedError);
  });

  it('committee builds the report but reads no one: not clients, bookings, volunteers or the log', async () => {
    const forum = await seedForum();
    signInAs('committee');
    const input = await data.loadReportInput({ from: '2026-01', to: '2026-12' });
    expect(input.clients.map((c) => c.id)).toContain(forum.amina.id);
    await expect(data.clients.list()).rejects.toThrow(PermissionDeniedError);
    await expect(data.appointmentsOn(TODAY)).rejects.toThrow(PermissionDeniedError);
    await expect(data.volunteers.list()).rejects.toThrow(PermissionDeniedError);
    await expect(data.auditLogPage({}, 0)).rejects.toThrow(PermissionDeniedError);
    // Nothing personal, but not theirs either: the rota, the sessions, the services directory.
    await expect(data.shiftsBetween(TODAY, TODAY)).rejects.toThrow(PermissionDeniedError);
    await expect(data.sessionsBetween(TODAY, TODAY)).rejects.toThrow(PermissionDeniedError);
    await expect(data.services.list()).rejects.toThrow(PermissionDeniedError);
    // The clinics' names, to choose one for a one-clinic report.
    expect((await data.clinics.list()).map((c) => c.id)).toEqual([forum.clinic.id]);
  });

  it('coordinator cancels a session (closing its bookings) but cannot book or read advice', async () => {
    const forum = await seedForum();
    signInAs('coordinator');
    expect(await data.cancelSession(forum.session.id, 'Heating broken')).toEqual({ bookingsCancelled: 1 });
    await expect(data.bookAppointment({ sessionId: forum.later.id, clientId: forum.piotr.id, slotTime: '10:00' }, MORNING)).rejects.toThrow(PermissionDeniedError);
    await expect(data.openFollowUpsPage({ from: '2026-01-01', to: '2026-12-31' }, 0, 50)).rejects.toThrow(PermissionDeniedError);
  });

  it('the refusal is worded from the access catalogue', async () => {
    signInAs('committee');
    const refusal = await data.clients.list().catch((error: unknown) => error as Error);
    const { wordMessage } = await import('../../../../renderer/i18n');
    expect(wordMessage((refusal as Error).message)).toBe('This is not available to your role. Ask your forum’s administrator if you need it.');
  });
});
