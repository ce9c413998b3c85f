/**
 * A date as three labelled number fields (day, month, year) in the order of the chosen
 * language, whatever the computer's or the browser's own locale: a native date input
 * follows the browser's locale (US order on some machines) and its parts are hard to reach
 * with a screen reader. People can type Western, Arabic-Indic or Persian digits. The form
 * receives "YYYY-MM-DD" (or '' when empty); a date that is unfinished or does not exist is
 * said plainly under the fields as soon as the person leaves them.
 *
 * With react-hook-form, `FormDateField` binds it to a field by name:
 *   <FormDateField control={form.control} name="followUpDate" label={t('form.followUp')} optional />
 */
import { useId, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { useMessageWords } from '../i18n/message-words';
import { compose, partOrder, splitValue, type DatePart, type DateParts } from './date-parts';

interface DateFieldProps {
  label: string;
  /** "YYYY-MM-DD", '' or undefined when empty. */
  value: string | undefined;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** The form's message for this field (e.g. from its zod schema); shown in place of the field's own. */
  error?: string | undefined;
  /** A line under the label, before the example. */
  hint?: string;
  /** Offers the browser's saved birthday parts. */
  birthday?: boolean;
  disabled?: boolean;
}

const WIDTH: Record<DatePart, string> = { day: 'date-field__input--short', month: 'date-field__input--short', year: 'date-field__input--year' };
const MAX_LENGTH: Record<DatePart, number> = { day: 2, month: 2, year: 4 };

export function DateField({ label, value, onChange, onBlur, error, hint, birthday = false, disabled = false }: DateFieldProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [parts, setParts] = useState<DateParts>(() => splitValue(value));
  const [seenValue, setSeenValue] = useState(value);
  const [left, setLeft] = useState(false);
  // A value set from outside (a form reset, a loaded record) replaces what the fields hold.
  if (value !== seenValue) {
    setSeenValue(value);
    if ((value ?? '') !== compose(parts).value) setParts(splitValue(value));
  }

  const composed = compose(parts);
  const ownProblem =
    composed.kind === 'incomplete' ? t('dateField.incomplete') : composed.kind === 'not-real' ? t('dateField.notReal') : undefined;
  const words = useMessageWords();
  // A schema's message arrives as a code: worded here, like Field does.
  const shown = error !== undefined ? words(error) : left ? ownProblem : undefined;

  const change = (part: DatePart, text: string) => {
    const next = { ...parts, [part]: text };
    setParts(next);
    const nextValue = compose(next).value;
    setSeenValue(nextValue);
    onChange(nextValue);
  };
  // Leaving the group (not moving between its fields) is when a problem is worth saying.
  const blur = (event: FocusEvent<HTMLFieldSetElement>) => {
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    setLeft(true);
    onBlur?.();
  };

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = shown ? `${hintId} ${errorId}` : hintId;
  const example = format.date('2007-03-27', 'numeric');
  const autoComplete = (part: DatePart) => (birthday ? `bday-${part}` : 'off');

  return (
    <fieldset className="field date-field" aria-describedby={describedBy} onBlur={blur} disabled={disabled}>
      <legend className="field__label">{label}</legend>
      <span className="field__hint" id={hintId}>
        {hint ? `${hint} ` : ''}
        {t('dateField.hint', { example })}
      </span>
      <div className="date-field__parts">
        {partOrder(format.language).map((part) => (
          <div key={part} className="date-field__part">
            <label className="date-field__label" htmlFor={`${id}-${part}`}>
              {t(`dateField.${part}`)}
            </label>
            <input
              id={`${id}-${part}`}
              className={`input ${WIDTH[part]}`}
              inputMode="numeric"
              autoComplete={autoComplete(part)}
              maxLength={MAX_LENGTH[part]}
              value={parts[part]}
              aria-invalid={shown ? true : undefined}
              onChange={(event) => change(part, event.target.value)}
            />
          </div>
        ))}
      </div>
      {shown ? (
        <span className="field__error" id={errorId} role="alert">
          {shown}
        </span>
      ) : null}
    </fieldset>
  );
}
