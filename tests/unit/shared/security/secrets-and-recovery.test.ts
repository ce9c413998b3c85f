import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, parseRecoveryKey } from '../../../../shared/security/recovery-key';
import { secretProblem } from '../../../../shared/security/secret-rules';

describe('the recovery key', () => {
  it('round-trips through its printed form, forgiving case, spaces and look-alike letters', () => {
    const bytes = Uint8Array.from({ length: 20 }, (_, i) => (i * 37 + 11) & 255);
    const printed = formatRecoveryKey(bytes);
    expect(printed).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(parseRecoveryKey(printed)).toEqual(bytes);
    expect(parseRecoveryKey(printed.toLowerCase().replace(/-/g, ' '))).toEqual(bytes);
    expect(parseRecoveryKey(printed.replace(/0/g, 'O').replace(/1/g, 'I'))).toEqual(bytes);
    expect(parseRecoveryKey(printed.slice(0, -1))).toBeUndefined();
    expect(parseRecoveryKey(printed.slice(0, -1) + 'U')).toBeUndefined();
  });
});

describe('the secret rules', () => {
  it('refuse short, repeated or obvious secrets and accept reasonable ones', () => {
    expect(secretProblem('passphrase', 'short')).toBe('passphraseTooShort');
    expect(secretProblem('passphrase', 'aaaaaaaaaaaa')).toBe('passphraseRepeated');
    expect(secretProblem('passphrase', 'river tea kettle')).toBeUndefined();
    expect(secretProblem('pin', '12a456')).toBe('pinNotDigits');
    expect(secretProblem('pin', '2704')).toBe('pinLength');
    expect(secretProblem('pin', '123456')).toBe('pinTooSimple');
    expect(secretProblem('pin', '987654')).toBe('pinTooSimple');
    expect(secretProblem('pin', '000000')).toBe('pinTooSimple');
    expect(secretProblem('pin', '270419')).toBeUndefined();
  });
});
