/**
 * Filling a DateField (renderer/ui/DateField): a group named by its label holding Day,
 * Month and Year fields, in whatever order the language puts them.
 */
import type { Locator, Page } from '@playwright/test';

/** Fills the date field labelled `label` with an ISO date ("2026-01-19"). */
export async function fillDateField(scope: Page | Locator, label: string | RegExp, isoDate: string): Promise<void> {
  const [year, month, day] = isoDate.split('-');
  if (!year || !month || !day) throw new Error(`Not an ISO date: ${isoDate}`);
  const group = scope.getByRole('group', typeof label === 'string' ? { name: label, exact: true } : { name: label });
  await group.getByLabel('Day', { exact: true }).fill(String(Number(day)));
  await group.getByLabel('Month', { exact: true }).fill(String(Number(month)));
  await group.getByLabel('Year', { exact: true }).fill(year);
}
