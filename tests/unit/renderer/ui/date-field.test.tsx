// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
import { DateField } from '../../../../renderer/ui/DateField';
import { compose, partOrder, splitValue } from '../../../../renderer/ui/date-parts';
import { renderInLanguage, resetLanguage } from '../../support/i18n';

afterEach(async () => {
  cleanup();
  await resetLanguage();
});

/** A react-hook-form form holding one date, showing the value it would submit. */
function DateForm({ initial = '' }: { initial?: string }) {
  const { control, reset, watch } = useForm<{ born: string }>({ defaultValues: { born: initial } });
  return (
    <form>
      <Controller
        name="born"
        control={control}
        render={({ field, fieldState }) => (
          <DateField label="Date of birth" value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={fieldState.error?.message} birthday />
        )}
      />
      <output data-testid="value">{watch('born')}</output>
      <button type="button" onClick={() => reset({ born: '1990-12-01' })}>
        Load record
      </button>
    </form>
  );
}

const type = (name: string | RegExp, text: string) => fireEvent.change(screen.getByRole('textbox', { name }), { target: { value: text } });
const inputNames = () => screen.getAllByRole('textbox').map((input) => input.getAttribute('id') && document.querySelector(`label[for="${input.id}"]`)?.textContent);

describe('DateField', () => {
  it('asks for day, month and year in British order and gives the form an ISO date', async () => {
    await renderInLanguage(<DateForm />);
    expect(screen.getByRole('group', { name: 'Date of birth' })).toBeTruthy();
    expect(inputNames()).toEqual(['Day', 'Month', 'Year']);
    type('Day', '7');
    type('Month', '3');
    // Unfinished: not an ISO date, so the form's schema would refuse it.
    expect(screen.getByTestId('value').textContent).toBe('-3-7');
    type('Year', '1985');
    expect(screen.getByTestId('value').textContent).toBe('1985-03-07');
    expect(screen.getByText('For example, 27/03/2007')).toBeTruthy();
  });

  it('puts the year first in Farsi and reads Persian digits', async () => {
    await renderInLanguage(<DateForm />, 'fa');
    expect(inputNames()).toEqual(['سال', 'ماه', 'روز']);
    type('سال', '۱۹۹۱');
    type('ماه', '۱۲');
    type('روز', '۳۱');
    expect(screen.getByTestId('value').textContent).toBe('1991-12-31');
  });

  it('labels the fields in Polish, day first', async () => {
    await renderInLanguage(<DateForm />, 'pl');
    expect(inputNames()).toEqual(['Dzień', 'Miesiąc', 'Rok']);
  });

  it('says plainly, once the person leaves the fields, that 31 February does not exist', async () => {
    await renderInLanguage(<DateForm />);
    type('Day', '31');
    type('Month', '2');
    type('Year', '2026');
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.blur(screen.getByRole('textbox', { name: 'Year' }), { relatedTarget: document.body });
    expect(screen.getByRole('alert').textContent).toBe('This date does not exist: check the day and the month');
    expect(screen.getByRole('textbox', { name: 'Day' }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('value').textContent).toBe('2026-2-31');
  });

  it('does not complain while the person moves between its own fields', async () => {
    await renderInLanguage(<DateForm />);
    type('Day', '3');
    fireEvent.blur(screen.getByRole('textbox', { name: 'Day' }), { relatedTarget: screen.getByRole('textbox', { name: 'Month' }) });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.blur(screen.getByRole('textbox', { name: 'Month' }), { relatedTarget: document.body });
    expect(screen.getByRole('alert').textContent).toBe('Enter a day, a month and a year');
  });

  it('shows a value set by the form (a loaded record) in its fields', async () => {
    await renderInLanguage(<DateForm initial="2001-04-09" />);
    expect((screen.getByRole('textbox', { name: 'Day' }) as HTMLInputElement).value).toBe('9');
    fireEvent.click(screen.getByRole('button', { name: 'Load record' }));
    expect((screen.getByRole('textbox', { name: 'Day' }) as HTMLInputElement).value).toBe('1');
    expect((screen.getByRole('textbox', { name: 'Month' }) as HTMLInputElement).value).toBe('12');
    expect((screen.getByRole('textbox', { name: 'Year' }) as HTMLInputElement).value).toBe('1990');
  });

  it('prefers the form’s own message to its own', async () => {
    function WithError() {
      const [value, setValue] = useState('');
      return <DateField label="Appointment date" value={value} onChange={setValue} error="Choose a date in the next 12 weeks" />;
    }
    await renderInLanguage(<WithError />);
    expect(screen.getByRole('alert').textContent).toBe('Choose a date in the next 12 weeks');
  });
});

describe('date parts', () => {
  it('knows each language’s order', () => {
    expect(partOrder('en-GB')).toEqual(['day', 'month', 'year']);
    expect(partOrder('ar')).toEqual(['day', 'month', 'year']);
    expect(partOrder('fa')).toEqual(['year', 'month', 'day']);
    expect(partOrder('uk')).toEqual(['day', 'month', 'year']);
  });

  it('puts the fields together, and refuses what is not a date', () => {
    expect(compose({ day: '', month: '', year: '' })).toEqual({ kind: 'empty', value: '' });
    expect(compose({ day: '29', month: '2', year: '2028' })).toEqual({ kind: 'date', value: '2028-02-29' });
    expect(compose({ day: '29', month: '2', year: '2026' }).kind).toBe('not-real');
    expect(compose({ day: '1', month: '13', year: '2026' }).kind).toBe('not-real');
    expect(compose({ day: '1', month: '1', year: '26' }).kind).toBe('incomplete');
    expect(compose({ day: '٣', month: '٤', year: '٢٠٢٦' })).toEqual({ kind: 'date', value: '2026-04-03' });
    expect(splitValue('2026-04-03')).toEqual({ day: '3', month: '4', year: '2026' });
  });
});
