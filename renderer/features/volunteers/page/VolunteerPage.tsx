/**
 * One volunteer: who they are, whether their checks are in date, their shifts and hours.
 * From here the coordinator edits them, gives them their shifts as a calendar file, and
 * prints a letter confirming their hours.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isStorageFull, recordFileExport, STORAGE_FULL_MESSAGE, useClinics, useSettings, useVolunteerShifts } from '../../../data';
import { localToday } from '../../../format/dates';
import { getPlatform } from '../../../platform/get-platform';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { PrintPreviewDialog } from '../../../ui/PrintPreviewDialog';
import { useStatus } from '../../../ui/StatusProvider';
import { useRotaWords } from '../words/use-rota-words';
import { HoursLetter } from './HoursLetter';
import { useVolunteerRecord } from './use-volunteer-record';
import { ALL_TIME_FROM, last12Months, volunteerHours } from './volunteer-hours';
import { fileSlug, splitShifts, upcomingShiftsIcs } from './volunteer-shifts';
import { VolunteerChecks, VolunteerDetails } from './VolunteerPanels';
import { VolunteerHoursPanel } from './VolunteerHoursPanel';
import { VolunteerShiftsPanel } from './VolunteerShiftsPanel';

type LetterPeriod = 'all' | 'year';

export function VolunteerPage() {
  const { t } = useTranslation('volunteers');
  const words = useRotaWords();
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

  if (volunteer === undefined) return <PageHeader title={t('page.title')} lede={t('list.loading')} />;
  if (volunteer === null) {
    return (
      <>
        <PageHeader title={t('page.title')} />
        <EmptyState title={t('form.notFoundTitle')}>
          {t('form.notFoundBody')} <Link to="/volunteers">{t('form.backToList')}</Link>
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
      status.say(t('page.noShiftsToExport', { name: words.name(volunteer.name) }));
      return;
    }
    setExporting(true);
    try {
      const content = upcomingShiftsIcs(
        split.upcoming,
        clinics,
        t('page.calendarName', { name: volunteer.name, forum: forumName || t('page.signpost') }),
        (shift, clinic) => t('calendar.eventTitle', { role: words.roleWithLanguage(shift.role, shift.language), clinic: clinic?.name ?? t('calendar.clinic') }),
      );
      const result = await getPlatform().saveFile({
        suggestedName: t('page.shiftsFile', { slug: fileSlug(volunteer.name, t('page.slugFallback')) }),
        content,
        filters: [{ name: t('page.calendarFilter'), extensions: ['ics'] }],
      });
      if (result.saved) await recordFileExport('volunteer-shifts', { format: 'ics', count: split.upcoming.length });
      if (result.saved) status.say(t('page.savedFile', { fileName: words.name(result.fileName) }));
      else if (result.reason === 'cancelled') status.say(result.message ?? t('page.notSaved'));
      else status.error(result.message ?? t('page.calendarNotSaved'));
    } catch (error) {
      // A full disk or any other failure gets a plain message, never the raw error text.
      status.error(isStorageFull(error) ? STORAGE_FULL_MESSAGE : t('page.calendarNotMade'));
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
            {volunteer.active ? <Badge tone="ok">{t('status.active')}</Badge> : <Badge>{t('status.retired')}</Badge>}{' '}
            <Link to="/volunteers">{t('page.allVolunteers')}</Link>
          </>
        }
        actions={
          <>
            <Link className="button button--secondary" to={`/volunteers/${volunteer.id}/edit`}>
              {t('page.edit')}
            </Link>
            <Button disabled={!split || !clinics || exporting} onClick={() => void exportShifts()}>
              {t('page.exportShifts')}
            </Button>
            <Button variant="primary" disabled={!shifts || !settings} onClick={() => setPrinting(true)}>
              {t('page.printLetter')}
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
          title={t('page.letterDialog')}
          suggestedName={t('page.letterFile', { slug: fileSlug(volunteer.name, t('page.slugFallback')), date: today })}
          onClose={() => setPrinting(false)}
          exportKind="volunteer-hours"
          options={
            <div className="field volunteer-letter-period">
              <label className="field__label" htmlFor="letter-period">
                {t('page.letterPeriod')}
              </label>
              <select id="letter-period" className="select" value={letterPeriod} onChange={(e) => setLetterPeriod(e.target.value as LetterPeriod)}>
                <option value="all">{t('page.letterAll')}</option>
                <option value="year">{t('page.letterYear')}</option>
              </select>
            </div>
          }
          sheet={<HoursLetter forumName={forumName} volunteerName={volunteer.name} today={today} summary={letterSummary} />}
        />
      ) : null}
    </>
  );
}
