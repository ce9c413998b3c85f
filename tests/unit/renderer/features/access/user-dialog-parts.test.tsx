// @vitest-environment jsdom
/** The parts the Users panel's dialogs share: the choices, the actions and the one-choice dialog frame. */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { RoleOptions, UserChoiceDialog, UserDialogActions, VolunteerOptions } from '../../../../../renderer/features/access/users/user-dialog-parts';
import { CommandRefusedError } from '../../../../../renderer/data';
import { messageCode } from '../../../../../shared/messages/message-code';
import type { Volunteer } from '../../../../../shared/schemas';
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
  const frame = (onSave: () => Promise<void>, onClose: () => void) => (
    <UserChoiceDialog title="Change Amira’s role" label="Role" hint="Sees everything" saveLabel="Save role" onSave={onSave} onClose={onClose}>
      <select>
        <RoleOptions />
      </select>
    </UserChoiceDialog>
  );

  it('saves, then closes', async () => {
    const onSave = vi.fn(async () => undefined);
    const onClose = vi.fn();
    await renderInLanguage(frame(onSave, onClose));
    expect(screen.getByRole('dialog', { name: 'Change Amira’s role' })).toBeTruthy();
    const save = screen.getByRole('button', { name: 'Save role' });
    expect(save.getAttribute('type')).toBe('button');
    fireEvent.click(save);
    await waitFor(() => expect(onClose).toHaveBeenCalledOnce());
    expect(onSave).toHaveBeenCalledOnce();
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
});
