import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Counts in words are ICU plural messages in the catalogues (renderer/i18n/locales), which
 * give each language its own forms. A count written straight into a sentence is right only
 * until the count is 1 (and never right in Arabic or Polish).
 */
describe('counts in words', () => {
  // "Mid Yorkshire clinic created with 1 sessions": a count written straight before a
  // plural noun is right only until the count is 1. Every count goes through an ICU plural message.
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
