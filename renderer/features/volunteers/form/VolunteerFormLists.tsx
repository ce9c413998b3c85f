/**
 * The volunteer form's lists: languages, checks and training, weekly availability and
 * dates away. Each row is a labelled group with its own Remove button, and each problem is
 * shown next to the field in its row.
 */
import type { ReactNode } from 'react';
import { Controller, useFieldArray, useWatch } from 'react-hook-form';
import { languageName } from '../../../../shared/codes/languages';
import { CHECK_KINDS, LANGUAGE_LEVELS } from '../../../../shared/schemas';
import { Button } from '../../../ui/Button';
import { LanguagePicker } from '../../../ui/code-pickers';
import { Field } from '../../../ui/Field';
import { CHECK_KIND_LABELS } from '../page/volunteer-checks';
import { LANGUAGE_LEVEL_LABELS } from '../page/volunteer-words';
import { dateMessage, nextCheckKind } from './volunteer-form';
import type { VolunteerFormApi } from './VolunteerFormSections';
import { wordMessage } from '../../../i18n';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const optionalDate = { setValueAs: (v: unknown) => (v === '' || v === null ? undefined : v) };
const weekdayNumber = { setValueAs: (v: unknown) => Number(v) };

type ListErrors = { message?: string; root?: { message?: string } } | undefined;

/**
 * The frame every list shares: its legend and explanation, a line when it is empty, its
 * rows, a problem with the list as a whole ("keep it under 20"), and the Add button.
 */
function ListSection({
  legend,
  intro,
  emptyText,
  empty,
  error,
  addLabel,
  onAdd,
  children,
}: {
  legend: string;
  intro: ReactNode;
  emptyText: string;
  empty: boolean;
  error: ListErrors;
  addLabel: string;
  onAdd: () => void;
  children: ReactNode;
}) {
  const message = error?.message ?? error?.root?.message;
  return (
    <fieldset className="form-section">
      <legend>{legend}</legend>
      <p className="form-section__intro muted">{intro}</p>
      {empty ? <p className="muted volunteer-row__none">{emptyText}</p> : null}
      {children}
      {message ? <span className="field__error">{wordMessage(message)}</span> : null}
      <div>
        <Button onClick={onAdd}>{addLabel}</Button>
      </div>
    </fieldset>
  );
}

function RemoveRow({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <Button variant="quiet" className="volunteer-row__remove" aria-label={label} onClick={onRemove}>
      Remove
    </Button>
  );
}

export function LanguagesSection({ form }: { form: VolunteerFormApi }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'languages' });
  const errors = form.formState.errors.languages;
  const chosen = useWatch({ control: form.control, name: 'languages' }) ?? [];
  return (
    <ListSection
      legend="Languages"
      intro="Interpreting needs conversational or better."
      emptyText="No languages yet."
      empty={fields.length === 0}
      error={errors}
      addLabel="Add a language"
      onAdd={() => append({ code: '', level: 'fluent' })}
    >
      {fields.map((field, index) => {
        const name = chosen[index]?.code ? languageName(chosen[index].code) : `language ${index + 1}`;
        return (
          <div key={field.id} className="volunteer-row volunteer-row--language" role="group" aria-label={`Language ${index + 1}`}>
            <Controller
              control={form.control}
              name={`languages.${index}.code`}
              render={({ field: language }) => (
                <Field label="Language" error={errors?.[index]?.code?.message}>
                  <FocusablePicker
                    focusRef={language.ref}
                    value={language.value || undefined}
                    onChange={(code) => language.onChange(code ?? '')}
                  />
                </Field>
              )}
            />
            <Field label="Level" error={errors?.[index]?.level?.message}>
              <select className="select" {...form.register(`languages.${index}.level`)}>
                {LANGUAGE_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {LANGUAGE_LEVEL_LABELS[level]}
                  </option>
                ))}
              </select>
            </Field>
            <RemoveRow label={`Remove ${name}`} onRemove={() => remove(index)} />
          </div>
        );
      })}
    </ListSection>
  );
}

/** The language picker inside a wrapper the form can focus (to show a problem, or a new row). */
function FocusablePicker({
  focusRef,
  value,
  onChange,
  ...aria
}: {
  focusRef: (instance: unknown) => void;
  value: string | undefined;
  onChange: (code: string | undefined) => void;
  id?: string;
  'aria-describedby'?: string | undefined;
  'aria-invalid'?: boolean | undefined;
}) {
  return (
    <div
      className="volunteer-row__picker"
      ref={(element) => focusRef(element ? { focus: () => element.querySelector('input')?.focus() } : null)}
    >
      <LanguagePicker value={value} onChange={onChange} {...aria} />
    </div>
  );
}

export function ChecksSection({ form }: { form: VolunteerFormApi }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'checks' });
  const errors = form.formState.errors.checks;
  const checks = useWatch({ control: form.control, name: 'checks' }) ?? [];
  return (
    <ListSection
      legend="Checks and training"
      intro="Every volunteer needs safeguarding training; advisers and interpreters also need a PVG or DBS disclosure."
      emptyText="No checks recorded yet."
      empty={fields.length === 0}
      error={errors}
      addLabel="Add a check or training"
      onAdd={() => append({ kind: nextCheckKind(checks), date: '', expires: undefined, level: '' })}
    >
      {fields.map((field, index) => {
        const kind = checks[index]?.kind;
        const rowErrors = errors?.[index];
        return (
          <div key={field.id} className="volunteer-row volunteer-row--check" role="group" aria-label={`Check ${index + 1}`}>
            <Field label="Check or training" error={rowErrors?.kind?.message}>
              <select className="select" {...form.register(`checks.${index}.kind`)}>
                {CHECK_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {CHECK_KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Date done" error={dateMessage(rowErrors?.date?.message)}>
              <input className="input" type="date" {...form.register(`checks.${index}.date`)} />
            </Field>
            <Field label="Expires (optional)" error={dateMessage(rowErrors?.expires?.message)}>
              <input className="input" type="date" {...form.register(`checks.${index}.expires`, optionalDate)} />
            </Field>
            <Field label="Level (optional)" error={rowErrors?.level?.message}>
              <input
                className="input"
                autoComplete="off"
                placeholder={kind === 'immigration-accreditation' ? 'OISC level 1' : kind === 'pvg-dbs' ? 'Enhanced' : ''}
                {...form.register(`checks.${index}.level`)}
              />
            </Field>
            <RemoveRow label={`Remove ${kind ? CHECK_KIND_LABELS[kind].toLowerCase() : `check ${index + 1}`}`} onRemove={() => remove(index)} />
          </div>
        );
      })}
    </ListSection>
  );
}

export function AvailabilitySection({ form }: { form: VolunteerFormApi }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'availability' });
  const errors = form.formState.errors.availability;
  const windows = useWatch({ control: form.control, name: 'availability' }) ?? [];
  return (
    <ListSection
      legend="Usually free"
      intro="The times in a normal week they can take a shift. Add a row for each day."
      emptyText="No weekly times yet."
      empty={fields.length === 0}
      error={errors}
      addLabel="Add a day"
      onAdd={() => {
        // A new row starts on the day after the last one, at the same times.
        const last = windows.at(-1);
        append(last ? { weekday: (last.weekday + 1) % 7, from: last.from, to: last.to } : { weekday: 0, from: '10:00', to: '13:00' });
      }}
    >
      {fields.map((field, index) => {
        const rowErrors = errors?.[index];
        const day = WEEKDAYS[windows[index]?.weekday ?? -1];
        return (
          <div key={field.id} className="volunteer-row volunteer-row--window" role="group" aria-label={`Weekly time ${index + 1}`}>
            <Field label="Day" error={rowErrors?.weekday?.message}>
              <select className="select" {...form.register(`availability.${index}.weekday`, weekdayNumber)}>
                {WEEKDAYS.map((name, weekday) => (
                  <option key={name} value={weekday}>
                    {name}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="From" error={rowErrors?.from?.message}>
              <input className="input" type="time" {...form.register(`availability.${index}.from`)} />
            </Field>
            <Field label="To" error={rowErrors?.to?.message}>
              <input className="input" type="time" {...form.register(`availability.${index}.to`)} />
            </Field>
            <RemoveRow label={day ? `Remove ${day} ${windows[index]?.from ?? ''}–${windows[index]?.to ?? ''}` : `Remove weekly time ${index + 1}`} onRemove={() => remove(index)} />
          </div>
        );
      })}
    </ListSection>
  );
}

export function AwaySection({ form }: { form: VolunteerFormApi }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'away' });
  const errors = form.formState.errors.away;
  return (
    <ListSection
      legend="Dates away"
      intro="Holidays and other times they cannot take shifts. The rota warns before booking them."
      emptyText="No dates away."
      empty={fields.length === 0}
      error={errors}
      addLabel="Add dates away"
      onAdd={() => append({ from: '', to: '' })}
    >
      {fields.map((field, index) => {
        const rowErrors = errors?.[index];
        return (
          <div key={field.id} className="volunteer-row volunteer-row--away" role="group" aria-label={`Time away ${index + 1}`}>
            <Field label="First day" error={dateMessage(rowErrors?.from?.message)}>
              <input className="input" type="date" {...form.register(`away.${index}.from`)} />
            </Field>
            <Field label="Last day" error={dateMessage(rowErrors?.to?.message)}>
              <input className="input" type="date" {...form.register(`away.${index}.to`)} />
            </Field>
            <RemoveRow label={`Remove time away ${index + 1}`} onRemove={() => remove(index)} />
          </div>
        );
      })}
    </ListSection>
  );
}
