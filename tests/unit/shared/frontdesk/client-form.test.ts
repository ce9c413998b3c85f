import { describe, expect, it } from 'vitest';
import {
  blankClientForm,
  ClientFormValues,
  clientToForm,
  formToClientInput,
  renewConsent,
} from '../../../../shared/frontdesk/client-form';
import { Client, ClientInput } from '../../../../shared/schemas';
import { wordMessage } from '../../../../renderer/i18n';

const filled = { ...blankClientForm('2026-11-24', 'Fatima'), name: 'Amira Haddad', consentStorage: true };

describe('the client form', () => {
  it('refuses a registration without consent to keep the details, with the message on that box', () => {
    const result = ClientFormValues.safeParse({ ...filled, consentStorage: false });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), wordMessage(i.message, 'en-GB')])).toContainEqual([
      'consentStorage',
      'The person must agree to us keeping their details before they can be registered',
    ]);
  });

  it('needs who recorded the consent, and applies the client rules (interpreter language)', () => {
    const result = ClientFormValues.safeParse({ ...filled, consentRecordedBy: ' ', interpreterNeeded: true });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['consentRecordedBy', 'interpreterLanguage']);
  });

  it('records each consent answered with the date and recorder, and leaves unasked ones out', () => {
    const values = ClientFormValues.parse({ ...filled, consentContact: true });
    const input = formToClientInput(values);
    expect(input.consents).toEqual({
      storage: { given: true, date: '2026-11-24', recordedBy: 'Fatima' },
      contact: { given: true, date: '2026-11-24', recordedBy: 'Fatima' },
    });
    expect(ClientInput.safeParse(input).success).toBe(true);
  });

  it('editing keeps an unchanged consent’s original date and recorder, and dates a changed one', () => {
    const stored = Client.parse({
      ...formToClientInput(ClientFormValues.parse({ ...filled, consentSharing: true })),
      id: 'c1',
      ref: 'C-00001',
      createdAt: '2026-01-01T10:00:00.000Z',
      updatedAt: '2026-01-01T10:00:00.000Z',
    });
    const form = clientToForm(stored, '2026-12-01');
    const edited = ClientFormValues.parse({ ...form, consentRecordedBy: 'Jon', consentSharing: false });
    const input = formToClientInput(edited, stored);
    expect(input.consents.storage).toEqual({ given: true, date: '2026-11-24', recordedBy: 'Fatima' });
    expect(input.consents.sharing).toEqual({ given: false, date: '2026-12-01', recordedBy: 'Jon' });
  });

  it('renewing a consent asks the same question again today', () => {
    const consents = { storage: { given: true, date: '2025-01-01', recordedBy: 'Ann' } };
    expect(renewConsent({ consents }, 'storage', '2026-11-24', 'Fatima').storage).toEqual({ given: true, date: '2026-11-24', recordedBy: 'Fatima' });
  });
});
