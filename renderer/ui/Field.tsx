/**
 * A labelled form field with an optional hint and an error message next to it. The input
 * is given its id, aria-describedby and aria-invalid, so screen readers read all three.
 * The error may be a message code from a schema or a command: it is worded here, in the
 * app's language (renderer/i18n/message-words.ts), so forms pass `errors.x?.message` as it is.
 */
import { cloneElement, useId, type ReactElement } from 'react';
import { useMessageWords } from '../i18n';

interface FieldProps {
  label: string;
  hint?: string;
  error?: string | undefined;
  children: ReactElement<Record<string, unknown>>;
}

export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const words = useMessageWords();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span className="field__hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      {cloneElement(children, { id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {error ? (
        // role="alert": the message is announced as soon as it appears, not only when the field is reached.
        <span className="field__error" id={errorId} role="alert">
          <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
            <circle cx="8" cy="8" r="7" fill="currentColor" />
            <path d="M8 4v5M8 11.5v.5" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
          {words(error)}
        </span>
      ) : null}
    </div>
  );
}
