/**
 * One volunteer: who they are, whether their checks are in date, their shifts and hours.
 * From here the coordinator edits them, gives them their shifts as a calendar file, and
 * prints a letter confirming their hours.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isStorageFull, STORAGE_FULL_MESSAGE, useClinics, useSettings, useVolunteerShifts } from '../../../data';
import { localToday } from '../../../format/dates';
import { getPlatform } from '../../../platform/get-platform';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { PrintPreviewDialog } from '../../../ui/PrintPreviewDialog';
import { useStatus } from '../../../ui/StatusProvider';
import { HoursLetter } from './HoursLetter';
import { useVolunteerRecord } from './use-volunteer-record';
import { ALL_TIME_FROM, last12Months, volunteerHours } from './volunteer-hours';
import { fileSlug, splitShifts, upcomingShiftsIcs } from './volunteer-shifts';
import { VolunteerChecks, VolunteerDetails } from './VolunteerPanels';
import { VolunteerHoursPanel } from './VolunteerHoursPanel';
import { VolunteerShiftsPanel } from './VolunteerShiftsPanel';

type LetterPeriod = 'all' | 'year';

export function VolunteerPage() {
  const { volunteerId = '' } = useParams();
  const volunteer = useVolunteerRecord(volunteerId);
  const shifts = useVolunteerShifts(volunteerId);
  const clinics = useClinics();
  const settings = useSettings();
  const status = useStatus();
  const [printing, setPrinting] = useState(false);
  const [letterPeriod, setLetterPeriod] = useState<LetterPeriod>('all');
  const [exporting, setExporting] = useState(false);
  const today = localToday();

  if (volunteer === undefined) return <PageHeader title="Volunteer" lede="Loading…" />;
  if (volunteer === null) {
    return (
      <>
        <PageHeader title="Volunteer" />
        <EmptyState title="This volunteer could not be found.">
          They may have been removed. <Link to="/volunteers">Back to volunteers</Link>
        </EmptyState>
      </>
    );
  }

  const split = shifts ? splitShifts(shifts, today) : undefined;
  const forumName = settings?.forumName ?? '';
  const hourlyRate = settings?.volunteerHourlyRate ?? 0;

  const exportShifts = async () => {
    if (!split || !clinics) return;
    if (split.upcoming.length === 0) {
      status.say(`${volunteer.name} has no shifts coming up to export`);
      return;
    }
    setExporting(true);
    try {
      const content = upcomingShiftsIcs(split.upcoming, clinics, `${volunteer.name} – ${forumName || 'Signpost'} shifts`);
      const result = await getPlatform().saveFile({
        suggestedName: `shifts-${fileSlug(volunteer.name)}.ics`,
        content,
        filters: [{ name: 'Calendar', extensions: ['ics'] }],
      });
      if (result.saved) status.say(`Saved ${result.fileName}`);
      else if (result.reason === 'cancelled') status.say(result.message ?? 'Not saved');
      else status.error(result.message ?? 'The calendar file could not be saved.');
    } catch (error) {
      // A full disk or any other failure gets a plain message, never the raw error text.
      status.error(isStorageFull(error) ? STORAGE_FULL_MESSAGE : 'The calendar file could not be made.');
    } finally {
      setExporting(false);
    }
  };

  const letterFrom = letterPeriod === 'all' ? ALL_TIME_FROM : last12Months(today).from;
  const letterSummary = shifts && printing ? volunteerHours(volunteer, shifts, letterFrom, today, hourlyRate) : undefined;

  return (
    <>
      <PageHeader
        title={volunteer.name}
        lede={
          <>
            {volunteer.active ? <Badge tone="ok">Active</Badge> : <Badge>Retired</Badge>} <Link to="/volunteers">All volunteers</Link>
          </>
        }
        actions={
          <>
            <Link className="button button--secondary" to={`/volunteers/${volunteer.id}/edit`}>
              Edit details
            </Link>
            <Button disabled={!split || !clinics || exporting} onClick={() => void exportShifts()}>
              Export shifts (.ics)
            </Button>
            <Button variant="primary" disabled={!shifts || !settings} onClick={() => setPrinting(true)}>
              Print hours letter
            </Button>
          </>
        }
      />
      <div className="volunteer-page">
        <div className="volunteer-page__top">
          <VolunteerDetails volunteer={volunteer} today={today} />
          <VolunteerChecks volunteer={volunteer} today={today} />
        </div>
        <VolunteerShiftsPanel shifts={split} clinics={clinics} />
        <VolunteerHoursPanel volunteer={volunteer} shifts={shifts} today={today} hourlyRate={hourlyRate} />
      </div>
      {printing && letterSummary ? (
        <PrintPreviewDialog
          title="Print the hours letter"
          suggestedName={`hours-${fileSlug(volunteer.name)}-${today}.pdf`}
          onClose={() => setPrinting(false)}
          options={
            <div className="field volunteer-letter-period">
              <label className="field__label" htmlFor="letter-period">
                Hours from
              </label>
              <select id="letter-period" className="select" value={letterPeriod} onChange={(e) => setLetterPeriod(e.target.value as LetterPeriod)}>
                <option value="all">All their volunteering</option>
                <option value="year">The last 12 months</option>
              </select>
            </div>
          }
          sheet={<HoursLetter forumName={forumName} volunteerName={volunteer.name} today={today} summary={letterSummary} />}
        />
      ) : null}
    </>
  );
}
