// @vitest-environment jsdom
/**
 * Messages from schemas and from the data layer arrive as codes and are worded in the
 * app's language at the last moment: a zod failure and a refused booking read in Polish
 * and in Arabic, with their plurals; no code and no library wording reaches the screen.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Client, IsoDate } from '../../../../shared/schemas';
import { isolated, messageCode } from '../../../../shared/messages/message-code';
import { CommandRefusedError, STORAGE_FULL_MESSAGE } from '../../../../renderer/data';
import { setLanguage, wordMessage } from '../../../../renderer/i18n';
import { Field } from '../../../../renderer/ui/Field';
import { refusalMessage } from '../../../../renderer/ui/form-errors';
import { renderInLanguage, resetLanguage } from '../../support/i18n';

afterEach(async () => {
  cleanup();
  await resetLanguage();
});

const firstMessage = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues[0]?.message ?? '';

describe('a zod failure', () => {
  it('is a code, not English, when it leaves the schema', () => {
    expect(firstMessage(z.string().min(3), 'ab')).toBe(messageCode('common:validation.atLeastCharacters', { count: 3 }));
  });

  it('reads in Polish and in Arabic, with the plural the count needs', async () => {
    const tooShort = firstMessage(z.string().min(3), 'ab');
    const nameMissing = firstMessage(Client.shape.name, '   ');
    await setLanguage('pl');
    expect(wordMessage(tooShort)).toBe('Wpisz co najmniej 3 znaki');
    expect(wordMessage(firstMessage(z.string().min(5), 'ab'))).toBe('Wpisz co najmniej 5 znaków');
    expect(wordMessage(nameMissing)).toBe('Wpisz imię i nazwisko osoby');
    await setLanguage('ar');
    expect(wordMessage(tooShort)).toBe('أدخل 3 أحرف على الأقل');
    expect(wordMessage(firstMessage(z.string().min(2), 'a'))).toBe('أدخل حرفين على الأقل');
    expect(wordMessage(nameMissing)).toBe('أدخل اسم الشخص');
    expect(wordMessage(firstMessage(IsoDate, '2026-02-30'))).toBe('هذا التاريخ غير موجود: راجع اليوم والشهر');
  });

  it('is worded by Field, so a form shows it in Arabic with no change to the form', async () => {
    await renderInLanguage(
      <Field label="الاسم" error={firstMessage(Client.shape.name, '')}>
        <input />
      </Field>,
      'ar',
    );
    expect(screen.getByRole('alert').textContent).toBe('أدخل اسم الشخص');
  });
});

describe('a refusal from the data layer', () => {
  const slotFull = new CommandRefusedError(messageCode('common:refusal.booking.slotFull'));

  it('reads in Polish and in Arabic', async () => {
    expect(refusalMessage(slotFull)).toBe('That slot is full. Choose another time.');
    await setLanguage('pl');
    expect(refusalMessage(slotFull)).toBe('Ten termin jest pełny. Wybierz inną godzinę.');
    expect(refusalMessage(new CommandRefusedError(messageCode('common:refusal.noLongerExists', { kind: 'clients' })))).toBe('Ta osoba już nie istnieje.');
    await setLanguage('ar');
    expect(refusalMessage(slotFull)).toBe('هذا الموعد ممتلئ. اختر وقتًا آخر.');
    expect(refusalMessage(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }))).toBe(wordMessage(STORAGE_FULL_MESSAGE));
    expect(wordMessage(STORAGE_FULL_MESSAGE)).toMatch(/^لم يُحفظ/);
  });

  it('words codes inside its arguments, joins lists as the language does and keeps a name isolated', async () => {
    const refusal = messageCode('common:refusal.cannotAssign', {
      name: isolated('Amal'),
      reasons: [messageCode('common:validation.fillIn'), messageCode('common:validation.enterDate')],
    });
    expect(wordMessage(refusal)).toBe('Cannot assign \u2068Amal\u2069: Fill in this field and Enter a date.');
    await setLanguage('pl');
    expect(wordMessage(refusal)).toBe('Nie można przydzielić zmiany osobie \u2068Amal\u2069: Wypełnij to pole i Wpisz datę.');
  });

  it('words each code inside a longer text and leaves text with none untouched', () => {
    const joined = `Name: ${messageCode('common:validation.fillIn')}; ${messageCode('common:validation.enterNumber')}`;
    expect(wordMessage(joined)).toBe('Name: Fill in this field; Enter a number, using digits');
    expect(wordMessage('Saved')).toBe('Saved');
  });
});
