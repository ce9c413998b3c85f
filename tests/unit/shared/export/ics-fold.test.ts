import { describe, expect, it } from 'vitest';
import { foldContentLine, foldIcs } from '../../../../shared/export/ics-fold';
import { shiftsToIcs } from '../../../../shared/rota/ics';

const octets = (text: string): number => Buffer.byteLength(text, 'utf8');
const unfold = (text: string): string => text.replace(/\r\n[ \t]/g, '');

describe('iCalendar line folding (RFC 5545 §3.1)', () => {
  it('folds a long non-ASCII line at 75 octets, never inside a character', () => {
    const line = `SUMMARY:${'عيادة المشورة القانونية للمهاجرين '.repeat(6)}🇺🇦 Консультація`;
    const folded = foldContentLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(4);
    for (const [i, part] of physical.entries()) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
      // Each physical line is whole UTF-8: no lone half of a surrogate pair.
      expect(part).toBe(Buffer.from(part, 'utf8').toString('utf8'));
      expect(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/.test(part)).toBe(false);
    }
    expect(unfold(folded)).toBe(line);
    // A 2-octet script fills a line: at most one octet is left unused.
    expect(octets(physical[0]!)).toBeGreaterThanOrEqual(74);
  });

  it('leaves short lines alone and refolds text folded by characters', () => {
    expect(foldContentLine('BEGIN:VCALENDAR')).toBe('BEGIN:VCALENDAR');
    const byCharacters = `SUMMARY:${'ж'.repeat(67)}\r\n\t${'ж'.repeat(20)}\r\nEND:VEVENT`;
    const refolded = foldIcs(byCharacters);
    expect(refolded.split('\r\n').every((part) => octets(part) <= 75)).toBe(true);
    expect(unfold(refolded)).toBe(`SUMMARY:${'ж'.repeat(87)}\r\nEND:VEVENT`);
  });

  it('keeps every line of a rota calendar with Arabic and Ukrainian names within 75 octets', () => {
    const text = shiftsToIcs(
      [
        {
          id: 'shift-ar',
          date: '2026-12-01',
          startTime: '10:00',
          endTime: '12:00',
          role: 'adviser',
          clinicName: 'عيادة المشورة القانونية للمهاجرين واللاجئين في المركز المجتمعي',
          venue: 'Громадський центр, кімната 2, вулиця Альберта 12, Глазго',
        },
      ],
      'Рота волонтерів на грудень',
      { stamp: '2026-11-24T09:00:00.000Z' },
    );
    const lines = text.split('\r\n');
    for (const line of lines) expect(octets(line), line).toBeLessThanOrEqual(75);
    expect(unfold(text)).toContain('LOCATION:Громадський центр\\, кімната 2\\, вулиця Альберта 12\\, Глазго');
  });
});
