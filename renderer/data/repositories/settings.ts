/**
 * The forum's settings: one record. Until the forum saves them, defaults are returned
 * (and nothing is written), so a fresh install has sensible categories and report rules.
 */
import { Settings } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { nowIso, openRecord, parseForWrite, putRecord } from '../record-store';

export const DEFAULT_FORUM_NAME = 'My forum';

export function defaultSettings(): Settings {
  return Settings.parse({ key: 'forum', forumName: DEFAULT_FORUM_NAME, updatedAt: '2026-01-01T00:00:00.000Z' });
}

export async function getSettings(): Promise<Settings> {
  return openRecord('settings', Settings, await db().settings.get('forum')) ?? defaultSettings();
}

export type SettingsPatch = Partial<Omit<Settings, 'key' | 'updatedAt'>>;

/** Merges a change into the stored (or default) settings, validated, in one transaction. */
export async function saveSettings(patch: SettingsPatch): Promise<Settings> {
  const table = db().settings;
  return db().transaction('rw', table, async () => {
    const current = openRecord('settings', Settings, await table.get('forum')) ?? defaultSettings();
    const next = parseForWrite('settings', Settings, { ...current, ...patch, key: 'forum', updatedAt: nowIso() });
    await putRecord(table, 'settings', next);
    return next;
  });
}
