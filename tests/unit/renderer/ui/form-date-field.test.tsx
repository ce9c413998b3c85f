// @vitest-environment jsdom
/** FormDateField: a DateField bound to a react-hook-form field, with the form's message. */
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
import { FormDateField } from '../../../../renderer/ui/FormDateField';
import { renderInLanguage, resetLanguage } from '../../support/i18n';

afterEach(async () => {
  cleanup();
  await resetLanguage();
});

interface Values {
  date: string;
  followUp?: string | undefined;
}

/** A form with a required date and an optional one, showing what it would submit. */
function DatesForm() {
  const form = useForm<Values>({ defaultValues: { date: '2026-11-24', followUp: '2026-12-01' } });
  const values = form.watch();
  return (
    <form>
      <FormDateField control={form.control} name="date" label="Date" />
      <FormDateField control={form.control} name="followUp" label="Follow up on" hint="Leave empty for none" optional />
      <output data-testid="values">{JSON.stringify(values)}</output>
      <button type="button" onClick={() => form.setError('date', { message: 'Enter a date in the past' })}>
        Check
      </button>
    </form>
  );
}

const part = (field: string, name: string) => within(screen.getByRole('group', { name: field })).getByRole('textbox', { name });
const values = () => JSON.parse(screen.getByTestId('values').textContent!) as Values;

describe('a date field bound to a form', () => {
  it('shows the form’s value and gives it back an ISO date', async () => {
    await renderInLanguage(<DatesForm />);
    expect((part('Date', 'Day') as HTMLInputElement).value).toBe('24');
    fireEvent.change(part('Date', 'Day'), { target: { value: '3' } });
    expect(values().date).toBe('2026-11-03');
  });

  it('an optional date left empty is no date, not an empty one', async () => {
    await renderInLanguage(<DatesForm />);
    expect(screen.getByRole('group', { name: 'Follow up on' }).textContent).toContain('Leave empty for none');
    for (const name of ['Day', 'Month', 'Year']) fireEvent.change(part('Follow up on', name), { target: { value: '' } });
    expect(values()).toEqual({ date: '2026-11-24' });
    // A required date emptied stays an (empty) date for the schema to refuse.
    for (const name of ['Day', 'Month', 'Year']) fireEvent.change(part('Date', name), { target: { value: '' } });
    expect(values().date).toBe('');
  });

  it('shows the form’s message for the field', async () => {
    await renderInLanguage(<DatesForm />);
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Enter a date in the past');
  });
});
