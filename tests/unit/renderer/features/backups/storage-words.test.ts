/** Storage sizes read in the volunteer's language, counted in 1024s as the browser's quota is. */
import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../../../renderer/features/backups/storage-words';
import { formatterFor } from '../../../../../renderer/i18n/format';

describe('formatBytes', () => {
  const english = formatterFor('en-GB');

  it('uses bytes below a kilobyte, then the largest unit with one decimal under 10', () => {
    expect(formatBytes(english, 512)).toBe('512 bytes');
    expect(formatBytes(english, 1536)).toBe('1.5 kB');
    expect(formatBytes(english, 850 * 1024 * 1024)).toBe('850 MB');
    expect(formatBytes(english, 1000 * 1024 * 1024)).toBe('1,000 MB');
    expect(formatBytes(english, 3 * 1024 ** 4)).toBe('3 TB');
  });

  it('writes the number and the unit in the chosen language', () => {
    expect(formatBytes(formatterFor('uk'), 1000 * 1024 * 1024)).toBe(`1${'\u00a0'}000 МБ`);
    expect(formatBytes(formatterFor('pl'), 2 * 1024 ** 3)).toBe('2 GB');
  });
});
