import { describe, expect, it } from 'vitest';
import { checkExternalLink } from '../../../../shared/ipc/external-links';

describe('the external link allow-list', () => {
  it.each(['https://www.gov.uk/browse/benefits', 'https://gov.uk', 'https://www.nhs.uk/nhs-services/gps/', 'https://WWW.CITIZENSADVICE.ORG.UK/'])(
    'opens %s',
    (url) => {
      expect(checkExternalLink(url).allowed).toBe(true);
    },
  );

  it.each([
    ['a look-alike with the trusted name as a subdomain', 'https://gov.uk.evil.example/'],
    ['a look-alike without a dot boundary', 'https://evilgov.uk/'],
    ['credentials hiding the real host', 'https://gov.uk@evil.example/'],
    ['plain http', 'http://www.gov.uk/'],
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['an unknown host', 'https://example.org/'],
    ['a port', 'https://www.gov.uk:8443/'],
    ['not a URL', 'www.gov.uk'],
  ])('refuses %s', (_label, url) => {
    const verdict = checkExternalLink(url);
    expect(verdict.allowed).toBe(false);
    if (!verdict.allowed) expect(verdict.reason.length).toBeGreaterThan(10);
  });
});
