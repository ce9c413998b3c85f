/**
 * The roles a volunteer signs in with, and what each may do: the permission matrix.
 * Written once, here. The repository commands ask it before they read personal data or
 * write (renderer/security/permissions.ts: `requirePermission`), and the screens ask the
 * same matrix to hide what a role may not do; docs/security.md prints it.
 */
export const ROLES = ['administrator', 'coordinator', 'adviser', 'frontDesk', 'committee'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * What a command or a screen needs. Reading clinics, sessions, the services directory and
 * the settings holds nothing personal and needs only a signed-in user.
 */
export const PERMISSIONS = [
  /** Clients' names, contact details and registration details. */
  'clients.read',
  /** Register, edit and import clients. */
  'clients.write',
  /** Bookings, walk-ins and the queue. */
  'appointments.read',
  /** Book, rebook, add walk-ins, check people in, change a booking's status. */
  'appointments.write',
  /** Print or save a session's day sheet (or an appointment slip). */
  'daySheet.print',
  /** Advice log entries: categories, outcome, notes. */
  'advice.read',
  'advice.write',
  /** Referrals: reasons, consent to share, status, summaries. */
  'referrals.read',
  'referrals.write',
  /** Add, edit and import services in the directory. */
  'services.write',
  /** Clinics and their sessions: create, change, cancel, move. */
  'clinics.write',
  /** Volunteers' names (who is on shift) and records. */
  'volunteers.read',
  /** Add and change volunteers; build the rota; record hours. */
  'volunteers.write',
  /** The Community Intelligence Report (aggregated, disclosure-controlled). */
  'report.build',
  /** Record a withdrawn consent, restrict a record or lift a restriction. */
  'consent.record',
  /** A person's whole record as a sheet and a JSON file (includes advice and referrals). */
  'rights.subjectAccess',
  /** Erase people, delete a mistaken record, merge two records, erase past retention. */
  'rights.erase',
  /** The forum's settings: name, categories, closures, report rules, locking, records needing attention, demo data. */
  'settings.write',
  /** Add users, change their roles, reset a PIN or passphrase, disable or enable them. */
  'users.manage',
  /** Make a backup on demand, choose the folder, restore. */
  'backups.manage',
  /** Read the audit log. */
  'audit.read',
  /** Open Settings for what is their own: the language they work in, this copy's details. */
  'settings.own',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const FRONT_DESK: readonly Permission[] = [
  'clients.read',
  'clients.write',
  'appointments.read',
  'appointments.write',
  'daySheet.print',
  'volunteers.read',
  'consent.record',
  'settings.own',
];

/**
 * The matrix. An adviser does what the front desk does (forums expect an adviser to see
 * the client they advise, and to book the follow-up). The committee has the report only:
 * no permission that reads a person. The administrator has everything.
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  administrator: PERMISSIONS,
  coordinator: ['clients.read', 'appointments.read', 'daySheet.print', 'clinics.write', 'volunteers.read', 'volunteers.write', 'settings.own'],
  adviser: [...FRONT_DESK, 'advice.read', 'advice.write', 'referrals.read', 'referrals.write', 'services.write', 'rights.subjectAccess'],
  frontDesk: FRONT_DESK,
  committee: ['report.build'],
};

/** Whether a role may do this. */
export function can(role: Role | undefined, permission: Permission): boolean {
  return role !== undefined && ROLE_PERMISSIONS[role].includes(permission);
}
