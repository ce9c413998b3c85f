/**
 * "Who are you?" on the sign-in and recovery screens: the people who may sign in, by name
 * and nothing else about anyone, read once per screen.
 */
import { useEffect, useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { signInList } from '../../security/vault';
import { Field } from '../../ui/Field';

export type SignInUser = Awaited<ReturnType<typeof signInList>>[number];

/** The people who may sign in, read once per screen. */
export function useSignInList(): SignInUser[] | undefined {
  const [users, setUsers] = useState<SignInUser[]>();
  useEffect(() => {
    let live = true;
    void signInList().then((list) => live && setUsers(list));
    return () => {
      live = false;
    };
  }, []);
  return users;
}

/** The name to sign in as, a select registered with the screen's form. */
export function SignInNameField({ users, registration, error }: { users: readonly Pick<SignInUser, 'id' | 'name'>[] | undefined; registration: UseFormRegisterReturn; error: string | undefined }) {
  const { t } = useTranslation('access');
  return (
    <Field label={t('signIn.who')} error={error}>
      <select className="input" {...registration}>
        <option value="">{t('signIn.choose')}</option>
        {(users ?? []).map((user) => (
          <option key={user.id} value={user.id} dir="auto">
            {user.name}
          </option>
        ))}
      </select>
    </Field>
  );
}
