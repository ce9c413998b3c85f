// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { CountryPicker, LanguagesPicker } from '../../../../renderer/ui/code-pickers';
import { isolate, UserText } from '../../../../renderer/ui/UserText';
import { renderInLanguage, resetLanguage } from '../../support/i18n';

afterEach(async () => {
  cleanup();
  await resetLanguage();
});

function Country() {
  const [code, setCode] = useState<string | undefined>();
  return (
    <>
      <CountryPicker value={code} onChange={setCode} aria-describedby={undefined} />
      <output data-testid="code">{code}</output>
    </>
  );
}

describe('code pickers in the UI language', () => {
  it('names countries in Arabic, and an English name still finds one', async () => {
    await renderInLanguage(<Country />, 'ar');
    const box = screen.getByRole('combobox');
    expect(box.getAttribute('placeholder')).toBe('اكتب اسم بلد');
    fireEvent.change(box, { target: { value: 'Eritrea' } });
    const option = screen.getByRole('option', { name: 'إريتريا' });
    fireEvent.mouseDown(option);
    expect(screen.getByTestId('code').textContent).toBe('ER');
  });

  it('keeps the English names in English', async () => {
    await renderInLanguage(<Country />);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'Eritrea' } });
    expect(screen.getByRole('option', { name: 'Eritrea' })).toBeTruthy();
  });

  it('shows chosen languages in Ukrainian, isolated, with a named remove button', async () => {
    await renderInLanguage(<LanguagesPicker value={['ara', 'tir']} onChange={() => undefined} />, 'uk');
    const chips = screen.getByRole('list', { name: 'Вибрані мови' });
    expect(chips.querySelector('bdi')?.textContent).toBe('арабська');
    expect(screen.getByRole('button', { name: 'Вилучити: арабська' })).toBeTruthy();
  });
});

describe('user text in mixed-direction lines', () => {
  it('isolates a typed name in a <bdi> in JSX and with first-strong isolates in plain text', async () => {
    await renderInLanguage(
      <p>
        Called in: <UserText>يوسف الحسن</UserText> (07700 900123)
      </p>,
    );
    expect(screen.getByText('يوسف الحسن').tagName).toBe('BDI');
    expect(isolate('يوسف الحسن')).toBe('\u2068يوسف الحسن\u2069');
  });
});
