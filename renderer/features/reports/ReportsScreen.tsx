/**
 * The Community Intelligence Report: choose the period (and a clinic), build it, preview
 * it exactly as it will be published, then export it. Numbers are protected by the rules
 * in Settings (small counts hidden, everything rounded). The report is written in the
 * app's language (titles, labels, country and language names, notes) and is built again
 * from the same records when the language changes, so the preview and the files always
 * match the screen.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildReport, type ReportInput } from '../../../shared/report/build-report';
import type { ReportPeriod } from '../../../shared/report/period';
import { requestedPeriod, type ReportRequest } from '../../../shared/report/report-request';
import { loadReportInput, useClinics, useSettings } from '../../data';
import { localToday } from '../../format/dates';
import { useFormat } from '../../i18n/format';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';
import { ReportExports } from './ReportExports';
import { ReportPreview } from './ReportPreview';
import { defaultRequest, ReportSetup } from './ReportSetup';
import { categoriesIn } from '../referrals/category-words';
import { codeNames } from './words/code-names';
import { reportWordsFor } from './words/report-words';

export function ReportsScreen() {
  const { t } = useTranslation('reports');
  const { t: advice } = useTranslation('advice');
  const format = useFormat();
  const settings = useSettings();
  const clinics = useClinics();
  const status = useStatus();
  const [loaded, setLoaded] = useState<{ input: ReportInput; period: ReportPeriod; clinic?: { id: string; name: string } } | null>(null);
  const [busy, setBusy] = useState(false);

  const build = async (request: ReportRequest) => {
    if (!settings) return;
    setBusy(true);
    try {
      const period = requestedPeriod(request);
      const clinic = clinics?.find((c) => c.id === request.clinicId);
      setLoaded({ input: await loadReportInput(period), period, ...(clinic ? { clinic: { id: clinic.id, name: clinic.name } } : {}) });
    } catch {
      status.error(t('screen.buildFailed'));
    } finally {
      setBusy(false);
    }
  };

  // Built from the loaded records in the app's language (again when the language changes).
  const report = useMemo(() => {
    if (!loaded || !settings) return null;
    const names = codeNames(format.language);
    try {
      return buildReport(loaded.input, {
        period: loaded.period,
        ...(loaded.clinic ? { clinicId: loaded.clinic.id, clinicName: loaded.clinic.name } : {}),
        rules: settings.disclosure,
        categories: categoriesIn(settings.issueCategories, advice),
        hourlyRate: settings.volunteerHourlyRate,
        countryName: names.country,
        languageName: names.language,
        words: reportWordsFor(t, format),
      });
    } catch {
      return 'failed' as const;
    }
  }, [loaded, settings, t, advice, format]);

  return (
    <>
      <PageHeader title={t('screen.title')} lede={t('screen.lede')} />
      <Panel title={t('screen.which')}>
        {settings && clinics ? (
          <ReportSetup initial={defaultRequest(localToday().slice(0, 7))} clinics={clinics} busy={busy} onBuild={(r) => void build(r)} />
        ) : (
          <p className="muted">{t('screen.loading')}</p>
        )}
        {settings ? <p className="muted">{t('screen.rules', { threshold: settings.disclosure.threshold, rounding: settings.disclosure.rounding })}</p> : null}
      </Panel>
      {report === 'failed' ? (
        <p className="field__error" role="alert">
          {t('screen.buildFailed')}
        </p>
      ) : report && settings ? (
        <>
          <ReportExports report={report} />
          <ReportPreview report={report} forumName={settings.forumName} />
        </>
      ) : (
        <EmptyState title={t('screen.empty.title')}>{t('screen.empty.body')}</EmptyState>
      )}
    </>
  );
}
