/** The people's-rights panel on a client's page, and the Settings panels of issue 11. */
import type { Page } from '@playwright/test';

export function rightsPanel(page: Page) {
  return page.getByRole('region', { name: 'This person’s rights' });
}

/** Counts window.print() calls instead of opening the browser's print dialog. */
export async function countPrints(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
}
