/**
 * The report's first page, for a committee member who reads only one: the headline
 * figures, the three biggest needs, and contacts month by month. Everything here is a
 * number published in the tables that follow, worded in the report's language.
 */
import { useTranslation } from 'react-i18next';
import type { CommunityReport } from '../../../shared/report/build-report';
import { isPublished } from '../../../shared/report/disclosure';
import { summariseReport, summaryFacts, type SummaryFacts } from '../../../shared/report/report-summary';
import type { ReportWords } from '../../../shared/report/report-words';
import { useFormat, type Formatter } from '../../i18n/format';
import { isolate } from '../../ui/UserText';
import { TrendChart } from './ReportCharts';
import { SuppressedMark } from './suppressed-mark';
import { monthWords, reportWordsFor, type ReportsT } from './words/report-words';

/** The summary's sentences: who was helped, then the biggest needs; a hidden number is left unsaid. */
export function summarySentences(t: ReportsT, format: Formatter, facts: SummaryFacts, forum: string): string[] {
  const sentences: string[] = [];
  const when =
    facts.period.from === facts.period.to
      ? t('summary.when.month', { month: monthWords(format, facts.period.from) })
      : t('summary.when.range', { from: monthWords(format, facts.period.from), to: monthWords(format, facts.period.to) });
  const about = facts.rounded ? 'yes' : 'no';
  if (facts.people !== undefined) {
    const values = { when, forum, about, people: facts.people, fresh: facts.fresh ?? 0, contacts: facts.contacts ?? 0 };
    const key =
      facts.fresh !== undefined && facts.contacts !== undefined
        ? 'summary.helped.freshContacts'
        : facts.fresh !== undefined
          ? 'summary.helped.fresh'
          : facts.contacts !== undefined
            ? 'summary.helped.contacts'
            : 'summary.helped.only';
    sentences.push(t(key, values));
  }
  if (facts.needs.length > 0) {
    // Issue categories are the forum's own words, written as headings; in an English
    // sentence they read in lower case ("benefits and welfare").
    const needs = format.language === 'en-GB' ? facts.needs.map((need) => need.charAt(0).toLowerCase() + need.slice(1)) : facts.needs;
    sentences.push(t('summary.needs', { needs: format.list(needs) }));
  }
  return sentences;
}

export function ReportSummary({ report, forumName }: { report: CommunityReport; forumName: string }) {
  const { t } = useTranslation('reports');
  const format = useFormat();
  const words: ReportWords = reportWordsFor(t, format);
  const summary = summariseReport(report, words);
  const { figures, topNeeds } = summary;
  const forum = isolate(report.clinic ? t('summary.forumClinic', { forum: forumName, clinic: report.clinic.name }) : forumName);
  const sentences = summarySentences(t, format, summaryFacts(summary, report), forum);
  const contacts = report.sections.flatMap((s) => s.tables).find((table) => table.id === 'contacts-by-month');
  return (
    <section className="report__summary" aria-label={t('summary.title')}>
      <h3>{t('summary.title')}</h3>
      {sentences.length > 0 ? <p className="report-summary__lede">{sentences.join(' ')}</p> : null}
      <dl className="report-figures">
        {figures.map((figure) => (
          <div key={figure.id} className="report-figure">
            <dt>{t(`summary.figure.${figure.id}`)}</dt>
            <dd>
              {isPublished(figure.cell) ? (
                format.number(figure.cell.value)
              ) : (
                <SuppressedMark />
              )}
            </dd>
          </div>
        ))}
      </dl>
      <div className="report-summary__needs">
        <h4>{t('summary.needsTitle')}</h4>
        {topNeeds.length > 0 ? (
          <ol>
            {topNeeds.map((need) => (
              <li key={need.label}>
                <span>{need.label}</span> <span className="muted">{t('summary.sessions', { count: need.value })}</span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t('summary.noNeeds')}</p>
        )}
      </div>
      {contacts ? <TrendChart entry={contacts} /> : null}
    </section>
  );
}
