/**
 * A role code as people read it when the app has no word for it (a role the forum added in
 * Settings); the known roles are translated in renderer/features/volunteers/words.
 */

/** "job club helper" from "job-club-helper": a role as it reads inside a sentence. */
export function roleLabel(role: string): string {
  return role.replace(/[-_]+/g, ' ').trim();
}

/** "Job club helper": a role as it reads at the start of a title. */
export function roleTitle(role: string): string {
  const label = roleLabel(role);
  return label.charAt(0).toUpperCase() + label.slice(1);
}
