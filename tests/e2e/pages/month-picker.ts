/** Chooses a month in a MonthPicker (renderer/ui/MonthPicker): its group's year list, then its month list. */
import type { Locator, Page } from '@playwright/test';

export async function chooseMonth(scope: Page | Locator, label: string, yyyyMm: string, parts = { month: 'Month', year: 'Year' }): Promise<void> {
  const [year, month] = yyyyMm.split('-');
  const group = scope.getByRole('group', { name: label, exact: true });
  await group.getByRole('combobox', { name: parts.year, exact: true }).selectOption(year!);
  await group.getByRole('combobox', { name: parts.month, exact: true }).selectOption(month!);
}
