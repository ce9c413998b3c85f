/**
 * Choosing a backup file, in the volunteer's language. A native file input writes its own
 * "Choose File" and "No file chosen" in the browser's language, whatever the app shows, so
 * the input itself is visually hidden (still labelled and reached with Tab) and a button-like
 * label and the chosen file's name are drawn from the catalogue instead. The focus ring the
 * hidden input cannot show is drawn on that label while the input has keyboard focus.
 */
import { useId, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { UserText } from '../../ui/UserText';

const FOCUS_RING: CSSProperties = {
  outline: '3px solid var(--focus-ink)',
  outlineOffset: '2px',
  boxShadow: '0 0 0 7px var(--focus)',
};

interface BackupFileInputProps {
  label: string;
  hint: string;
  error: string | undefined;
  disabled: boolean;
  onChoose: (file: File) => void;
}

export function BackupFileInput({ label, hint, error, disabled, onChoose }: BackupFileInputProps) {
  const { t } = useTranslation('backups');
  const id = useId();
  const [chosen, setChosen] = useState<string>();
  const [keyboardFocus, setKeyboardFocus] = useState(false);
  const describedBy = error ? `${id}-hint ${id}-error` : `${id}-hint`;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <span className="field__hint" id={`${id}-hint`}>
        {hint}
      </span>
      <div className="form__actions">
        <input
          id={id}
          className="visually-hidden"
          type="file"
          accept=".spbackup"
          disabled={disabled}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onFocus={(event) => setKeyboardFocus(event.currentTarget.matches(':focus-visible'))}
          onBlur={() => setKeyboardFocus(false)}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file) return;
            setChosen(file.name);
            onChoose(file);
          }}
        />
        {/* A second label for the same input: clicking it opens the file picker. Hidden from
            assistive technology, which already hears the input's own label. */}
        <label htmlFor={id} className="button button--secondary" aria-hidden="true" style={keyboardFocus ? FOCUS_RING : undefined}>
          {t('restore.chooseFile')}
        </label>
        <span className="muted">{chosen ? <UserText>{chosen}</UserText> : t('restore.noFile')}</span>
      </div>
      {error ? (
        <span className="field__error" id={`${id}-error`} role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
