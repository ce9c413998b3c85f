/**
 * Runs axe-core on the page with the WCAG 2.2 AA rule set and fails with a readable list
 * (rule, impact, where) when anything is found. Wait for what the user would see before
 * calling it: axe checks the page as it is at that moment.
 *
 * Legacy mode runs axe in the page itself. The default mode opens a new blank page for
 * every check to put frames' results together: the app has no frames, and that page cost
 * more than the check (2 to 8 s a screen on CI's machine against 1 to 4 s, which was a
 * third of the whole e2e run). It finds the same violations: a missing alt and low
 * contrast planted on Today were both reported.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page, { include }: { include?: string } = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_22_AA).setLegacyMode(true);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const found = violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact ?? 'unknown'}): ${node.target.join(' ')} — ${node.failureSummary ?? violation.help}`),
  );
  expect(found, `axe found WCAG 2.2 AA violations on ${page.url()}`).toEqual([]);
}
