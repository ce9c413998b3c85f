/**
 * What a printed or saved referral shows the receiving service: who it is from (the
 * forum's contact details and the person who made it), who it is to (the service's
 * contact details), the client's reference to quote back, the date, how consent was
 * recorded, and only the client's fields they agreed to share. Anything not in
 * `sharedFields` is never read into the result, so it cannot leak into print.
 */
import { SHAREABLE_FIELDS } from '../schemas';
import type { Client, IssueCategory, Referral, Service, Settings } from '../schemas';
import { categoryLabel } from '../advice/categories';
import { shortDate } from '../schedule/date-words';

export type ShareableFieldName = (typeof SHAREABLE_FIELDS)[number];

export interface ReferralSummaryLine {
  field: ShareableFieldName | 'details';
  label: string;
  value: string;
  /** A second spelling shown after the value in brackets (the name in Latin letters). */
  alternate?: string;
}

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
  /** The referral date as people write it: "3 Mar 2026". */
  date: string;
  /** Shared fields only, in a fixed order; fields with nothing recorded are left out. */
  lines: ReferralSummaryLine[];
  consentLine: string;
}

export const SUMMARY_FIELD_LABELS: Record<ReferralSummaryLine['field'], string> = {
  name: 'Name',
  phone: 'Phone',
  email: 'Email',
  languages: 'Languages',
  interpreter: 'Interpreter',
  area: 'Area',
  reason: 'Reason for referral',
  details: 'Details',
};

/** "2026-03-03" → "3 Mar 2026", without Intl so print is the same on every laptop. */
export const formatShortDate = shortDate;

export type SummaryClient = Pick<
  Client,
  'ref' | 'name' | 'nameLatin' | 'phone' | 'email' | 'languages' | 'interpreterNeeded' | 'interpreterLanguage' | 'area' | 'consents'
>;

export function consentLine(client: Pick<Client, 'consents'>, referral: Pick<Referral, 'consentOverrideReason'>): string {
  const sharing = client.consents.sharing;
  if (sharing?.given === true) return `Consent to share recorded on ${formatShortDate(sharing.date)} by ${sharing.recordedBy}`;
  const reason = referral.consentOverrideReason?.trim();
  if (reason) return `Sent without recorded consent: ${reason}`;
  return 'No consent to share recorded';
}

function valueOf(
  field: ShareableFieldName,
  referral: Referral,
  client: SummaryClient,
  categories: readonly IssueCategory[],
  languageName: (code: string) => string,
): ReferralSummaryLine[] {
  const line = (f: ReferralSummaryLine['field'], value: string | undefined): ReferralSummaryLine[] =>
    value === undefined || value.trim() === '' ? [] : [{ field: f, label: SUMMARY_FIELD_LABELS[f], value: value.trim() }];
  switch (field) {
    case 'name': {
      // Two spellings kept apart, so each is laid out in its own direction: an Arabic
      // name first and the Latin spelling after it in brackets, as on screen.
      const latin = client.nameLatin?.trim();
      return line('name', client.name).map((l) => (latin ? { ...l, alternate: latin } : l));
    }
    case 'phone':
      return line('phone', client.phone);
    case 'email':
      return line('email', client.email);
    case 'languages':
      return line('languages', client.languages.map(languageName).join(', '));
    case 'interpreter':
      return line(
        'interpreter',
        client.interpreterNeeded
          ? `Needed${client.interpreterLanguage ? `: ${languageName(client.interpreterLanguage)}` : ''}`
          : 'Not needed',
      );
    case 'area':
      return line('area', client.area);
    case 'reason':
      // The free-text details travel with the reason: without it, they are not shared.
      return [...line('reason', categoryLabel(categories, referral.reasonCategory)), ...line('details', referral.details)];
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
  languageName: (code: string) => string,
  forum: SummaryForum,
): ReferralSummary {
  const shared = new Set(referral.sharedFields);
  const referredBy = referral.referredBy?.trim();
  return {
    from: { name: forum.forumName, contact: present([forum.forumAddress, forum.forumPhone, forum.forumEmail]) },
    to: { name: service.name, contact: present([service.organisation, service.address, service.phone, service.email, service.website]) },
    ...(referredBy ? { referredBy } : {}),
    clientRef: client.ref,
    serviceName: service.name,
    date: formatShortDate(referral.date),
    lines: SHAREABLE_FIELDS.filter((f) => shared.has(f)).flatMap((f) => valueOf(f, referral, client, categories, languageName)),
    consentLine: consentLine(client, referral),
  };
}
