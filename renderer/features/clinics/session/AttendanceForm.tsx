/**
 * Attendance of a session's volunteers, from the day of the session on: all marked at once,
 * then adjusted, with hours defaulting from the shift times. A react-hook-form with zod:
 * hours that are not a number from 0 to 24 are said next to that volunteer's hours, in
 * our words, and nothing is saved until every ticked row is right. Hours are typed in the
 * volunteer's own digits and decimal mark (hours-text.ts).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { minutesOf } from '../../../../shared/schedule/dates';
import type { Shift } from '../../../../shared/schemas';
import { recordAttendance } from '../../../data';
import { useFormat } from '../../../i18n/format';
import { Button } from '../../../ui/Button';
import { refusalMessage } from '../../../ui/form-errors';
import { VALIDATE_ON_SUBMIT } from '../../../ui/form-validation';
import { useStatus } from '../../../ui/StatusProvider';
import { UserText } from '../../../ui/UserText';
import { useClinicWords } from '../words/clinic-words';
import { readHours } from './hours-text';

const MAX_HOURS = 24;
const shiftHours = (s: Shift) => Math.round(((minutesOf(s.endTime) - minutesOf(s.startTime)) / 60) * 4) / 4;
const hoursOk = (typed: string) => {
  const hours = readHours(typed);
  return Number.isFinite(hours) && hours >= 0 && hours <= MAX_HOURS;
};

export function AttendanceForm({ shifts, names }: { shifts: Shift[]; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation('clinics');
  const words = useClinicWords();
  const format = useFormat();
  const status = useStatus();
  const errorId = useId();
  const badHours = t('validation.hours');
  // Hours are checked only where the volunteer is ticked as there: an unticked row's are not saved.
  const schema = useMemo(
    () =>
      z.object({
        rows: z.array(
          z
            .object({ attended: z.boolean(), hours: z.string() })
            .refine((row) => !row.attended || hoursOk(row.hours), { path: ['hours'], message: badHours }),
        ),
      }),
    [badHours],
  );
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      rows: shifts.map((s) => ({ attended: s.attended ?? false, hours: format.number(s.hoursWorked ?? shiftHours(s), { useGrouping: false }) })),
    },
    ...VALIDATE_ON_SUBMIT,
  });
  const rowErrors = form.formState.errors.rows;
  const attended = useWatch({ control: form.control, name: 'rows' }).map((row) => row.attended);

  const save = form.handleSubmit(async ({ rows }) => {
    const entries = shifts.map((s, i) => ({ shiftId: s.id, attended: rows[i]!.attended, hoursWorked: rows[i]!.attended ? readHours(rows[i]!.hours) : undefined }));
    try {
      await recordAttendance(entries);
      status.say(t('volunteers.saved'));
    } catch (error) {
      form.setError('root', { message: refusalMessage(error) });
    }
  });
  const markAll = () => {
    shifts.forEach((_, i) => form.setValue(`rows.${i}.attended`, true));
    // Checked again as a change, once the form has been submitted.
    if (form.formState.isSubmitted) void form.trigger();
  };

  return (
    <form className="attendance" noValidate autoComplete="off" onSubmit={(event) => void save(event)}>
      <ul className="attendance__list" aria-label={t('volunteers.attendance')}>
        {shifts.map((s, i) => {
          const who = names.get(s.volunteerId ?? '') ?? t('volunteers.aVolunteer');
          const error = rowErrors?.[i]?.hours?.message;
          return (
            <li key={s.id}>
              <label className="checkbox">
                <input type="checkbox" {...form.register(`rows.${i}.attended`)} />
                <strong>
                  <UserText>{who}</UserText>
                </strong>{' '}
                <span className="muted">· {words.role(s.role)}</span>
              </label>
              <label className="inline-field">
                {t('volunteers.hours')}
                <input
                  className="input input--tiny"
                  inputMode="decimal"
                  disabled={!attended[i]}
                  aria-label={t('volunteers.hoursFor', { name: who })}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${errorId}-${i}` : undefined}
                  {...form.register(`rows.${i}.hours`)}
                />
              </label>
              {error ? (
                <span className="field__error" id={`${errorId}-${i}`} role="alert">
                  {error}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {form.formState.errors.root?.message ? (
        <p className="field__error" role="alert">
          {form.formState.errors.root.message}
        </p>
      ) : null}
      <div className="form__actions">
        <Button onClick={markAll}>{t('volunteers.markAll')}</Button>
        <Button type="submit" variant="primary" disabled={form.formState.isSubmitting}>
          {t('volunteers.save')}
        </Button>
      </div>
    </form>
  );
}
