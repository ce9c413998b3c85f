// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Field } from '../../../../renderer/ui/Field';

afterEach(cleanup);

describe('a form field', () => {
  it('labels its input and reads out the hint', () => {
    render(
      <Field label="Phone" hint="A UK mobile or landline">
        <input />
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'Phone' });
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(input.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe('A UK mobile or landline');
  });

  it('marks the input invalid and ties the message to it', () => {
    render(
      <Field label="Year of birth" hint="Four digits" error="Enter a year between 1900 and this year">
        <input />
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'Year of birth' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = input
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['Four digits', 'Enter a year between 1900 and this year']);
    // Announced as it appears, not only when the field is reached.
    expect(screen.getByRole('alert').textContent).toBe('Enter a year between 1900 and this year');
  });
});
