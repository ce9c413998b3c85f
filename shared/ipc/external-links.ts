/**
 * Which web addresses Signpost may open in the user's browser.
 *
 * Data can contain hostile links (an imported directory, a pasted website). Only https
 * addresses on public-service hosts the forum trusts are opened; a look-alike host
 * (gov.uk.evil.example, evilgov.uk), credentials in the URL or any other scheme is refused.
 * Used by the Electron shell and by the browser fallback alike.
 */

/** Hosts, and their subdomains, that may be opened. Kept short on purpose. */
export const ALLOWED_LINK_DOMAINS = [
  'gov.uk',
  'nhs.uk',
  'nhs.scot',
  'gov.scot',
  'gov.wales',
  'nidirect.gov.uk',
  'citizensadvice.org.uk',
  'cas.org.uk',
  'shelter.org.uk',
  'refugeecouncil.org.uk',
  'scottishrefugeecouncil.org.uk',
  'migranthelpuk.org',
  'redcross.org.uk',
  'stepchange.org',
  'trusselltrust.org',
  'openreferraluk.org',
] as const;

/** The WHATWG URL parser, present in browsers, Electron and Node; shared/ compiles without DOM types. */
interface ParsedUrl {
  protocol: string;
  username: string;
  password: string;
  port: string;
  hostname: string;
  href: string;
}
const WhatwgUrl = (globalThis as unknown as { URL: new (input: string) => ParsedUrl }).URL;

export type LinkVerdict = { allowed: true; url: string } | { allowed: false; reason: string };

export function checkExternalLink(raw: string, domains: readonly string[] = ALLOWED_LINK_DOMAINS): LinkVerdict {
  let url: ParsedUrl;
  try {
    url = new WhatwgUrl(raw.trim());
  } catch {
    return { allowed: false, reason: 'This is not a web address.' };
  }
  if (url.protocol !== 'https:') return { allowed: false, reason: 'Only secure (https) web addresses are opened.' };
  if (url.username !== '' || url.password !== '') {
    return { allowed: false, reason: 'Web addresses with a user name in them are not opened.' };
  }
  if (url.port !== '') return { allowed: false, reason: 'Web addresses with a port number are not opened.' };
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const trusted = domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
  if (!trusted) return { allowed: false, reason: `${host} is not on Signpost’s list of trusted sites.` };
  return { allowed: true, url: url.href };
}
