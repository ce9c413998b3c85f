/**
 * What a printed or saved referral shows the receiving service: who it is from (the
 * forum's contact details and the person who made it), who it is to (the service's
 * contact details), the client's reference to quote back, the date, how consent was
 * recorded, and only the client's fields they agreed to share. Anything not in
 * `sharedFields` is never read into the result, so it cannot leak into print. A restricted
 * client (UK GDPR article 18) shares nothing: the summary carries no line of theirs.
 *
 * It holds values and codes, not sentences: the renderer words it in the language the
 * sheet is printed in (the client's own or the app's), with its dates and language names.
 */
import { SHAREABLE_FIELDS } from '../schemas';
import type { Client, IssueCategory, Referral, Service, Settings } from '../schemas';
import { categoryLabel } from '../advice/categories';

export type ShareableFieldName = (typeof SHAREABLE_FIELDS)[number];

/** One shared field: typed text, a list of language codes, or whether an interpreter is needed. */
export type ReferralSummaryLine =
  | {
      field: 'name' | 'phone' | 'email' | 'area' | 'reason' | 'details';
      value: string;
      /** A second spelling shown after the value in brackets (the name in Latin letters). */
      alternate?: string;
    }
  | { field: 'languages'; languages: string[] }
  | { field: 'interpreter'; needed: boolean; language?: string };

export type SummaryFieldName = ReferralSummaryLine['field'];

/** How the client's consent to share stands, for the sheet's last line. */
export type SummaryConsent =
  | { kind: 'recorded'; date: string; recordedBy: string }
  | { kind: 'override'; reason: string }
  | { kind: 'none' };

/** One side of the referral: a name and its contact lines (address, phone, email). */
export interface SummaryParty {
  name: string;
  contact: string[];
}

export interface ReferralSummary {
  /** The forum, with its contact details from Settings. */
  from: SummaryParty;
  /** The service, with its organisation and contact details. */
  to: SummaryParty;
  /** Who made the referral, when recorded. */
  referredBy?: string;
  /** The client's reference number, for the service to quote back (not personal data). */
  clientRef: string;
  serviceName: string;
  /** The referral's calendar date, YYYY-MM-DD. */
  date: string;
  /** Shared fields only, in a fixed order; fields with nothing recorded are left out. None for a restricted client. */
  lines: ReferralSummaryLine[];
  /** The client's record is restricted: nothing of theirs is shared, and the summary is not to be printed. */
  restricted?: true;
  consent: SummaryConsent;
}

export type SummaryClient = Pick<
  Client,
  'ref' | 'name' | 'nameLatin' | 'phone' | 'email' | 'languages' | 'interpreterNeeded' | 'interpreterLanguage' | 'area' | 'consents' | 'restriction'
>;

export function summaryConsent(client: Pick<Client, 'consents'>, referral: Pick<Referral, 'consentOverrideReason'>): SummaryConsent {
  const sharing = client.consents.sharing;
  if (sharing?.given === true) return { kind: 'recorded', date: sharing.date, recordedBy: sharing.recordedBy };
  const reason = referral.consentOverrideReason?.trim();
  if (reason) return { kind: 'override', reason };
  return { kind: 'none' };
}

function linesOf(field: ShareableFieldName, referral: Referral, client: SummaryClient, categories: readonly IssueCategory[]): ReferralSummaryLine[] {
  const text = (f: 'name' | 'phone' | 'email' | 'area' | 'reason' | 'details', value: string | undefined): ReferralSummaryLine[] =>
    value === undefined || value.trim() === '' ? [] : [{ field: f, value: value.trim() }];
  switch (field) {
    case 'name': {
      // Two spellings kept apart, so each is laid out in its own direction: an Arabic
      // name first and the Latin spelling after it in brackets, as on screen.
      const latin = client.nameLatin?.trim();
      return text('name', client.name).map((l) => (latin ? { ...l, alternate: latin } : l));
    }
    case 'phone':
      return text('phone', client.phone);
    case 'email':
      return text('email', client.email);
    case 'languages':
      return client.languages.length === 0 ? [] : [{ field: 'languages', languages: [...client.languages] }];
    case 'interpreter':
      return [
        client.interpreterNeeded
          ? { field: 'interpreter', needed: true, ...(client.interpreterLanguage ? { language: client.interpreterLanguage } : {}) }
          : { field: 'interpreter', needed: false },
      ];
    case 'area':
      return text('area', client.area);
    case 'reason':
      // The free-text details travel with the reason: without it, they are not shared.
      return [...text('reason', categoryLabel(categories, referral.reasonCategory)), ...text('details', referral.details)];
  }
}

export type SummaryService = Pick<Service, 'name' | 'organisation' | 'address' | 'phone' | 'email' | 'website'>;
export type SummaryForum = Pick<Settings, 'forumName' | 'forumAddress' | 'forumPhone' | 'forumEmail'>;

const present = (values: Array<string | undefined>): string[] => values.map((v) => v?.trim() ?? '').filter((v) => v !== '');

export function referralSummary(
  referral: Referral,
  client: SummaryClient,
  service: SummaryService,
  categories: readonly IssueCategory[],
  forum: SummaryForum,
): ReferralSummary {
  const restricted = client.restriction !== undefined;
  const shared = new Set(restricted ? [] : referral.sharedFields);
  const referredBy = referral.referredBy?.trim();
  return {
    from: { name: forum.forumName, contact: present([forum.forumAddress, forum.forumPhone, forum.forumEmail]) },
    to: { name: service.name, contact: present([service.organisation, service.address, service.phone, service.email, service.website]) },
    ...(referredBy ? { referredBy } : {}),
    clientRef: client.ref,
    serviceName: service.name,
    date: referral.date,
    lines: SHAREABLE_FIELDS.filter((f) => shared.has(f)).flatMap((f) => linesOf(f, referral, client, categories)),
    consent: summaryConsent(client, referral),
    ...(restricted ? { restricted: true as const } : {}),
  };
}
