// @vitest-environment jsdom
/**
 * News is said politely, errors assertively: "Saved" goes in the status region, "Not
 * saved: …" in the alert region, and a refusal's message code is worded in the app's language.
 */
import { act, cleanup, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { messageCode } from '../../../../shared/messages/message-code';
import { StatusProvider, StatusRegion, useStatus, type StatusApi } from '../../../../renderer/ui/StatusProvider';
import { renderInLanguage, resetLanguage } from '../../support/i18n';

afterEach(async () => {
  cleanup();
  await resetLanguage();
});

let api: StatusApi | undefined;
function Grab() {
  api = useStatus();
  return null;
}

const app = (
  <MemoryRouter>
    <StatusProvider>
      <Grab />
      <StatusRegion />
    </StatusProvider>
  </MemoryRouter>
);

describe('the status region', () => {
  it('says news politely and errors assertively', async () => {
    await renderInLanguage(app);
    act(() => api!.say('Saved'));
    expect(screen.getByRole('status').textContent).toBe('Saved');
    expect(screen.getByRole('alert').textContent).toBe('');
    act(() => api!.error('Not saved: the record could not be written. Try again.'));
    expect(screen.getByRole('alert').textContent).toBe('Not saved: the record could not be written. Try again.');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('words a refusal given as a message code, in the app’s language', async () => {
    await renderInLanguage(app, 'ar');
    act(() => api!.error(messageCode('common:refusal.booking.slotFull')));
    expect(screen.getByRole('alert').textContent).toBe('هذا الموعد ممتلئ. اختر وقتًا آخر.');
  });
});
