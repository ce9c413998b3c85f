/**
 * The volunteer form's lists: languages, checks and training, weekly availability and
 * dates away. Each row is a labelled group with its own Remove button, and each problem is
 * shown next to the field in its row.
 */
import type { ReactNode } from 'react';
import { Controller, useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CHECK_KINDS, LANGUAGE_LEVELS } from '../../../../shared/schemas';
import { useFormat } from '../../../i18n/format';
import { Button } from '../../../ui/Button';
import { LanguagePicker } from '../../../ui/code-pickers';
import { FormDateField } from '../../../ui/FormDateField';
import { Field } from '../../../ui/Field';
import { useRotaWords } from '../words/use-rota-words';
import { nextCheckKind } from './volunteer-form';
import type { VolunteerFormApi } from './VolunteerFormSections';
import { wordMessage } from '../../../i18n';

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
  const { t } = useTranslation('volunteers');
  return (
    <Button variant="quiet" className="volunteer-row__remove" aria-label={label} onClick={onRemove}>
      {t('form.remove')}
    </Button>
  );
}

export function LanguagesSection({ form }: { form: VolunteerFormApi }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'languages' });
  const errors = form.formState.errors.languages;
  const chosen = useWatch({ control: form.control, name: 'languages' }) ?? [];
  const { t } = useTranslation('volunteers');
  const words = useRotaWords();
  return (
    <ListSection
      legend={t('form.languages.legend')}
      intro={t('form.languages.intro')}
      emptyText={t('form.languages.empty')}
      empty={fields.length === 0}
      error={errors}
      addLabel={t('form.languages.add')}
      onAdd={() => append({ code: '', level: 'fluent' })}
    >
      {fields.map((field, index) => {
        const code = chosen[index]?.code;
        const removeLabel = code ? t('form.languages.remove', { language: words.language(code) }) : t('form.languages.removeNumber', { number: index + 1 });
        return (
          <div key={field.id} className="volunteer-row volunteer-row--language" role="group" aria-label={t('form.languages.row', { number: index + 1 })}>
            <Controller
              control={form.control}
              name={`languages.${index}.code`}
              render={({ field: language }) => (
                <Field label={t('form.languages.language')} error={errors?.[index]?.code?.message}>
                  <FocusablePicker
                    focusRef={language.ref}
                    value={language.value || undefined}
                    onChange={(code) => language.onChange(code ?? '')}
                  />
                </Field>
              )}
            />
            <Field label={t('form.languages.level')} error={errors?.[index]?.level?.message}>
              <select className="select" {...form.register(`languages.${index}.level`)}>
                {LANGUAGE_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {words.level(level)}
                  </option>
                ))}
              </select>
            </Field>
            <RemoveRow label={removeLabel} onRemove={() => remove(index)} />
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
  const { t } = useTranslation('volunteers');
  const words = useRotaWords();
  return (
    <ListSection
      legend={t('form.checks.legend')}
      intro={t('form.checks.intro')}
      emptyText={t('form.checks.empty')}
      empty={fields.length === 0}
      error={errors}
      addLabel={t('form.checks.add')}
      onAdd={() => append({ kind: nextCheckKind(checks), date: '', expires: undefined, level: '' })}
    >
      {fields.map((field, index) => {
        const kind = checks[index]?.kind;
        const rowErrors = errors?.[index];
        return (
          <div key={field.id} className="volunteer-row volunteer-row--check" role="group" aria-label={t('form.checks.row', { number: index + 1 })}>
            <Field label={t('form.checks.kind')} error={rowErrors?.kind?.message}>
              <select className="select" {...form.register(`checks.${index}.kind`)}>
                {CHECK_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {words.check(k)}
                  </option>
                ))}
              </select>
            </Field>
            <FormDateField control={form.control} name={`checks.${index}.date`} label={t('form.checks.date')} />
            {/* Left empty, there is no expiry (rather than an empty date). */}
            <FormDateField control={form.control} name={`checks.${index}.expires`} label={t('form.checks.expires')} optional />
            <Field label={t('form.checks.level')} error={rowErrors?.level?.message}>
              <input
                className="input"
                autoComplete="off"
                placeholder={kind === 'immigration-accreditation' || kind === 'pvg-dbs' ? t(`checks.levelPlaceholder.${kind}`) : ''}
                {...form.register(`checks.${index}.level`)}
              />
            </Field>
            <RemoveRow
              label={kind ? t('form.checks.remove', { check: words.check(kind) }) : t('form.checks.removeNumber', { number: index + 1 })}
              onRemove={() => remove(index)}
            />
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
  const { t } = useTranslation('volunteers');
  const format = useFormat();
  const weekdays = format.weekdays();
  return (
    <ListSection
      legend={t('form.availability.legend')}
      intro={t('form.availability.intro')}
      emptyText={t('form.availability.empty')}
      empty={fields.length === 0}
      error={errors}
      addLabel={t('form.availability.add')}
      onAdd={() => {
        // A new row starts on the day after the last one, at the same times.
        const last = windows.at(-1);
        append(last ? { weekday: (last.weekday + 1) % 7, from: last.from, to: last.to } : { weekday: 0, from: '10:00', to: '13:00' });
      }}
    >
      {fields.map((field, index) => {
        const rowErrors = errors?.[index];
        const window = windows[index];
        const day = window ? weekdays[window.weekday] : undefined;
        const times = window?.from && window.to && /^\d{2}:\d{2}$/.test(window.from) && /^\d{2}:\d{2}$/.test(window.to) ? format.timeRange(window.from, window.to) : '';
        return (
          <div key={field.id} className="volunteer-row volunteer-row--window" role="group" aria-label={t('form.availability.row', { number: index + 1 })}>
            <Field label={t('form.availability.day')} error={rowErrors?.weekday?.message}>
              <select className="select" {...form.register(`availability.${index}.weekday`, weekdayNumber)}>
                {weekdays.map((name, weekday) => (
                  <option key={weekday} value={weekday}>
                    {name}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('form.availability.from')} error={rowErrors?.from?.message}>
              <input className="input" type="time" {...form.register(`availability.${index}.from`)} />
            </Field>
            <Field label={t('form.availability.to')} error={rowErrors?.to?.message}>
              <input className="input" type="time" {...form.register(`availability.${index}.to`)} />
            </Field>
            <RemoveRow
              label={day ? t('form.availability.remove', { weekday: day, time: times }) : t('form.availability.removeNumber', { number: index + 1 })}
              onRemove={() => remove(index)}
            />
          </div>
        );
      })}
    </ListSection>
  );
}

export function AwaySection({ form }: { form: VolunteerFormApi }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'away' });
  const errors = form.formState.errors.away;
  const { t } = useTranslation('volunteers');
  return (
    <ListSection
      legend={t('form.away.legend')}
      intro={t('form.away.intro')}
      emptyText={t('form.away.empty')}
      empty={fields.length === 0}
      error={errors}
      addLabel={t('form.away.add')}
      onAdd={() => append({ from: '', to: '' })}
    >
      {fields.map((field, index) => (
        <div key={field.id} className="volunteer-row volunteer-row--away" role="group" aria-label={t('form.away.row', { number: index + 1 })}>
          <FormDateField control={form.control} name={`away.${index}.from`} label={t('form.away.first')} />
          <FormDateField control={form.control} name={`away.${index}.to`} label={t('form.away.last')} />
          <RemoveRow label={t('form.away.remove', { number: index + 1 })} onRemove={() => remove(index)} />
        </div>
      ))}
    </ListSection>
  );
}
