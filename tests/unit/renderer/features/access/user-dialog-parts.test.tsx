// @vitest-environment jsdom
/** The parts the Users panel's dialogs share: the choices, the actions and the one-choice dialog frame. */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { RoleOptions, UserChoiceDialog, UserDialogActions, VolunteerOptions } from '../../../../../renderer/features/access/users/user-dialog-parts';
import { CommandRefusedError } from '../../../../../renderer/data';
import { messageCode } from '../../../../../shared/messages/message-code';
import type { Volunteer } from '../../../../../shared/schemas';
import { ROLES } from '../../../../../shared/security/roles';
import { giveDialogsModalMethods } from '../../../support/dialog-element';
import { message, renderInLanguage, resetLanguage } from '../../../support/i18n';

beforeAll(giveDialogsModalMethods);

afterEach(async () => {
  cleanup();
  await resetLanguage();
});

const optionTexts = (select: HTMLElement) => [...select.querySelectorAll('option')].map((o) => [o.value, o.textContent]);

describe('the Users dialogs’ choices', () => {
  it('names every role in the app’s language', async () => {
    await renderInLanguage(
      <select aria-label="Role">
        <RoleOptions />
      </select>,
      'pl',
    );
    const options = optionTexts(screen.getByRole('combobox', { name: 'Role' }));
    expect(options.map(([value]) => value)).toEqual(['administrator', 'coordinator', 'adviser', 'frontDesk', 'committee']);
    expect(options[0]![1]).toBe(message('access:users.roles.administrator.name', undefined, 'pl'));
  });

  it('offers no volunteer record first, then each volunteer by name', async () => {
    const volunteers = [{ id: 'v1', name: 'Marta Nowak' }, { id: 'v2', name: 'سارا احمدی' }] as unknown as Volunteer[];
    await renderInLanguage(
      <select aria-label="Volunteer">
        <VolunteerOptions volunteers={volunteers} />
      </select>,
    );
    expect(optionTexts(screen.getByRole('combobox', { name: 'Volunteer' }))).toEqual([
      ['', message('access:users.form.noVolunteer')],
      ['v1', 'Marta Nowak'],
      ['v2', 'سارا احمدی'],
    ]);
  });

  it('the actions are Cancel and the form’s submit, which can be held while it works', async () => {
    const onClose = vi.fn();
    await renderInLanguage(
      <form>
        <UserDialogActions onClose={onClose} label="Add user" disabled />
      </form>,
    );
    const submit = screen.getByRole('button', { name: 'Add user' });
    expect(submit.getAttribute('type')).toBe('submit');
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: message('access:users.form.cancel') }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});

describe('a dialog that changes one thing about a user', () => {
  const frame = (onSave: (role: string) => Promise<void>, onClose: () => void) => (
    <UserChoiceDialog
      title="Change Amira’s role"
      label="Role"
      hint={(role) => `Now: ${role}`}
      saveLabel="Save role"
      initial="adviser"
      schema={z.enum(ROLES, 'Choose a role')}
      onSave={onSave}
      onClose={onClose}
    >
      {(registration) => (
        <select {...registration}>
          <RoleOptions />
        </select>
      )}
    </UserChoiceDialog>
  );

  it('saves the choice, then closes; the hint follows the choice', async () => {
    const onSave = vi.fn(async () => undefined);
    const onClose = vi.fn();
    await renderInLanguage(frame(onSave, onClose));
    expect(screen.getByRole('dialog', { name: 'Change Amira’s role' })).toBeTruthy();
    const role = screen.getByRole('combobox', { name: 'Role' });
    expect(screen.getByText('Now: adviser')).toBeTruthy();
    fireEvent.change(role, { target: { value: 'coordinator' } });
    await screen.findByText('Now: coordinator');
    const save = screen.getByRole('button', { name: 'Save role' });
    expect(save.getAttribute('type')).toBe('submit');
    fireEvent.click(save);
    await waitFor(() => expect(onClose).toHaveBeenCalledOnce());
    expect(onSave).toHaveBeenCalledWith('coordinator');
  });

  it('stays open with the refusal next to the choice', async () => {
    const onClose = vi.fn();
    await renderInLanguage(
      frame(async () => {
        throw new CommandRefusedError(messageCode('access:users.refusal.lastAdministrator'));
      }, onClose),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save role' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(message('access:users.refusal.lastAdministrator'));
    expect(screen.getByRole('combobox', { name: 'Role' }).getAttribute('aria-invalid')).toBe('true');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('says in its own words, next to the choice, when the choice is not one it takes, and saves nothing', async () => {
    const onSave = vi.fn(async () => undefined);
    await renderInLanguage(
      <UserChoiceDialog title="Change Amira’s role" label="Role" hint={() => ''} saveLabel="Save role" initial="" schema={z.enum(ROLES, 'Choose a role')} onSave={onSave} onClose={vi.fn()}>
        {(registration) => <input {...registration} />}
      </UserChoiceDialog>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save role' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Choose a role');
    expect(screen.getByRole('textbox', { name: 'Role' }).getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
  });
});
