/**
 * The rota's codes in words, in the app's language: roles, checks, language levels, and
 * why a volunteer cannot (or should not) take a shift. shared/rota keeps codes and facts
 * (`Problem`); this is the one place that turns them into sentences, for the rota, the
 * gaps, a volunteer's page, Today and the calendar files alike.
 *
 * Roles are the forum's own list (Settings): the five it starts with are translated, a
 * role the forum added is shown as it was typed ("tea-maker" → "Tea maker").
 */
import type { TFunction } from 'i18next';
import { languageNameIn } from '../../../i18n/intl-names';
import { languageInfo } from '../../../i18n/language-table';
import { roleLabel as roleAsTyped, roleTitle } from '../../../../shared/rota/format';
import type { Problem } from '../../../../shared/rota/rules';
import type { CheckKind, VolunteerLanguage } from '../../../../shared/schemas';
import type { Formatter } from '../../../i18n/format';
import { directionOf, SOURCE_LANGUAGE } from '../../../i18n/languages';
import { isolate } from '../../../ui/UserText';

export const KNOWN_ROLES = ['receptionist', 'adviser', 'interpreter', 'job-club-helper', 'coordinator'] as const;
type KnownRole = (typeof KNOWN_ROLES)[number];
const isKnownRole = (role: string): role is KnownRole => (KNOWN_ROLES as readonly string[]).includes(role);

/** A spoken language's name in the UI language where Intl knows it, else its English name (what the pickers show in English). */
export function spokenLanguageName(code: string, format: Formatter): string {
  return languageNameIn(format.language === SOURCE_LANGUAGE ? undefined : format.locale, code, languageInfo(code));
}

const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/**
 * A name (or other typed text) for a plain-text sentence, isolated where its direction
 * could be mixed with the sentence's: always in a right-to-left language, and in a
 * left-to-right one when the name has right-to-left letters. A Latin name in an English
 * sentence needs nothing, and stays findable as it is typed.
 */
export function nameInText(text: string, format: Formatter): string {
  return directionOf(format.language) === 'rtl' || RIGHT_TO_LEFT.test(text) ? isolate(text) : text;
}

export interface RotaWords {
  /** "Adviser": a role as a label or heading. */
  role(role: string): string;
  /** "adviser": a role inside a sentence. */
  roleInSentence(role: string): string;
  /** "Interpreter (Arabic)", or the role alone. */
  roleWithLanguage(role: string, language?: string): string;
  language(code: string): string;
  /** "Arabic (native)". */
  languageWithLevel(language: VolunteerLanguage): string;
  level(level: VolunteerLanguage['level']): string;
  check(kind: CheckKind): string;
  checkShort(kind: CheckKind): string;
  /** "Monday" for 0. */
  weekday(weekday: number): string;
  /** "14:00–16:00" in the language's own form. */
  timeRange(from: string, to: string): string;
  /** "March 2026" from "2026-03". */
  monthYear(month: string): string;
  /** A number of hours with at most two decimals: "8.5". */
  hoursNumber(hours: number): string;
  /** A volunteer's (or clinic's) name inside a sentence: see nameInText. */
  name(text: string): string;
  /** Why this volunteer does not fit, as one sentence. */
  problem(problem: Problem): string;
  /** Several problems, in order, as one line. */
  problems(problems: readonly Problem[]): string;
}

export function rotaWords(t: TFunction<'volunteers'>, format: Formatter): RotaWords {
  const role = (code: string) => (isKnownRole(code) ? t(`roles.title.${code}`) : roleTitle(code));
  const roleInSentence = (code: string) => (isKnownRole(code) ? t(`roles.inSentence.${code}`) : roleAsTyped(code));
  const language = (code: string) => spokenLanguageName(code, format);
  const weekday = (n: number) => format.weekdays()[n] ?? '';
  const timeRange = (from: string, to: string) => format.timeRange(from, to);
  const date = (iso: string) => format.date(iso, 'medium');
  const ruleCheck = (kind: CheckKind) => t(`rule.check.${kind}`);

  const problem = (p: Problem): string => {
    switch (p.code) {
      case 'inactive':
        return p.missing ? t('problems.missingVolunteer') : t('problems.inactive');
      case 'lacks-role':
        return t('problems.lacksRole', { role: roleInSentence(p.role) });
      case 'lacks-language':
        return t(p.basicOnly ? 'problems.basicLanguage' : 'problems.lacksLanguage', { language: language(p.language) });
      case 'check-missing':
        return p.datedAfter
          ? t('problems.checkDatedAfter', { check: ruleCheck(p.check), date: date(p.datedAfter) })
          : t('problems.checkNotRecorded', { check: t(`rule.checkInSentence.${p.check}`) });
      case 'check-expired':
        return t(p.beforeShift ? 'problems.checkExpiresBefore' : 'problems.checkExpired', { check: ruleCheck(p.check), date: date(p.on) });
      case 'overlap': {
        const time = timeRange(p.time.from, p.time.to);
        return p.clinicName
          ? t('problems.overlapClinic', { clinic: nameInText(p.clinicName, format), time })
          : t('problems.overlapRole', { role: roleInSentence(p.role), time });
      }
      case 'not-available':
        if (p.weekday === undefined) return t('problems.noAvailability');
        if (!p.usual || !p.shift) return t('problems.notThatDay', { weekday: weekday(p.weekday) });
        return t('problems.onlyAt', {
          weekday: weekday(p.weekday),
          usual: format.list(p.usual.map((w) => timeRange(w.from, w.to))),
          shift: timeRange(p.shift.from, p.shift.to),
        });
      case 'away':
        return p.from === p.to ? t('problems.awayOn', { date: date(p.from) }) : t('problems.awayFromTo', { from: date(p.from), to: date(p.to) });
      case 'over-monthly-max':
        return p.max === 0
          ? t('problems.takesNone')
          : t('problems.overMax', { count: p.count, max: p.max, month: format.months()[Number(p.month.slice(5, 7)) - 1] ?? p.month });
    }
  };

  return {
    role,
    roleInSentence,
    roleWithLanguage: (code, spoken) => (spoken ? t('roles.withLanguage', { role: role(code), language: language(spoken) }) : role(code)),
    language,
    languageWithLevel: (l) => t(`languageWithLevel.${l.level}`, { language: language(l.code) }),
    level: (level) => t(`levels.${level}`),
    check: (kind) => t(`checks.name.${kind}`),
    checkShort: (kind) => t(`checks.short.${kind}`),
    weekday,
    timeRange,
    monthYear: (month) => format.date(`${month}-01`, 'monthYear'),
    hoursNumber: (hours) => format.number(Math.round(hours * 100) / 100),
    name: (text) => nameInText(text, format),
    problem,
    problems: (list) => list.map(problem).reduce((all, next) => (all ? t('problems.joined', { first: all, rest: next }) : next), ''),
  };
}
