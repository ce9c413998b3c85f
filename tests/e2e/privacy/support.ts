/** The people's-rights panel on a client's page, and the Settings panels of issue 11. */
import { expect, type Page } from '@playwright/test';
import { SignpostApp } from '../pages/signpost-app';

export function rightsPanel(page: Page) {
  return page.getByRole('region', { name: 'This person’s rights' });
}

/** Restricts the open client's record at the person's request, recorded by `recordedBy`, and waits for it to be said done. */
export async function restrictRecord(page: Page, recordedBy = 'Fatima') {
  await rightsPanel(page).getByRole('button', { name: 'Restrict this record' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restrict this record' });
  await dialog.getByLabel('Recorded by').fill(recordedBy);
  await dialog.getByRole('button', { name: 'Restrict the record' }).click();
  await expect(new SignpostApp(page).status('The record is now restricted')).toBeVisible();
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
