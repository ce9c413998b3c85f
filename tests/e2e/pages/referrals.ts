/** The referral screens as a person meets them: the form's date fields, the services directory's import. */
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Types a YYYY-MM-DD date into a DateField (its Day, Month and Year fields, in whatever
 * order the language puts them), found by the field's legend within `scope`.
 */
export async function fillDateField(scope: Page | Locator, legend: string, isoDate: string, parts = { day: 'Day', month: 'Month', year: 'Year' }): Promise<void> {
  const [year, month, day] = isoDate.split('-');
  const group = scope.getByRole('group', { name: legend, exact: true });
  await group.getByLabel(parts.day, { exact: true }).fill(String(Number(day)));
  await group.getByLabel(parts.month, { exact: true }).fill(String(Number(month)));
  await group.getByLabel(parts.year, { exact: true }).fill(year ?? '');
  await expect(group.getByLabel(parts.year, { exact: true })).toHaveValue(year ?? '');
}
