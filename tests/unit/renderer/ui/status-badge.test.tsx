// @vitest-environment jsdom
/** Status badges: one name per status, from the one catalogue that holds it, in every language. */
import { cleanup, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, LANGUAGES, setLanguage } from '../../../../renderer/i18n';
import { AppointmentStatusBadge, ReferralStatusBadge } from '../../../../renderer/ui/StatusBadge';
import { APPOINTMENT_STATUSES, REFERRAL_STATUSES } from '../../../../shared/schemas';
import { message, renderInLanguage, resetLanguage } from '../../support/i18n';

afterEach(async () => {
  cleanup();
  await resetLanguage();
});

describe('status badges', () => {
  it('name an appointment as the queue and the slots do, with its tone', async () => {
    const { container } = await renderInLanguage(<AppointmentStatusBadge status="called" />);
    expect(container.textContent).toBe('With an adviser');
    expect(container.textContent).toBe(message('clinics:status.called'));
    expect(container.querySelector('.badge--info')).toBeTruthy();
  });

  it('name a referral as the referrals screens do, with its tone', async () => {
    const { container } = await renderInLanguage(<ReferralStatusBadge status="declined" />, 'pl');
    expect(container.textContent).toBe(message('referrals:status.declined', undefined, 'pl'));
    expect(container.querySelector('.badge--danger')).toBeTruthy();
  });

  it('have words for every status in every language, never the code', async () => {
    for (const { code } of LANGUAGES) {
      await setLanguage(code);
      for (const status of APPOINTMENT_STATUSES) {
        const { container, unmount } = render(<I18nextProvider i18n={i18n}><AppointmentStatusBadge status={status} /></I18nextProvider>);
        expect(container.textContent, `${code} ${status}`).not.toMatch(/status\.|^$/);
        unmount();
      }
      for (const status of REFERRAL_STATUSES) {
        const { container, unmount } = render(<I18nextProvider i18n={i18n}><ReferralStatusBadge status={status} /></I18nextProvider>);
        expect(container.textContent, `${code} ${status}`).not.toMatch(/status\.|^$/);
        unmount();
      }
    }
  });
});
