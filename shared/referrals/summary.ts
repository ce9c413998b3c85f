/**
 * What a printed or emailed referral shows the receiving service: only the fields the
 * person agreed to share, the service, the date and how consent was recorded. Anything
 * not in `sharedFields` is never read into the result, so it cannot leak into print.
 */
import { SHAREABLE_FIELDS } from '../schemas';
import type { Client, IssueCategory, Referral, Service } from '../schemas';
import { categoryLabel } from '../advice/categories';
import { shortDate } from '../schedule/date-words';

export type ShareableFieldName = (typeof SHAREABLE_FIELDS)[number];

export interface ReferralSummaryLine {
  field: ShareableFieldName | 'details';
  label: string;
  value: string;
}

export interface ReferralSummary {
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
  'name' | 'nameLatin' | 'phone' | 'email' | 'languages' | 'interpreterNeeded' | 'interpreterLanguage' | 'area' | 'consents'
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
    case 'name':
      return line('name', client.nameLatin ? `${client.name} (${client.nameLatin})` : client.name);
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

export function referralSummary(
  referral: Referral,
  client: SummaryClient,
  service: Pick<Service, 'name'>,
  categories: readonly IssueCategory[],
  languageName: (code: string) => string,
): ReferralSummary {
  const shared = new Set(referral.sharedFields);
  return {
    serviceName: service.name,
    date: formatShortDate(referral.date),
    lines: SHAREABLE_FIELDS.filter((f) => shared.has(f)).flatMap((f) => valueOf(f, referral, client, categories, languageName)),
    consentLine: consentLine(client, referral),
  };
}
