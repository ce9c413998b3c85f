// @vitest-environment jsdom
/**
 * Settings words what the data keeps as codes or English names: bank holidays (the rules
 * name them in English only) and the facts of each activity-log entry.
 */
import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useAuditWords } from '../../../../../renderer/features/settings/audit-words';
import { useBankHolidayName } from '../../../../../renderer/features/settings/bank-holiday-names';
import { setLanguage } from '../../../../../renderer/i18n';
import { resetLanguage } from '../../../support/i18n';

afterEach(resetLanguage);

describe('bank holidays by name', () => {
  it('are named in the chosen language, substitute days and two on one date included', async () => {
    await setLanguage('pl');
    const { result } = renderHook(() => useBankHolidayName());
    expect(result.current('Summer bank holiday')).toBe('Letnie święto państwowe');
    expect(result.current('Christmas Day (substitute day)')).toBe('Boże Narodzenie (dzień zastępczy)');
    expect(result.current('Christmas Day, Boxing Day')).toBe('Boże Narodzenie i Drugi dzień świąt Bożego Narodzenia');
  });

  it('keep a name the list does not know yet, rather than lose it', async () => {
    await setLanguage('uk');
    const { result } = renderHook(() => useBankHolidayName());
    expect(result.current('A new one-off holiday')).toBe('A new one-off holiday');
  });
});

describe('the activity log', () => {
  it('names each fact and formats its value', () => {
    const { result } = renderHook(() => useAuditWords());
    expect(result.current.action('make-backup')).toBe('Backup made');
    expect(result.current.detail({ where: 'folder', encrypted: false, records: 1200 })).toBe('Where: backup folder · Encrypted: no · Records: 1,200');
    expect(result.current.detail({ from: '2026-01-01', formats: ['csv', 'pdf'], threshold: 10 })).toBe('From: 1 Jan 2026 · Formats: CSV and PDF · Hidden below: 10');
    expect(result.current.detail({ clients: 3, 'kept clinics': 1, table: 'referrals' })).toBe('Clients: 3 · Clinics kept: 1 · Table: Referrals');
  });

  it('shows a fact it has no name for as it was stored', () => {
    const { result } = renderHook(() => useAuditWords());
    expect(result.current.detail({ actorRole: 'coordinator' })).toBe('actorRole: coordinator');
  });

  it('speaks the chosen language', async () => {
    await setLanguage('ar');
    const { result } = renderHook(() => useAuditWords());
    expect(result.current.action('restore-backup')).toBe('استُعيدت نسخة احتياطية');
    expect(result.current.detail({ encrypted: true })).toBe('مشفّرة: نعم');
  });
});
