import { describe, expect, it } from 'vitest';
import {
  IMMIGRATION_ADVICE_MESSAGE,
  IMMIGRATION_UNKNOWN_ADVISER_MESSAGE,
  checkImmigrationAdvice,
  hasCurrentAccreditation,
  isImmigrationMatter,
} from '../../../../shared/advice/immigration-rule';
import { addCategory } from '../../../../shared/advice/categories';
import { DEFAULT_ISSUE_CATEGORIES, type VolunteerCheck } from '../../../../shared/schemas';
import { wordMessage } from '../../../../renderer/i18n';

const today = '2026-03-10';
const categories = addCategory(DEFAULT_ISSUE_CATEGORIES, 'EU Settlement Scheme', 'immigration');
const accredited: VolunteerCheck = { kind: 'immigration-accreditation', date: '2025-01-01', expires: '2027-01-01', level: 'OISC level 1' };
const refusal = { ok: false, message: IMMIGRATION_ADVICE_MESSAGE };

describe('isImmigrationMatter', () => {
  it('sees the category and its sub-categories', () => {
    expect(isImmigrationMatter(['housing', 'immigration'], categories)).toBe(true);
    expect(isImmigrationMatter(['eu-settlement-scheme'], categories)).toBe(true);
    expect(isImmigrationMatter(['asylum-support', 'housing'], categories)).toBe(false);
  });
});

describe('hasCurrentAccreditation', () => {
  it('counts start and expiry days as current', () => {
    expect(hasCurrentAccreditation([{ ...accredited, expires: today }], today)).toBe(true);
    expect(hasCurrentAccreditation([{ ...accredited, date: today, expires: undefined }], today)).toBe(true);
    expect(hasCurrentAccreditation([{ ...accredited, expires: '2026-03-09' }], today)).toBe(false);
    expect(hasCurrentAccreditation([{ ...accredited, date: '2026-03-11' }], today)).toBe(false);
    expect(hasCurrentAccreditation([{ kind: 'safeguarding', date: '2025-01-01' }], today)).toBe(false);
    expect(hasCurrentAccreditation(undefined, today)).toBe(false);
  });
});

describe('checkImmigrationAdvice', () => {
  const entry = { categories: ['immigration'], outcome: 'advice-given' as const };

  it('lets an accredited adviser log immigration advice', () => {
    expect(checkImmigrationAdvice(entry, { name: 'Amal', checks: [accredited] }, today, categories)).toEqual({ ok: true });
  });

  it('refuses an adviser without a current accreditation, with the explanation', () => {
    expect(checkImmigrationAdvice(entry, { name: 'Tom', checks: [] }, today, categories)).toEqual(refusal);
    expect(
      checkImmigrationAdvice(entry, { name: 'Tom', checks: [{ ...accredited, expires: '2026-01-31' }] }, today, categories),
    ).toEqual(refusal);
  });

  it('applies to sub-categories of immigration', () => {
    const sub = { categories: ['benefits', 'eu-settlement-scheme'], outcome: 'form-or-letter-completed' as const };
    expect(checkImmigrationAdvice(sub, { name: 'Tom', checks: [] }, today, categories)).toEqual(refusal);
  });

  it('always allows signposting, and anything that is not immigration', () => {
    expect(checkImmigrationAdvice({ ...entry, outcome: 'signposted' }, { name: 'Tom', checks: [] }, today, categories)).toEqual({ ok: true });
    expect(checkImmigrationAdvice({ categories: ['housing'], outcome: 'advice-given' }, undefined, today, categories)).toEqual({ ok: true });
  });

  it('refuses an adviser with no volunteer record unless told not to', () => {
    expect(checkImmigrationAdvice(entry, { name: 'Visiting solicitor' }, today, categories)).toEqual({
      ok: false,
      message: IMMIGRATION_UNKNOWN_ADVISER_MESSAGE,
    });
    expect(checkImmigrationAdvice(entry, undefined, today, categories).ok).toBe(false);
    expect(
      checkImmigrationAdvice(entry, { name: 'Visiting solicitor' }, today, categories, { enforceForUnknownAdvisers: false }),
    ).toEqual({ ok: true });
    expect(checkImmigrationAdvice(entry, undefined, today, categories, { enforceForUnknownAdvisers: false })).toEqual({ ok: true });
  });

  it('still checks a known volunteer when unknown advisers are let through', () => {
    expect(
      checkImmigrationAdvice(entry, { name: 'Tom', checks: [] }, today, categories, { enforceForUnknownAdvisers: false }),
    ).toEqual(refusal);
  });

  it('uses the exact wording (a message code, worded in the app’s language)', () => {
    expect(wordMessage(IMMIGRATION_ADVICE_MESSAGE, 'en-GB')).toBe(
      'Only an adviser with a current immigration-advice accreditation can log immigration advice. Record it as signposted, or ask an accredited adviser.',
    );
  });
});
