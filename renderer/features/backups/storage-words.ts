/**
 * Sizes of stored data in the chosen language ("850 MB", "1 000 МБ", "512 bytes"), with
 * Intl's byte units, counted in 1024s as the browser's quota is.
 */
import type { Formatter } from '../../i18n/format';

const UNITS = ['kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

export function formatBytes(format: Formatter, bytes: number): string {
  if (bytes < 1024) return format.number(bytes, { style: 'unit', unit: 'byte', unitDisplay: 'long' });
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return format.number(value, { style: 'unit', unit: UNITS[unit], unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 });
}
