/** The Community Intelligence Report: what it will contain and how numbers are protected. */
import { useSettings, useTableCounts } from '../../data';
import { PageHeader } from '../../ui/PageHeader';
import { Panel } from '../../ui/Panel';

export function ReportsScreen() {
  const settings = useSettings();
  const counts = useTableCounts();
  const rules = settings?.disclosure;
  return (
    <>
      <PageHeader title="Reports" lede="The anonymised Community Intelligence Report for your council and funders." />
      <div className="grid-2">
        <Panel title="What the report covers">
          <ul>
            <li>Who came: nationality, first language, gender, age band and area</li>
            <li>What they needed help with, and what is rising</li>
            <li>Interpreting requests and how many were covered</li>
            <li>Referrals by service and by outcome</li>
            <li>Volunteering: people active, hours given and their value</li>
          </ul>
          <p className="muted">
            Built from {counts ? counts.appointments.toLocaleString('en-GB') : '–'} appointments and{' '}
            {counts ? counts.adviceEntries.toLocaleString('en-GB') : '–'} advice log entries on this computer.
          </p>
        </Panel>
        <Panel title="How numbers are protected">
          <p>No names, contact details, notes or exact dates ever appear in a report.</p>
          {rules ? (
            <p>
              Counts below <strong>{rules.threshold}</strong> are hidden, and every published number is rounded to the nearest{' '}
              <strong>{rules.rounding}</strong>, so no one can be picked out from small numbers.
            </p>
          ) : null}
        </Panel>
      </div>
    </>
  );
}
