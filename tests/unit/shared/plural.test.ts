import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plural, pluralWord } from '../../../shared/plural';

describe('counts in words', () => {
  it('says "1 shift" and "1 session", never "1 shifts"', () => {
    expect(plural(1, 'shift')).toBe('1 shift');
    expect(plural(1, 'session')).toBe('1 session');
    expect(plural(0, 'session')).toBe('0 sessions');
    expect(plural(2, 'shift')).toBe('2 shifts');
    expect(plural(1, 'person', 'people')).toBe('1 person');
    expect(plural(3, 'person', 'people')).toBe('3 people');
    expect(plural(1200, 'client')).toBe('1,200 clients');
    expect(pluralWord(1.5, 'hour')).toBe('hours');
  });

  // "Mid Yorkshire clinic created with 1 sessions": a count written straight before a
  // plural noun is right only until the count is 1. Every count goes through plural().
  it('no screen writes a count straight before a plural noun', () => {
    const root = join(import.meta.dirname, '../../..');
    const nouns = 'sessions|shifts|people|places|days|weeks|hours|volunteers|clients|appointments|referrals|services|bookings|entries|records|slots|walk-ins';
    const countThenPlural = new RegExp(`\\$\\{([^}'"]*)\\} (open |more |active )?(${nouns})\\b`, 'g');
    // Words, not counts, may stand before a noun ("Restoring records").
    const notACount = /^(verb|name|label|title|what|kind)$/;
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (name !== 'demo') walk(path);
        } else if (/\.tsx?$/.test(name)) {
          readFileSync(path, 'utf8')
            .split('\n')
            .forEach((line, index) => {
              for (const match of line.matchAll(countThenPlural)) {
                if (!notACount.test(match[1]!.trim())) offenders.push(`${path.slice(root.length + 1)}:${index + 1}`);
              }
            });
        }
      }
    };
    walk(join(root, 'renderer'));
    walk(join(root, 'shared'));
    expect(offenders).toEqual([]);
  });
});
