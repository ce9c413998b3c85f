/**
 * The Community Intelligence Report: choose the period (and a clinic), build it, preview
 * it exactly as it will be published, then export it. Numbers are protected by the rules
 * in Settings (small counts hidden, everything rounded).
 */
import { useState } from 'react';
import { languageName } from '../../../shared/codes/languages';
import { countryName } from '../../../shared/codes/countries';
import { buildReport, type CommunityReport } from '../../../shared/report/build-report';
import { requestedPeriod, type ReportRequest } from '../../../shared/report/report-request';
import { loadReportInput, useClinics, useSettings } from '../../data';
import { localToday } from '../../format/dates';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';
import { ReportExports } from './ReportExports';
import { ReportPreview } from './ReportPreview';
import { defaultRequest, ReportSetup } from './ReportSetup';

export function ReportsScreen() {
  const settings = useSettings();
  const clinics = useClinics();
  const status = useStatus();
  const [report, setReport] = useState<CommunityReport | null>(null);
  const [busy, setBusy] = useState(false);

  const build = async (request: ReportRequest) => {
    if (!settings) return;
    setBusy(true);
    try {
      const period = requestedPeriod(request);
      const clinic = clinics?.find((c) => c.id === request.clinicId);
      const input = await loadReportInput(period);
      setReport(
        buildReport(input, {
          period,
          ...(clinic ? { clinicId: clinic.id, clinicName: clinic.name } : {}),
          rules: settings.disclosure,
          categories: settings.issueCategories,
          hourlyRate: settings.volunteerHourlyRate,
          countryName,
          languageName,
        }),
      );
    } catch {
      status.error('The report could not be built. Try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title="Reports" lede="The anonymised Community Intelligence Report for your council and funders." />
      <Panel title="Which report">
        {settings && clinics ? (
          <ReportSetup initial={defaultRequest(localToday().slice(0, 7))} clinics={clinics} busy={busy} onBuild={(r) => void build(r)} />
        ) : (
          <p className="muted">Loading…</p>
        )}
        {settings ? (
          <p className="muted">
            Counts below {settings.disclosure.threshold} are hidden and every number is rounded to the nearest {settings.disclosure.rounding}. Change
            these in Settings.
          </p>
        ) : null}
      </Panel>
      {report && settings ? (
        <>
          <ReportExports report={report} />
          <ReportPreview report={report} forumName={settings.forumName} />
        </>
      ) : (
        <EmptyState title="No report built yet.">Choose a period and build the report to preview it before exporting.</EmptyState>
      )}
    </>
  );
}
