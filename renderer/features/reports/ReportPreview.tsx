/**
 * The whole report as it will be exported: a one-page summary, the sections with their
 * protected tables and charts, then the method notes. A table with nothing in it is left
 * out, with a line saying so.
 *
 * Drawn a table at a time (useOneMoreEachFrame): the summary first, then each table in a
 * frame of its own, then the method, so that no single step holds the window for long
 * (drawn at once, a year's preview did for about a third of a second; a section a frame,
 * the first report drawn in a page still held it about 0.2 s while the worker was busy).
 * What is drawn already is not drawn again as the next piece comes (memo).
 */
import { memo, startTransition, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommunityReport, ReportSection, ReportTable } from '../../../shared/report/build-report';
import { isEmptyTable } from '../../../shared/report/build-report';
import { useFormat } from '../../i18n/format';
import { UserText } from '../../ui/UserText';
import { BreakdownChart } from './ReportCharts';
import { ReportSummary } from './ReportSummary';
import { ReportTableView } from './ReportTableView';
import { MarkOnly } from './suppressed-mark';
import { periodWords } from './words/report-words';

/** Sections shown on the summary page instead (their figures are its tiles). */
const ON_SUMMARY = new Set(['headline']);
const CHARTED = new Set(['issues']);

const TableEntry = memo(function TableEntry({ entry }: { entry: ReportTable }) {
  const { t } = useTranslation('reports');
  if (isEmptyTable(entry)) {
    return <p className="report__empty">{t('preview.empty', { title: entry.title })}</p>;
  }
  return (
    <div className="report__table">
      {CHARTED.has(entry.id) ? <BreakdownChart entry={entry} /> : null}
      <ReportTableView entry={entry} />
    </div>
  );
});

const Summary = memo(ReportSummary);

/**
 * How many of `total` pieces to draw: none at first, then one more after each frame is
 * painted, as a transition (anything the person does goes first); from none again when
 * `of` changes (a new report).
 */
function useOneMoreEachFrame(total: number, of: unknown): number {
  const [drawn, setDrawn] = useState({ of, count: 0 });
  const count = drawn.of === of ? drawn.count : 0;
  useEffect(() => {
    if (count >= total) return;
    // After the next paint: requestAnimationFrame runs before it, the timeout after.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setDrawn({ of, count: count + 1 })), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [count, total, of]);
  return count;
}

/** Each section with how many of its tables are drawn, and whether it shows yet. */
function drawnOf(sections: readonly ReportSection[], drawn: number): { section: ReportSection; count: number; visible: boolean }[] {
  const out: { section: ReportSection; count: number; visible: boolean }[] = [];
  let before = 0;
  for (const section of sections) {
    out.push({ section, count: Math.max(0, Math.min(drawn - before, section.tables.length)), visible: drawn > before });
    before += section.tables.length;
  }
  return out;
}

/** `onDrawn` is told once the whole report is on the page (printing it before would leave sections out). */
export function ReportPreview({ report, forumName, onDrawn }: { report: CommunityReport; forumName: string; onDrawn?: (report: CommunityReport) => void }) {
  const { t } = useTranslation('reports');
  const format = useFormat();
  const sections = report.sections.filter((section) => !ON_SUMMARY.has(section.id));
  const tables = sections.reduce((count, section) => count + section.tables.length, 0);
  // The summary is drawn first, then one table a frame, then the method.
  const drawn = useOneMoreEachFrame(tables + 1, report);
  const complete = drawn > tables;
  // How many of each section's tables are drawn so far: a section shows once every table
  // before it is drawn (a section with none, a frame after them).
  const shown = drawnOf(sections, drawn);
  useEffect(() => {
    if (complete) onDrawn?.(report);
  }, [complete, onDrawn, report]);
  return (
    // Busy while its pieces are still being drawn: a screen reader waits for the whole report.
    <article className="report" aria-label={t('preview.label')} aria-busy={!complete}>
      <header className="report__header">
        <p className="report__forum">
          <UserText>{forumName}</UserText>
        </p>
        <h2 className="report__title">{t('preview.title')}</h2>
        <p className="report__period">
          {periodWords(t, format, report.period)}
          {' · '}
          {report.clinic ? <UserText>{report.clinic.name}</UserText> : t('preview.allClinics')}
        </p>
      </header>
      <Summary report={report} forumName={forumName} />
      {shown
        .filter(({ visible }) => visible)
        .map(({ section, count }) => (
          <section key={section.id} className="report__section" aria-label={section.title}>
            <h3>{section.title}</h3>
            {section.tables.slice(0, count).map((entry) => (
              <TableEntry key={entry.id} entry={entry} />
            ))}
          </section>
        ))}
      {complete ? (
        <section className="report__method" aria-label={t('preview.methodLabel')}>
          <h3>{t('preview.methodTitle')}</h3>
          <ul>
            {report.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
          <p>
            <MarkOnly /> {t('preview.mark')}
          </p>
        </section>
      ) : null}
    </article>
  );
}
