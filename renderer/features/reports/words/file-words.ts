/** The words of a report's export files in the app's language (see export/report-files.ts). */
import type { CommunityReport } from '../../../../shared/report/build-report';
import type { Formatter } from '../../../i18n/format';
import type { ReportFileWords } from '../export/report-files';
import { periodWords, type ReportsT } from './report-words';

const UNITS = ['people', 'contacts', 'hours', 'appointments', 'referrals', 'mentions', '%', '£'] as const;
type Unit = (typeof UNITS)[number];
const isUnit = (unit: string): unit is Unit => (UNITS as readonly string[]).includes(unit);
const UNIT_KEYS = { people: 'people', contacts: 'contacts', hours: 'hours', appointments: 'appointments', referrals: 'referrals', mentions: 'mentions', '%': 'percent', '£': 'pounds' } as const;

/** What a table's numbers count ("people", "%"), in the language. */
export function unitWords(t: ReportsT, unit: string): string {
  return isUnit(unit) ? t(`unit.${UNIT_KEYS[unit]}`) : unit;
}

export function reportFileWords(t: ReportsT, format: Formatter, report: Pick<CommunityReport, 'period'>): ReportFileWords {
  return {
    stem: t('files.stem', { from: report.period.from, to: report.period.to }),
    title: t('files.title', { period: periodWords(t, format, report.period) }),
    clinic: (name) => t('files.clinic', { name }),
    about: t('files.about'),
    total: t('table.total'),
    suppressed: t('table.suppressed'),
    suppressedNote: t('files.suppressedNote', { suppressed: t('table.suppressed') }),
    legend: t('files.legend', { suppressed: t('table.suppressed') }),
    noFile: (title) => t('files.noFile', { title }),
    leftOut: (title) => t('preview.empty', { title }),
    unit: (unit) => unitWords(t, unit),
  };
}
