// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfirmDialog } from '../../../../renderer/ui/ConfirmDialog';
import { Dialog } from '../../../../renderer/ui/Dialog';
import { ReasonDialog } from '../../../../renderer/ui/ReasonDialog';
import { giveDialogsModalMethods } from '../../support/dialog-element';
import { renderInLanguage, resetLanguage } from '../../support/i18n';

beforeAll(giveDialogsModalMethods);

afterEach(async () => {
  cleanup();
  await resetLanguage();
});

const noop = () => undefined;

describe('dialogs', () => {
  it('a confirmation is an alert dialog that reads its question and explanation, with focus on the safe choice', async () => {
    await renderInLanguage(
      <ConfirmDialog open title="Remove demo data?" confirmLabel="Remove" destructive onConfirm={noop} onCancel={noop}>
        <p>The forum’s own records stay.</p>
      </ConfirmDialog>,
    );
    const dialog = screen.getByRole('alertdialog', { name: 'Remove demo data?' });
    expect(dialog.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toBe('The forum’s own records stay.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
  });

  it('a confirmation’s default Cancel is in the chosen language', async () => {
    await renderInLanguage(
      <ConfirmDialog open title="؟" confirmLabel="احذف" onConfirm={noop} onCancel={noop}>
        <p>…</p>
      </ConfirmDialog>,
      'ar',
    );
    expect(screen.getByRole('button', { name: 'إلغاء' })).toBeTruthy();
  });

  it('a task dialog starts in its first field', async () => {
    await renderInLanguage(<ReasonDialog title="Cancel appointment" keepLabel="Keep it" confirmLabel="Cancel it" onConfirm={async () => undefined} onClose={noop} />);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Reason' }));
  });

  it('a dialog with no field starts on its title, and its close button is named', async () => {
    await renderInLanguage(
      <Dialog title="Day sheet" onClose={noop}>
        <p>Nothing to fill in.</p>
      </Dialog>,
      'pl',
    );
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Day sheet' }));
    expect(screen.getByRole('button', { name: 'Zamknij' })).toBeTruthy();
  });
});
