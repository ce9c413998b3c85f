/**
 * The client form's values and how they become a client. The form asks one question per
 * consent (a tick) and, once, who is recording them and when; each consent keeps its own
 * date and recorder, which change only when that consent's answer changes or is renewed.
 */
import { z } from 'zod';
import { messageCode } from '../messages/message-code';
import { ClientFields, clientRules, IsoDate, requiredText } from '../schemas';
import type { Client, ClientInput, ConsentRecord } from '../schemas';

export const CONSENT_KINDS = ['storage', 'sharing', 'contact'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export const ClientFormValues = ClientFields.omit({ consents: true })
  .extend({
    consentStorage: z.boolean(),
    consentSharing: z.boolean(),
    consentContact: z.boolean(),
    consentDate: IsoDate,
    consentRecordedBy: requiredText(120, messageCode('clients:validation.formConsentRecordedBy')),
  })
  .superRefine((values, ctx) => {
    clientRules(values, ctx);
    if (!values.consentStorage) {
      ctx.addIssue({
        code: 'custom',
        path: ['consentStorage'],
        message: messageCode('clients:validation.formConsentStorage'),
      });
    }
  });
export type ClientFormInput = z.input<typeof ClientFormValues>;
export type ClientFormOutput = z.output<typeof ClientFormValues>;

const FLAG: Record<ConsentKind, 'consentStorage' | 'consentSharing' | 'consentContact'> = {
  storage: 'consentStorage',
  sharing: 'consentSharing',
  contact: 'consentContact',
};

/** Empty form for a new registration. */
export function blankClientForm(today: string, recordedBy = ''): ClientFormInput {
  return {
    name: '',
    nameLatin: '',
    phone: '',
    email: '',
    languages: [],
    interpreterNeeded: false,
    area: '',
    consentStorage: false,
    consentSharing: false,
    consentContact: false,
    consentDate: today,
    consentRecordedBy: recordedBy,
  };
}

/** The form filled from a stored client; the consent date is today's, for any change. */
export function clientToForm(client: Client, today: string): ClientFormInput {
  const { consents, id: _id, ref: _ref, createdAt: _c, updatedAt: _u, demo: _d, ...fields } = client;
  return {
    ...fields,
    nameLatin: fields.nameLatin ?? '',
    phone: fields.phone ?? '',
    email: fields.email ?? '',
    area: fields.area ?? '',
    consentStorage: consents.storage.given,
    consentSharing: consents.sharing?.given ?? false,
    consentContact: consents.contact?.given ?? false,
    consentDate: today,
    consentRecordedBy: consents.storage.recordedBy,
  };
}

/**
 * The client input the repository takes. A consent whose answer did not change keeps
 * its original date and recorder; an optional consent never asked stays absent.
 */
export function formToClientInput(values: ClientFormOutput, existing?: Pick<Client, 'consents'>): ClientInput {
  const { consentStorage: _s, consentSharing: _h, consentContact: _c, consentDate, consentRecordedBy, ...fields } = values;
  const consent = (kind: ConsentKind): ConsentRecord | undefined => {
    const given = values[FLAG[kind]];
    const before = existing?.consents[kind];
    if (before && before.given === given) return before;
    if (!before && !given && kind !== 'storage') return undefined;
    return { given, date: consentDate, recordedBy: consentRecordedBy };
  };
  const storage = consent('storage') ?? { given: false, date: consentDate, recordedBy: consentRecordedBy };
  const sharing = consent('sharing');
  const contact = consent('contact');
  return {
    ...fields,
    consents: { storage, ...(sharing ? { sharing } : {}), ...(contact ? { contact } : {}) },
  };
}

/** Renewing a consent: the same answer, asked again today. */
export function renewConsent(client: Pick<Client, 'consents'>, kind: ConsentKind, date: string, recordedBy: string): Client['consents'] {
  const before = client.consents[kind];
  const renewed: ConsentRecord = { given: before?.given ?? false, date, recordedBy };
  return { ...client.consents, [kind]: renewed };
}
