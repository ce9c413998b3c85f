// @vitest-environment jsdom
/**
 * The subject access sheet is read by the person it is about: its stored codes (immigration
 * status, gender, age band, nationality, languages, statuses, outcomes) come out in words,
 * in the app's language, never as "refused-asylum-seeker".
 */
import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../../../renderer/i18n';
import { useSubjectAccessWords } from '../../../../../renderer/features/privacy/subject-access-words';
import { message, resetLanguage } from '../../../support/i18n';

afterEach(resetLanguage);

describe('the subject access sheet’s words', () => {
  it('puts every stored code in words, in English', () => {
    const { result } = renderHook(() => useSubjectAccessWords());
    const words = result.current;
    expect(words.detail('immigrationStatus', 'refused-asylum-seeker')).toBe('Refused asylum seeker');
    expect(words.detail('gender', 'prefer-not-to-say')).toBe('Prefers not to say');
    expect(words.detail('ageBand', '25-34')).toBe('25 to 34');
    expect(words.detail('nationality', 'SY')).toBe('Syrian Arab Republic');
    expect(words.appointmentStatus('did-not-attend')).toBe(message('clinics:status.did-not-attend'));
    expect(words.referralStatus('no-contact')).toBe('No contact');
    expect(words.outcome('advice-given')).toBe('Advice given');
    expect(words.detail('phone', '07700 900123')).toBe('07700 900123');
  });

  it('speaks the app’s language, and shows a code it does not know as it is', async () => {
    await setLanguage('pl');
    const { result } = renderHook(() => useSubjectAccessWords());
    expect(result.current.detail('immigrationStatus', 'refused-asylum-seeker')).toBe(message('clients:immigrationStatus.refused-asylum-seeker', {}, 'pl'));
    expect(result.current.detail('immigrationStatus', 'refused-asylum-seeker')).not.toBe('Refused asylum seeker');
    expect(result.current.detail('nationality', 'UA')).toBe('Ukraina');
    expect(result.current.detail('gender', 'from-a-newer-version')).toBe('from-a-newer-version');
  });
});
