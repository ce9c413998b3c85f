import { describe, expect, it } from 'vitest';
import { nameSimilarity, possibleDuplicates } from '../../../../shared/frontdesk/duplicates';
import type { Client } from '../../../../shared/schemas';

function client(id: string, fields: Partial<Client>): Client {
  return {
    id,
    ref: `C-${id.padStart(5, '0')}`,
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    name: 'Someone',
    languages: [],
    interpreterNeeded: false,
    consents: { storage: { given: true, date: '2026-01-01', recordedBy: 'Volunteer' } },
    ...fields,
  };
}

describe('nameSimilarity', () => {
  it('is 1 for the same name however it is written', () => {
    expect(nameSimilarity('Amira Haddad', 'Amira Haddad')).toBe(1);
    expect(nameSimilarity('AMIRA  haddad', 'amira haddad')).toBe(1);
    expect(nameSimilarity('Haddad, Amira', 'Amira Haddad')).toBe(1);
    expect(nameSimilarity('Łukasz Wiśniewski', 'Lukasz Wisniewski')).toBe(1);
    expect(nameSimilarity('أميرة حداد', 'اميره حداد')).toBe(1);
  });

  it('scores a one-letter difference highly', () => {
    // "amira hadad" vs "amira haddad": 1 edit in 12 characters.
    expect(nameSimilarity('Amira Hadad', 'Amira Haddad')).toBeCloseTo(11 / 12, 10);
  });

  it('credits shared words', () => {
    // Two of three words in common: 2·2 / (3 + 2).
    expect(nameSimilarity('Mohammed Ali Hassan', 'Mohammed Hassan')).toBeCloseTo(0.8, 10);
  });

  it('is low for different names and 0 for a blank one', () => {
    expect(nameSimilarity('Amira Haddad', 'Piotr Nowak')).toBeLessThan(0.3);
    expect(nameSimilarity('', 'Piotr Nowak')).toBe(0);
    expect(nameSimilarity('  ', '')).toBe(0);
  });

  it('stays between 0 and 1 and is symmetric', () => {
    const pairs: Array<[string, string]> = [['Ann', 'Anna Maria Lopez'], ['x', 'yyyyyyyy'], ['Olena', 'Олена']];
    for (const [a, b] of pairs) {
      const s = nameSimilarity(a, b);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
      expect(nameSimilarity(b, a)).toBe(s);
    }
  });
});

describe('possibleDuplicates', () => {
  const clients = [
    client('1', { name: 'أميرة حداد', nameLatin: 'Amira Haddad', birthYear: 1990, phone: '07700 900123' }),
    client('2', { name: 'Amira Haddad', birthYear: 1985 }),
    client('3', { name: 'Amina Hadad', birthYear: 1990 }),
    client('4', { name: 'A. Haddad', phone: '+44 7700 900123' }),
    client('5', { name: 'Piotr Nowak', phone: '07700 900123' }),
    client('6', { name: 'Amira Haddad', birthYear: 1990 }),
  ];

  it('matches a similar name with the same year of birth, most alike first', () => {
    // 1 and 6 are exact (1.0); 3 "Amina Hadad" is two letters off (10/12 ≈ 0.83); 2 was born in another year.
    const found = possibleDuplicates({ name: 'Amira Haddad', birthYear: 1990 }, clients).map((c) => c.id);
    expect(found).toEqual(['1', '6', '3']);
  });

  it('matches on the Latin spelling of either person', () => {
    // The Arabic name matches client 1 exactly once folded (أميرة → اميره).
    const found = possibleDuplicates({ name: 'أميره حداد', nameLatin: 'Amira Hadad', birthYear: 1990 }, clients).map((c) => c.id);
    expect(found).toEqual(['1', '6', '3']);
    const latinOnly = possibleDuplicates({ name: 'Amyra Haddad', birthYear: 1990 }, [clients[0]!]).map((c) => c.id);
    expect(latinOnly).toEqual(['1']);
  });

  it('matches the same phone with a looser name, but not an unrelated name', () => {
    const found = possibleDuplicates({ name: 'Amira Haddad', phone: '447700900123' }, clients).map((c) => c.id);
    expect(found).toEqual(['1', '4']);
  });

  it('does not match a similar name alone', () => {
    expect(possibleDuplicates({ name: 'Amira Haddad' }, clients)).toEqual([]);
    expect(possibleDuplicates({ name: 'Amira Haddad', birthYear: 2001 }, clients)).toEqual([]);
  });

  it('leaves out the client being edited', () => {
    const found = possibleDuplicates({ name: 'Amira Haddad', birthYear: 1990 }, clients, '1').map((c) => c.id);
    expect(found).toEqual(['6', '3']);
  });

  it('returns at most five, most alike first', () => {
    const many = [
      client('10', { name: 'Sara Tesfay', birthYear: 1980 }),
      ...Array.from({ length: 6 }, (_, i) => client(String(20 + i), { name: 'Sara Tesfaye', birthYear: 1980 })),
    ];
    const found = possibleDuplicates({ name: 'Sara Tesfaye', birthYear: 1980 }, many).map((c) => c.id);
    expect(found).toEqual(['20', '21', '22', '23', '24']);
  });
});
