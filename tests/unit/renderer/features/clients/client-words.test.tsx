// @vitest-environment jsdom
/**
 * The clients screens' words in the chosen language: the schema's own messages by code,
 * countries and languages by Intl where it names them, and an import's reasons worded
 * from codes with the person's words isolated.
 */
import { cleanup, render, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { blankClientForm, ClientFormValues } from '../../../../../shared/frontdesk/client-form';
import { messageCode } from '../../../../../shared/messages/message-code';
import { setLanguage, wordMessage } from '../../../../../renderer/i18n';
import { useCodeNames } from '../../../../../renderer/features/clients/code-names';
import { IsolatedText } from '../../../../../renderer/features/clients/IsolatedText';
import { useImportReasons } from '../../../../../renderer/features/clients/import/import-reasons';
import { isolate } from '../../../../../renderer/ui/UserText';
import { resetLanguage } from '../../../support/i18n';

afterEach(async () => {
  cleanup();
  await resetLanguage();
});

describe('client form messages', () => {
  it('words the registration form’s own messages in Ukrainian', async () => {
    const result = ClientFormValues.safeParse({ ...blankClientForm('2026-11-02'), name: 'Olena' });
    const messages = result.error!.issues.map((issue) => issue.message);
    await setLanguage('uk');
    expect(messages.map((m) => wordMessage(m, 'uk'))).toEqual([
      'Вкажіть, хто записує ці згоди',
      'Перш ніж зареєструвати людину, вона має погодитися, щоб ми зберігали її дані',
    ]);
  });
});

describe('country and language names', () => {
  it('keeps the code tables’ names in English', () => {
    const { result } = renderHook(() => useCodeNames());
    expect(result.current.country('SY')).toBe('Syrian Arab Republic');
    expect(result.current.languages(['ara', 'prs'])).toBe('Arabic, Dari');
  });

  it('names them in Farsi where Intl can, and keeps the English name of a language it cannot name', async () => {
    await setLanguage('fa');
    const { result } = renderHook(() => useCodeNames());
    expect(result.current.country('SY')).toBe('سوریه');
    expect(result.current.language('ara')).toBe('عربی');
    // Dari has no two-letter code, but Intl knows it by its ISO 639-3 one, as the rota does.
    expect(result.current.language('prs')).toBe('دری');
    expect(result.current.language('syl')).toBe('Sylheti');
  });
});

describe('import reasons', () => {
  it('words each reason from its code in Polish, with the value isolated', async () => {
    await setLanguage('pl');
    const { result } = renderHook(() => useImportReasons());
    expect(result.current([{ code: 'same-as-row', row: 2 }])).toBe('Ta sama osoba co w wierszu 2 tego pliku');
    expect(result.current([{ code: 'unknown-country', value: 'Atlantis' }])).toBe(`Obywatelstwo „${isolate('Atlantis')}” to nie znany nam kraj, więc pominięto`);
    expect(result.current([{ code: 'invalid', field: 'name', message: messageCode('common:validation.required.personName') }])).toMatch(/^Imię i nazwisko: /);
  });

  it('shows isolated runs as <bdi> elements, without the invisible marks', () => {
    const { container } = render(<IsolatedText text={`Already registered as C-00001 (${isolate('أمينة يوسف')})`} />);
    expect(container.textContent).toBe('Already registered as C-00001 (أمينة يوسف)');
    expect(container.querySelector('bdi')?.textContent).toBe('أمينة يوسف');
  });
});
