/** Publishing the month: a printed rota, and the whole rota as an iCalendar file. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shiftsToIcs } from '../../../../shared/rota/ics';
import { isStorageFull, recordFileExport, STORAGE_FULL_MESSAGE, type RotaMonth } from '../../../data';
import { useFormat } from '../../../i18n/format';
import { getPlatform } from '../../../platform/get-platform';
import { Button } from '../../../ui/Button';
import { PrintPreviewDialog } from '../../../ui/PrintPreviewDialog';
import { useStatus } from '../../../ui/StatusProvider';
import { UserText } from '../../../ui/UserText';
import { useRotaWords } from '../words/use-rota-words';

export function RotaExports({ rota, names }: { rota: RotaMonth; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation('volunteers');
  const format = useFormat();
  const words = useRotaWords();
  const status = useStatus();
  const [printing, setPrinting] = useState(false);
  const clinics = new Map(rota.clinics.map((c) => [c.id, c]));
  const held = rota.shifts.filter((s) => s.volunteerId).sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));
  const clinicName = (id: string) => clinics.get(id)?.name ?? t('calendar.clinic');

  const exportIcs = async () => {
    try {
      const text = shiftsToIcs(
        held.map((s) => {
          const venue = clinics.get(s.clinicId)?.venue;
          return {
            id: s.id,
            date: s.date,
            startTime: s.startTime,
            endTime: s.endTime,
            role: s.role,
            clinicName: clinicName(s.clinicId),
            // The whole forum's calendar: each event says who, as well as what and where.
            title: t('calendar.eventTitle', {
              role: t('calendar.rotaEventRole', { role: words.roleWithLanguage(s.role, s.language), name: names.get(s.volunteerId ?? '') ?? t('calendar.aVolunteer') }),
              clinic: clinicName(s.clinicId),
            }),
            ...(venue ? { venue } : {}),
          };
        }),
        t('calendar.rotaName', { month: words.monthYear(rota.month) }),
      );
      const result = await getPlatform().saveFile({
        suggestedName: t('rota.icsFile', { month: rota.month }),
        content: text,
        filters: [{ name: t('page.calendarFilter'), extensions: ['ics'] }],
      });
      if (result.saved) await recordFileExport('rota', { format: 'ics', count: held.length });
      if (result.saved) status.say(t('rota.savedFile', { fileName: words.name(result.fileName) }));
      else if (result.reason !== 'cancelled') status.error(result.message ?? t('page.calendarNotSaved'));
    } catch (error) {
      // A full disk or any other failure gets a plain message, never the raw error text.
      status.error(isStorageFull(error) ? STORAGE_FULL_MESSAGE : t('rota.icsNotMade'));
    }
  };

  const rows = [
    ...held.map((s) => ({ key: s.id, date: s.date, start: s.startTime, end: s.endTime, clinicId: s.clinicId, role: s.role, language: s.language, who: names.get(s.volunteerId ?? '') })),
    ...rota.positions.map((p, i) => ({ key: `open-${i}`, date: p.date, start: p.startTime, end: p.endTime, clinicId: p.clinicId, role: p.role, language: p.language, who: undefined })),
  ].sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start));

  return (
    <>
      <Button onClick={() => setPrinting(true)}>{t('rota.print')}</Button>
      <Button onClick={() => void exportIcs()} disabled={held.length === 0}>
        {t('rota.ics')}
      </Button>
      {printing ? (
        <PrintPreviewDialog
          title={t('rota.printDialog')}
          suggestedName={t('rota.pdfFile', { month: rota.month })}
          onClose={() => setPrinting(false)}
          exportKind="rota"
          sheet={
            <article tabIndex={0} className="day-sheet" aria-label={t('rota.printed')}>
              <header className="day-sheet__header">
                <h2>{t('rota.printTitle', { month: words.monthYear(rota.month) })}</h2>
              </header>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('rota.column.date')}</th>
                    <th scope="col">{t('rota.column.time')}</th>
                    <th scope="col">{t('rota.column.clinic')}</th>
                    <th scope="col">{t('rota.column.role')}</th>
                    <th scope="col">{t('rota.column.volunteer')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.key}>
                      <td>{format.date(row.date, 'medium')}</td>
                      <td>{words.timeRange(row.start, row.end)}</td>
                      <td>
                        <UserText>{clinics.get(row.clinicId)?.name ?? ''}</UserText>
                      </td>
                      <td>{words.roleWithLanguage(row.role, row.language)}</td>
                      <td>{row.who === undefined ? t('rota.openPlace') : <UserText>{row.who}</UserText>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </article>
          }
        />
      ) : null}
    </>
  );
}
