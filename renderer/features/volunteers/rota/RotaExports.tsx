/** Publishing the month: a printed rota, and the whole rota as an iCalendar file. */
import { useState } from 'react';
import { languageName } from '../../../../shared/codes/languages';
import { monthLabel } from '../../../../shared/report/period';
import { shiftsToIcs } from '../../../../shared/rota/ics';
import type { RotaMonth } from '../../../data';
import { formatShortDate } from '../../../format/dates';
import { roleLabel } from '../../../format/labels';
import { getPlatform } from '../../../platform/get-platform';
import { Button } from '../../../ui/Button';
import { PrintPreviewDialog } from '../../../ui/PrintPreviewDialog';
import { useStatus } from '../../../ui/StatusProvider';

export function RotaExports({ rota, names }: { rota: RotaMonth; names: ReadonlyMap<string, string> }) {
  const status = useStatus();
  const [printing, setPrinting] = useState(false);
  const clinics = new Map(rota.clinics.map((c) => [c.id, c]));
  const held = rota.shifts.filter((s) => s.volunteerId).sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));

  const exportIcs = async () => {
    const text = shiftsToIcs(
      held.map((s) => ({
        id: s.id,
        date: s.date,
        startTime: s.startTime,
        endTime: s.endTime,
        role: `${roleLabel(s.role)}: ${names.get(s.volunteerId ?? '') ?? 'volunteer'}`,
        clinicName: clinics.get(s.clinicId)?.name ?? 'Clinic',
        ...(clinics.get(s.clinicId)?.venue ? { venue: clinics.get(s.clinicId)?.venue } : {}),
        ...(s.language ? { language: languageName(s.language) } : {}),
      })),
      `Rota ${monthLabel(rota.month)}`,
    );
    const result = await getPlatform().saveFile({ suggestedName: `rota-${rota.month}.ics`, content: text, filters: [{ name: 'Calendar', extensions: ['ics'] }] });
    if (result.saved) status.say(`Saved ${result.fileName}`);
  };

  return (
    <>
      <Button onClick={() => setPrinting(true)}>Print rota</Button>
      <Button onClick={() => void exportIcs()} disabled={held.length === 0}>
        Calendar (.ics)
      </Button>
      {printing ? (
        <PrintPreviewDialog
          title="Print the rota"
          suggestedName={`rota-${rota.month}.pdf`}
          onClose={() => setPrinting(false)}
          sheet={
            <article className="day-sheet" aria-label="Printed rota">
              <header className="day-sheet__header">
                <h2>Rota: {monthLabel(rota.month)}</h2>
              </header>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Time</th>
                    <th scope="col">Clinic</th>
                    <th scope="col">Role</th>
                    <th scope="col">Volunteer</th>
                  </tr>
                </thead>
                <tbody>
                  {[...held.map((s) => ({ key: s.id, date: s.date, start: s.startTime, end: s.endTime, clinicId: s.clinicId, role: s.role, language: s.language, who: names.get(s.volunteerId ?? '') ?? '' })),
                    ...rota.positions.map((p, i) => ({ key: `open-${i}`, date: p.date, start: p.startTime, end: p.endTime, clinicId: p.clinicId, role: p.role, language: p.language, who: 'OPEN' }))]
                    .sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start))
                    .map((row) => (
                      <tr key={row.key}>
                        <td>{formatShortDate(row.date)}</td>
                        <td>
                          {row.start}–{row.end}
                        </td>
                        <td>{clinics.get(row.clinicId)?.name}</td>
                        <td>
                          {roleLabel(row.role)}
                          {row.language ? ` (${languageName(row.language)})` : ''}
                        </td>
                        <td>{row.who}</td>
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
