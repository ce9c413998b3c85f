// @vitest-environment jsdom
/**
 * The small forms of Settings → Backups and Restore: what is wrong is said next to the
 * field in our words, and nothing is checked or saved until it is right.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupsKeptForm } from '../../../../../renderer/features/backups/BackupsKeptForm';
import { backupsKept } from '../../../../../renderer/features/backups/backup-actions';
import { RestorePassphraseForm } from '../../../../../renderer/features/backups/RestorePassphraseForm';
import { StatusProvider, StatusRegion } from '../../../../../renderer/ui/StatusProvider';
import { message, renderInLanguage, resetLanguage } from '../../../support/i18n';

afterEach(async () => {
  cleanup();
  localStorage.clear();
  await resetLanguage();
});

describe('the passphrase of a backup to restore', () => {
  it('left empty, asks for it next to the field and does not check the backup', async () => {
    const onCheck = vi.fn(async () => undefined);
    await renderInLanguage(<RestorePassphraseForm problem={undefined} busy={false} onCheck={onCheck} />);
    fireEvent.click(screen.getByRole('button', { name: message('backups:restore.check') }));
    const field = screen.getByLabelText(message('backups:restore.passphrase'));
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('alert').textContent).toBe(message('backups:restore.passphraseMissing'));
    expect(onCheck).not.toHaveBeenCalled();
  });

  it('checks the backup with the passphrase as typed, spaces and all', async () => {
    const onCheck = vi.fn(async () => undefined);
    await renderInLanguage(<RestorePassphraseForm problem={undefined} busy={false} onCheck={onCheck} />);
    fireEvent.change(screen.getByLabelText(message('backups:restore.passphrase')), { target: { value: ' river forum ' } });
    fireEvent.click(screen.getByRole('button', { name: message('backups:restore.check') }));
    await waitFor(() => expect(onCheck).toHaveBeenCalledWith(' river forum '));
  });

  it('shows why the last check failed next to the field', async () => {
    await renderInLanguage(<RestorePassphraseForm problem="That passphrase does not open this backup." busy={false} onCheck={async () => undefined} />);
    expect(screen.getByRole('alert').textContent).toBe('That passphrase does not open this backup.');
  });

  it('asks in the app’s language', async () => {
    await renderInLanguage(<RestorePassphraseForm problem={undefined} busy={false} onCheck={async () => undefined} />, 'ar');
    fireEvent.click(screen.getByRole('button', { name: message('backups:restore.check', undefined, 'ar') }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(message('backups:restore.passphraseMissing', undefined, 'ar')));
  });
});

describe('how many backups the folder keeps', () => {
  const renderKept = () =>
    renderInLanguage(
      <MemoryRouter>
        <StatusProvider>
          <StatusRegion />
          <BackupsKeptForm />
        </StatusProvider>
      </MemoryRouter>,
    );
  const range = () => message('backups:folder.keptRange', { min: 1, max: 100 });

  for (const typed of ['0', 'abc', '', '101', '2.5']) {
    it(`refuses "${typed}" next to the field and keeps what was saved`, async () => {
      await renderKept();
      const field = screen.getByLabelText(message('backups:folder.kept'));
      fireEvent.change(field, { target: { value: typed } });
      fireEvent.click(screen.getByRole('button', { name: message('backups:folder.keptSave') }));
      await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
      expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContain(range());
      expect(backupsKept()).toBe(10);
    });
  }

  it('saves a whole number and says so', async () => {
    await renderKept();
    fireEvent.change(screen.getByLabelText(message('backups:folder.kept')), { target: { value: ' 3 ' } });
    fireEvent.click(screen.getByRole('button', { name: message('backups:folder.keptSave') }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(message('backups:folder.keptSaved', { count: 3 })));
    expect(backupsKept()).toBe(3);
  });
});
