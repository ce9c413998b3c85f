/**
 * The roles a volunteer signs in with. What each may do (the permission matrix) is
 * decided in this folder too, so the repository commands and the screens ask one place.
 */
export const ROLES = ['administrator', 'coordinator', 'adviser', 'frontDesk', 'committee'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
