/**
 * Reading the forum's settings field by field. A field that fails to parse falls back to
 * its default on its own, so one bad value never resets the others; a category with a
 * bad label keeps its place (and its id, which advice entries point at) under a readable
 * stand-in label. Every fallback is reported, by path and reason, never by value.
 */
import { IssueCategory, Settings } from './settings';
import { messageCode } from '../messages/message-code';

export interface SettingsProblem {
  path: string;
  message: string;
}

export interface ReadSettings {
  settings: Settings;
  problems: SettingsProblem[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readCategories(raw: unknown, fallback: Settings['issueCategories'], problems: SettingsProblem[]): Settings['issueCategories'] {
  if (!Array.isArray(raw)) {
    problems.push({ path: 'issueCategories', message: messageCode('common:damaged.notCategoryList') });
    return fallback;
  }
  const out: IssueCategory[] = [];
  const seen = new Set<string>();
  raw.forEach((item: unknown, index) => {
    const parsed = IssueCategory.safeParse(item);
    if (parsed.success && !seen.has(parsed.data.id)) {
      seen.add(parsed.data.id);
      out.push(parsed.data);
      return;
    }
    const id = isObject(item) && typeof item.id === 'string' && item.id.trim() !== '' ? item.id : undefined;
    if (id === undefined || seen.has(id)) {
      problems.push({ path: `issueCategories.${index}`, message: id ? messageCode('common:damaged.duplicateCategoryId') : messageCode('common:damaged.categoryWithoutId') });
      return;
    }
    seen.add(id);
    const reasons = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'category'}: ${issue.message}`);
    problems.push({ path: `issueCategories.${index}`, message: reasons.join('; ') });
    const label = isObject(item) && typeof item.label === 'string' && item.label.trim() !== '' ? item.label.trim().slice(0, 80) : `Category ${id}`;
    const parentId = isObject(item) && typeof item.parentId === 'string' && item.parentId !== '' ? item.parentId : undefined;
    out.push({ id: id.slice(0, 64), label, ...(parentId ? { parentId } : {}), retired: isObject(item) && item.retired === true });
  });
  return out;
}

export function readSettings(stored: unknown, defaults: Settings): ReadSettings {
  const whole = Settings.safeParse(stored);
  if (whole.success) return { settings: whole.data, problems: [] };
  if (!isObject(stored)) return { settings: defaults, problems: [{ path: '(record)', message: messageCode('common:damaged.settingsUnreadable') }] };
  const problems: SettingsProblem[] = [];
  const read: Record<string, unknown> = { ...stored, key: 'forum' };
  for (const [key, field] of Object.entries(Settings.shape)) {
    if (key === 'key') continue;
    if (key === 'issueCategories' && stored[key] !== undefined) {
      read[key] = readCategories(stored[key], defaults.issueCategories, problems);
      continue;
    }
    const parsed = field.safeParse(stored[key]);
    if (parsed.success) {
      read[key] = parsed.data;
    } else {
      read[key] = defaults[key as keyof Settings];
      problems.push({ path: key, message: parsed.error.issues.map((issue) => issue.message).join('; ') });
    }
  }
  const settings = Settings.safeParse(read);
  return settings.success ? { settings: settings.data, problems } : { settings: defaults, problems: [...problems, { path: '(record)', message: messageCode('common:damaged.settingsNotRead') }] };
}
