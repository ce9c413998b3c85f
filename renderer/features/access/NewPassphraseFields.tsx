/**
 * A new passphrase typed twice, on first run and when recovering with the key: the
 * fields of `newPassphraseFields` (./secret-schema.ts), each with its message next to it.
 */
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';

export interface NewPassphraseValues {
  passphrase: string;
  confirm: string;
}

export function NewPassphraseFields<T extends NewPassphraseValues>({
  register,
  errors,
  label,
  confirmLabel,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<NewPassphraseValues>;
  label: string;
  confirmLabel: string;
}) {
  const { t } = useTranslation('access');
  // The two field names exist on every T this takes; react-hook-form cannot see that through the generic.
  const reg = register as unknown as UseFormRegister<NewPassphraseValues>;
  return (
    <>
      <Field label={label} hint={t('firstRun.passphraseHint')} error={errors.passphrase?.message}>
        <input className="input" type="password" autoComplete="new-password" {...reg('passphrase')} />
      </Field>
      <Field label={confirmLabel} error={errors.confirm?.message}>
        <input className="input" type="password" autoComplete="new-password" {...reg('confirm')} />
      </Field>
    </>
  );
}
