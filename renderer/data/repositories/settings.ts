/**
 * The forum's settings: one record. Until the forum saves them, defaults are returned
 * (and nothing is written), so a fresh install has sensible categories and report rules.
 * They are read field by field (shared/schemas/read-settings.ts): a damaged field falls
 * back on its own, and a save writes only the fields it changes over the stored record,
 * so a field that failed to read is never overwritten by its default.
 */
import { readSettings, type ReadSettings } from '../../../shared/schemas/read-settings';
import { Settings } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { nowIso, parseForWrite, putRecord } from '../record-store';
import { requirePermission } from '../../security/permissions';

export const DEFAULT_FORUM_NAME = 'My forum';

export function defaultSettings(): Settings {
  return Settings.parse({ key: 'forum', forumName: DEFAULT_FORUM_NAME, updatedAt: '2026-01-01T00:00:00.000Z' });
}

/** The settings as shown, and what had to fall back. */
export async function readStoredSettings(): Promise<ReadSettings & { stored: boolean }> {
  const raw: unknown = await db().settings.get('forum');
  if (raw === undefined) return { settings: defaultSettings(), problems: [], stored: false };
  return { ...readSettings(raw, defaultSettings()), stored: true };
}

export async function getSettings(): Promise<Settings> {
  return (await readStoredSettings()).settings;
}

export type SettingsPatch = Partial<Omit<Settings, 'key' | 'updatedAt'>>;

/** Merges a change into the stored (or default) settings, validated, in one transaction. */
export async function saveSettings(patch: SettingsPatch): Promise<Settings> {
  requirePermission('settings.write');
  const table = db().settings;
  return db().transaction('rw', table, async () => {
    const raw: unknown = await table.get('forum');
    const current = raw === undefined ? defaultSettings() : readSettings(raw, defaultSettings()).settings;
    const updatedAt = nowIso();
    // Checked whole (only the patch can fail: the rest has been read cleanly) ...
    const next = parseForWrite('settings', Settings, { ...current, ...patch, key: 'forum', updatedAt });
    // ... but written over the stored record: fields the patch does not touch stay as stored.
    const changed = Object.fromEntries(Object.keys(patch).map((key) => [key, next[key as keyof Settings]]));
    const written = raw !== null && typeof raw === 'object' ? { ...raw, ...changed, key: 'forum' as const, updatedAt } : next;
    await putRecord(table, 'settings', written as Settings);
    return readSettings(written, defaultSettings()).settings;
  });
}
