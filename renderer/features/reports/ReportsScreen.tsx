/**
 * The Community Intelligence Report: choose the period (and a clinic), build it, preview
 * it exactly as it will be published, then export it. Numbers are protected by the rules
 * in Settings (small counts hidden, everything rounded). The report is written in the
 * app's language (titles, labels, country and language names, notes) and is built again
 * when the language changes, so the preview and the files always match the screen.
 *
 * The report is built in a worker (renderer/data/report-input): the screen stays usable,
 * shows how far it has got, and can cancel.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommunityReport } from '../../../shared/report/build-report';
import { requestedPeriod, type ReportRequest } from '../../../shared/report/report-request';
import { reportWordsAsData } from '../../../shared/report/report-words-data';
import { buildReportInWorker, ReportCancelledError, useClinics, useSettings, type ReportBuild } from '../../data';
import { localToday } from '../../format/dates';
import { useFormat } from '../../i18n/format';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';
import { ReportExports } from './ReportExports';
import { ReportPreview } from './ReportPreview';
import { ReportProgress } from './ReportProgress';
import { defaultRequest, ReportSetup } from './ReportSetup';
import { categoriesIn } from '../referrals/category-words';
import { namesLocaleOf } from './words/code-names';
import { KNOWN_ROLES, reportWordsFor } from './words/report-words';
import { Loading } from '../../ui/Loading';

export function ReportsScreen() {
  const { t } = useTranslation('reports');
  const { t: advice } = useTranslation('advice');
  const format = useFormat();
  const settings = useSettings();
  const clinics = useClinics();
  const status = useStatus();
  const [built, setBuilt] = useState<{ report: CommunityReport; request: ReportRequest; language: string } | 'failed' | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const running = useRef<ReportBuild | null>(null);
  // The report whose preview is wholly drawn (it is drawn a section at a time).
  const [drawn, setDrawn] = useState<CommunityReport | null>(null);

  const build = useCallback(
    async (request: ReportRequest) => {
      if (!settings) return;
      running.current?.cancel();
      const period = requestedPeriod(request);
      const clinic = clinics?.find((c) => c.id === request.clinicId);
      const job = buildReportInWorker(
        {
          period,
          ...(clinic ? { clinic: { id: clinic.id, name: clinic.name } } : {}),
          rules: settings.disclosure,
          categories: categoriesIn(settings.issueCategories, advice),
          hourlyRate: settings.volunteerHourlyRate,
          words: reportWordsAsData(reportWordsFor(t, format), { period, oneClinic: clinic !== undefined, rules: settings.disclosure, roles: KNOWN_ROLES }),
          ...(namesLocaleOf(format.language) ? { namesLocale: namesLocaleOf(format.language)! } : {}),
        },
        (fraction) => {
          if (running.current === job) setProgress(fraction);
        },
      );
      running.current = job;
      setProgress(0);
      try {
        const report = await job.result;
        // The preview is a large tree: rendered as a transition, React yields to the
        // browser as it goes, so showing it never blocks the window for long. The progress
        // goes in the same transition, so "No report built yet" never shows between them.
        if (running.current === job) {
          running.current = null;
          startTransition(() => {
            setBuilt({ report, request, language: format.language });
            setProgress(null);
          });
        }
      } catch (error) {
        if (running.current !== job) return;
        if (error instanceof ReportCancelledError) status.say(t('build.cancelled'));
        else setBuilt('failed');
      } finally {
        if (running.current === job) {
          running.current = null;
          setProgress(null);
        }
      }
    },
    [settings, clinics, advice, t, format, status],
  );

  // The report is written in the app's language: built again when the language changes.
  const builtLanguage = built !== null && built !== 'failed' ? built.language : undefined;
  const builtRequest = built !== null && built !== 'failed' ? built.request : undefined;
  useEffect(() => {
    if (builtRequest && builtLanguage !== format.language && !running.current) void build(builtRequest);
  }, [format.language, builtLanguage, builtRequest, build]);

  // Leaving the screen stops a build nobody will see.
  useEffect(
    () => () => {
      const job = running.current;
      running.current = null;
      job?.cancel();
    },
    [],
  );

  const report = built !== null && built !== 'failed' ? built.report : null;

  return (
    <>
      <PageHeader title={t('screen.title')} lede={t('screen.lede')} />
      <Panel title={t('screen.which')}>
        {settings && clinics ? (
          <ReportSetup initial={defaultRequest(localToday().slice(0, 7))} clinics={clinics} busy={progress !== null} onBuild={(r) => void build(r)} />
        ) : (
          <Loading label={t('screen.loading')} />
        )}
        {settings ? <p className="muted">{t('screen.rules', { threshold: settings.disclosure.threshold, rounding: settings.disclosure.rounding })}</p> : null}
        {progress !== null ? <ReportProgress fraction={progress} onCancel={() => running.current?.cancel()} /> : null}
      </Panel>
      {built === 'failed' ? (
        <p className="field__error" role="alert">
          {t('screen.buildFailed')}
        </p>
      ) : report && settings ? (
        <>
          <ReportExports report={report} printable={drawn === report} />
          {report.unreadable ? (
            <p className="field__error" role="status">
              {t('preview.unreadable', { count: report.unreadable.referrals })}
            </p>
          ) : null}
          <ReportPreview report={report} forumName={settings.forumName} onDrawn={setDrawn} />
        </>
      ) : progress !== null ? null : (
        // While the first report is built, the progress above says so: not "No report built yet".
        <EmptyState title={t('screen.empty.title')}>{t('screen.empty.body')}</EmptyState>
      )}
    </>
  );
}
