// @vitest-environment jsdom
/** The form parts the sign-in, recovery and first-run screens share. */
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
import { NewPassphraseFields } from '../../../../../renderer/features/access/NewPassphraseFields';
import { SignInNameField } from '../../../../../renderer/features/access/SignInNameField';
import { message, renderInLanguage, resetLanguage } from '../../../support/i18n';

afterEach(async () => {
  cleanup();
  await resetLanguage();
});

function NameForm({ error }: { error?: string }) {
  const form = useForm({ defaultValues: { userId: '' } });
  return (
    <form>
      <SignInNameField users={[{ id: 'u1', name: 'Amira Haddad' }, { id: 'u2', name: 'Олена Шевченко' }]} registration={form.register('userId')} error={error} />
      <output>{form.watch('userId')}</output>
    </form>
  );
}

function PassphraseForm({ errors }: { errors?: { passphrase?: string; confirm?: string } }) {
  const form = useForm({ defaultValues: { passphrase: '', confirm: '' } });
  const fieldErrors = {
    ...(errors?.passphrase ? { passphrase: { type: 'custom', message: errors.passphrase } } : {}),
    ...(errors?.confirm ? { confirm: { type: 'custom', message: errors.confirm } } : {}),
  };
  return (
    <form>
      <NewPassphraseFields register={form.register} errors={fieldErrors} label="New passphrase" confirmLabel="Type it again" />
    </form>
  );
}

describe('the name to sign in as', () => {
  it('offers each person by name after a prompt, and gives the form the chosen id', async () => {
    await renderInLanguage(<NameForm />);
    const select = screen.getByRole('combobox', { name: message('access:signIn.who') });
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual([message('access:signIn.choose'), 'Amira Haddad', 'Олена Шевченко']);
    fireEvent.change(select, { target: { value: 'u2' } });
    expect(screen.getByRole('status').textContent).toBe('u2');
  });

  it('says what is wrong next to the field', async () => {
    await renderInLanguage(<NameForm error="Choose your name" />);
    expect(screen.getByRole('combobox', { name: message('access:signIn.who') }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Choose your name');
  });

  it('is worded in the app’s language', async () => {
    await renderInLanguage(<NameForm />, 'ar');
    expect(screen.getByRole('combobox', { name: message('access:signIn.who', undefined, 'ar') })).toBeTruthy();
  });
});

describe('a new passphrase typed twice', () => {
  it('labels both fields, hides what is typed and gives the plain rule as a hint', async () => {
    await renderInLanguage(<PassphraseForm />);
    const passphrase = screen.getByLabelText('New passphrase');
    const confirm = screen.getByLabelText('Type it again');
    expect(passphrase.getAttribute('type')).toBe('password');
    expect(confirm.getAttribute('type')).toBe('password');
    expect(passphrase.getAttribute('autocomplete')).toBe('new-password');
    expect(document.getElementById(passphrase.getAttribute('aria-describedby')!)?.textContent).toBe(message('access:firstRun.passphraseHint'));
  });

  it('shows each field’s message next to that field', async () => {
    await renderInLanguage(<PassphraseForm errors={{ confirm: 'The two passphrases are not the same' }} />);
    expect(screen.getByLabelText('New passphrase').getAttribute('aria-invalid')).toBeNull();
    const confirm = screen.getByLabelText('Type it again');
    expect(confirm.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(confirm.getAttribute('aria-describedby')!)?.textContent).toBe('The two passphrases are not the same');
  });
});
