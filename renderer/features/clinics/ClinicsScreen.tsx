/**
 * Clinics & appointments: the week (or one day) of sessions across clinics or for one
 * clinic, with previous/next navigation, and the list of clinics to add or change.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { addDays, weekdayOf } from '../../../shared/schedule/dates';
import { IsoDate } from '../../../shared/schemas';
import { useAppointmentsBetween, useClientDirectory, useClinics, useSessionsBetween } from '../../data';
import { useLocalNow } from '../../ui/hooks/use-now';
import { useFormat } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Segmented } from '../../ui/Segmented';
import { PageHeader } from '../../ui/PageHeader';
import { Panel } from '../../ui/Panel';
import { DayView } from './calendar/DayView';
import { WeekView } from './calendar/WeekView';
import { ClinicList } from './ClinicList';
import { Loading } from '../../ui/Loading';
import { useCan } from '../../security/permissions';

export function ClinicsScreen() {
  const { t } = useTranslation('clinics');
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const now = useLocalNow();
  const today = now.date;
  const view = params.get('view') === 'day' ? 'day' : 'week';
  const rawDate = params.get('date') ?? today;
  const date = IsoDate.safeParse(rawDate).success ? rawDate : today;
  const clinicFilter = params.get('clinic') ?? '';
  const from = view === 'week' ? addDays(date, -weekdayOf(date)) : date;
  const to = view === 'week' ? addDays(from, 6) : date;

  const clinics = useClinics();
  const sessions = useSessionsBetween(from, to);
  const appointments = useAppointmentsBetween(from, to);
  const directory = useClientDirectory();
  const clinicMap = useMemo(() => new Map((clinics ?? []).map((c) => [c.id, c])), [clinics]);
  const shown = (sessions ?? []).filter((s) => !clinicFilter || s.clinicId === clinicFilter);

  const go = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  const step = view === 'week' ? 7 : 1;
  const canChangeClinics = useCan('clinics.write');

  return (
    <>
      <PageHeader
        title={t('screen.title')}
        lede={view === 'week' ? t('screen.weekOf', { date: format.date(from, 'long') }) : format.date(date, 'long')}
        actions={
          canChangeClinics ? (
            <Link className="button button--secondary" to="/clinics/new">
              {t('screen.newClinic')}
            </Link>
          ) : null
        }
      />
      <div className="calendar-toolbar" role="toolbar" aria-label={t('screen.toolbar')}>
        <Segmented
          label={t('screen.view')}
          options={[
            { value: 'day', label: t('screen.day') },
            { value: 'week', label: t('screen.week') },
          ]}
          value={view}
          onChange={(next) => go({ view: next })}
        />
        <Button onClick={() => go({ date: addDays(date, -step) })}>{view === 'week' ? t('screen.previousWeek') : t('screen.previousDay')}</Button>
        <Button onClick={() => go({ date: today })}>{t('screen.today')}</Button>
        <Button onClick={() => go({ date: addDays(date, step) })}>{view === 'week' ? t('screen.nextWeek') : t('screen.nextDay')}</Button>
        <label className="inline-field">
          {t('screen.clinic')}
          <select className="select" value={clinicFilter} onChange={(e) => go({ clinic: e.target.value })}>
            <option value="">{t('screen.allClinics')}</option>
            {clinics?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {sessions && appointments && directory ? (
        view === 'week' ? (
          <WeekView weekStart={from} now={now} sessions={shown} appointments={appointments} clinics={clinicMap} />
        ) : (
          <DayView sessions={shown} appointments={appointments} clinics={clinicMap} clientById={directory.byId} />
        )
      ) : (
        <Loading label={t('screen.loading')} />
      )}
      <Panel title={t('screen.clinics')} flush>
        <ClinicList clinics={clinics} />
      </Panel>
    </>
  );
}
