/**
 * The data layer's public surface: the only module screens import for data.
 *
 * - Hooks (live queries): useClients, useClient, useClinics, useSessionsBetween,
 *   useAppointmentsOn, useAppointmentsBetween, useClientAppointments, useAdviceLogPage,
 *   useAdviceEntriesBetween, useClientAdvice, useClientHistory, useOpenFollowUps, useServices,
 *   useReferralsPageRows, useOverdueReferralsPageRows, useClientReferrals,
 *   useVolunteers, useVolunteersWithIds, useShifts, useShiftsBetween, useSettings, useTableCounts, useAuditLog,
 *   useDemoDataLoaded.
 * - Repositories (commands and one-off reads): clients, clinics, sessions, appointments,
 *   adviceEntries, services, referrals, volunteers, shifts, each with create, update,
 *   patch, get, list, withIds, remove, count; settings (getSettings, saveSettings); the audit log.
 * - Demo data: loadDemoData, removeDemoData.
 * - Users (Settings → Users): listUsers, addUser, changeUserRole, resetUserSecret,
 *   setUserDisabled, linkUserToVolunteer, renameUser; auditUserNames for the audit log.
 * - Errors: ValidationError (field problems, nothing written), CommandRefusedError,
 *   PermissionDeniedError (the signed-in role may not do this; nothing read or written).
 */
export * from './hooks/live-queries';
export { useRecordsNeedingAttention } from './hooks/use-records-needing-attention';
export { useBankHolidays } from './hooks/use-bank-holidays';
export { clients, formatClientRef } from './repositories/clients';
export { clinics } from './repositories/clinics';
export { sessions, sessionsBetween, sessionsOfClinicBetween } from './repositories/sessions';
export { appointments, appointmentsOn, appointmentsInSession } from './repositories/appointments';
export { adviceEntries, adviceLogPage, adviceLogLeftOut } from './repositories/advice-entries';
export { services } from './repositories/services';
export {
  referrals,
  referralsPageRows,
  listedReferralCount,
  referralsLeftOut,
  overdueReferralsPageRows,
  overdueReferralCount,
  REFERRALS_IN_HAND,
} from './repositories/referrals';
export { PAGE_SIZE, type Page, type PageRows } from './repositories/pages';
export { clientHistory, type ClientHistory } from './repositories/client-history';
export { volunteers } from './repositories/volunteers';
export { shifts, shiftsBetween, shiftsOfVolunteer } from './repositories/shifts';
export { getSettings, saveSettings, defaultSettings, DEFAULT_FORUM_NAME, type SettingsPatch } from './repositories/settings';
export { auditLogPage, listAuditLog, recordAudit, recordClientOpened, recordFileExport, type AuditFilter, type AuditPage } from './repositories/audit-log';
export {
  addUser,
  auditUserNames,
  changeUserRole,
  linkUserToVolunteer,
  listUsers,
  renameUser,
  resetUserSecret,
  setUserDisabled,
  type NewUserInput,
  type UserSummary,
} from './repositories/users';
export { COUNTED_TABLES, type TableCounts, type CountedTable } from './repositories/counts';
export { loadDemoData, removeDemoData, type DemoRemoval } from './demo-data';
export { sealPlainRecords } from './seal-plain-records';
export { ValidationError, CommandRefusedError, type FieldProblem } from './validation-error';
export { PermissionDeniedError } from '../security/permissions';
export { problemsOf, type RecordProblem } from './read-leniently';
export { openCheckedDatabase, NewerDatabaseError } from '../db/instance';
export {
  correctStoredRecord,
  findRecordsNeedingAttention,
  recordRecordExport,
  storedRecordJson,
  type RecordNeedingAttention,
} from './records-needing-attention';
export { createClinic, updateClinic, topUpSessions, saveClosures } from './commands/clinic-schedule';
export {
  addWalkIn,
  bookAppointment,
  rebookAppointment,
  reopenAppointmentStatus,
  setAppointmentStatus,
  type BookingRequest,
} from './commands/bookings';
export { cancelSession, moveSession, type SessionMove } from './commands/session-changes';
export { type ClosureChanges } from './commands/closures';
export { ClientDirectoryProvider, useClientDirectory, readableName, type ClientDirectory } from './client-directory';
export { logAdvice, updateAdvice, setFollowUpDone, openFollowUpsPage, type FollowUpQuery } from './commands/advice';
export { createReferral, changeReferralStatus } from './commands/referrals';
export { applyServicesImport } from './commands/services-import';
export { importClients, type ClientImportFacts } from './commands/clients-import';
export { loadReportInput, recordReportExport } from './commands/report';
export { buildReportInWorker, ReportCancelledError, type ReportBuild } from './report-input/report-in-worker';
export { warmReportFacts } from './report-input/warm-report-facts';
export {
  acceptProposals,
  assignmentProblems,
  assignShift,
  AssignmentRefusedError,
  loadRota,
  loadRotaMonth,
  monthBounds,
  recordAttendance,
  shiftsOfSession,
  unassignShift,
  type AttendanceEntry,
  type RotaMonth,
} from './commands/rota';
export { BackupRefusedError, readBackupHeader } from './backup/backup-codec';
export { makeBackup, recordBackupMade, type MadeBackup } from './backup/make-backup';
export { prepareRestore, commitRestore, cancelRestore, type RestorePlan, type RestoreProgress } from './backup/restore-backup';
export { lastGoodBackup, rememberGoodBackup, forgetForumHadData, type LastGoodBackup } from './backup/backup-status';
export { isStorageFull, STORAGE_FULL_MESSAGE } from './storage-full';
export { removeLeftoverDatabases } from '../db/active-database';
export { RightsRefusedError, type RightsRefusal } from './privacy/rights-refused';
export { eraseClient, type ErasureCounts } from './privacy/erasure';
export { withdrawConsent, restrictClient, liftRestriction, type Withdrawal, type WithdrawalResult } from './privacy/consent-withdrawal';
export { deleteMistakenClient, hasHistory } from './privacy/mistaken-record';
export { mergeClients, type MergeCounts } from './privacy/merge';
export { restrictedRecords, type RestrictedRecord } from './privacy/restricted-records';
export { peoplePastRetention, erasePastRetention, RETENTION_BATCH, type PastRetention } from './privacy/retention';
export { subjectAccessRecord, subjectAccessJson, type SubjectAccessRecord } from './privacy/subject-access';
