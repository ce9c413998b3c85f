/**
 * The PIN-or-passphrase part of the Users panel's forms: which kind, the secret and the
 * same again, checked by the plain rule of shared/security/secret-rules.ts and worded from
 * the access catalogue.
 */
import type { TFunction } from 'i18next';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { secretProblem } from '../../../../shared/security/secret-rules';
import { SecretKind } from '../../../../shared/security/user';
import { Field } from '../../../ui/Field';

export interface SecretValues {
  kind: SecretKind;
  secret: string;
  confirm: string;
}

/** Adds the rule for the chosen kind and the "typed twice the same" rule. */
export function checkSecretFields(t: TFunction<'access'>) {
  return (value: SecretValues, ctx: z.RefinementCtx): void => {
    const problem = secretProblem(value.kind, value.secret);
    if (problem) ctx.addIssue({ code: 'custom', path: ['secret'], message: t(`secret.${problem}`) });
    else if (value.confirm !== value.secret) ctx.addIssue({ code: 'custom', path: ['confirm'], message: t('users.form.mismatch') });
  };
}

export const secretShape = { kind: SecretKind, secret: z.string(), confirm: z.string() };

export function SecretFields<T extends SecretValues>({
  register,
  errors,
  kind,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<SecretValues>;
  kind: SecretKind;
}) {
  const { t } = useTranslation('access');
  const reg = register as unknown as UseFormRegister<SecretValues>;
  return (
    <>
      <fieldset className="field">
        <legend className="field__label">{t('users.form.signsInWith')}</legend>
        <label className="checkbox">
          <input type="radio" value="pin" {...reg('kind')} />
          {t('users.form.usePin')}
        </label>
        <label className="checkbox">
          <input type="radio" value="passphrase" {...reg('kind')} />
          {t('users.form.usePassphrase')}
        </label>
      </fieldset>
      <Field label={kind === 'pin' ? t('users.form.pin') : t('users.form.passphrase')} hint={kind === 'pin' ? t('users.form.pinHint') : t('users.form.passphraseHint')} error={errors.secret?.message}>
        <input className="input" type="password" autoComplete="new-password" {...reg('secret')} />
      </Field>
      <Field label={t('users.form.confirm')} error={errors.confirm?.message}>
        <input className="input" type="password" autoComplete="new-password" {...reg('confirm')} />
      </Field>
    </>
  );
}
