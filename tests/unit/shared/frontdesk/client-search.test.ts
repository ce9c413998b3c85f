import { describe, expect, it } from 'vitest';
import { ClientSearchIndex, foldForSearch, phoneDigits, searchTextOf, type SearchableClient } from '../../../../shared/frontdesk/client-search';

const clients: SearchableClient[] = [
  { id: 'amira', ref: 'C-00042', name: 'أميرة حداد', nameLatin: 'Amira Haddad', phone: '07700 900123' },
  { id: 'lukasz', ref: 'C-00007', name: 'Łukasz Wiśniewski', phone: '+44 7700 900456' },
  { id: 'huong', ref: 'C-00108', name: 'Nguyễn Thị Hương' },
  { id: 'olena', ref: 'C-00420', name: 'Олена Ковальчук', nameLatin: 'Olena Kovalchuk', phone: '07911 123456' },
  { id: 'amir', ref: 'C-01042', name: 'Amir Hassan' },
  { id: 'hadi', ref: 'C-00333', name: 'Hadi Rahimi', phone: '0161 496 0000' },
];

describe('foldForSearch', () => {
  it('drops accents and case', () => {
    expect(foldForSearch('Nguyễn Thị Hương')).toBe('nguyen thi huong');
    expect(foldForSearch('Łukasz Wiśniewski')).toBe('lukasz wisniewski');
    expect(foldForSearch('Zoë Müller-Ångström')).toBe('zoe muller-angstrom');
    expect(foldForSearch('Øyvind Đorđević')).toBe('oyvind dordevic');
    expect(foldForSearch('Straße Æsop Œuvre Yıldız')).toBe('strasse aesop oeuvre yildiz');
  });

  it('folds Cyrillic consistently', () => {
    expect(foldForSearch('ОЛЕНА Ковальчук')).toBe('олена ковальчук');
    expect(foldForSearch('Її')).toBe(foldForSearch('її'));
  });

  it('normalises Arabic spelling variants', () => {
    expect(foldForSearch('أميرة')).toBe('اميره');
    expect(foldForSearch('إيمان')).toBe('ايمان');
    expect(foldForSearch('آمنة')).toBe('امنه');
    expect(foldForSearch('مُحَمَّد')).toBe('محمد');
    expect(foldForSearch('مـحـمـد')).toBe('محمد');
    expect(foldForSearch('مصطفى')).toBe('مصطفي');
  });
});

describe('phoneDigits', () => {
  it('keeps digits and writes the UK code as 0', () => {
    expect(phoneDigits('07700 900123')).toBe('07700900123');
    expect(phoneDigits('+44 7700 900123')).toBe('07700900123');
    expect(phoneDigits('447700900123')).toBe('07700900123');
    expect(phoneDigits('0044 7700 900123')).toBe('07700900123');
    expect(phoneDigits('+44 (0)7700 900-123')).toBe('07700900123');
    expect(phoneDigits('(0161) 496-0000')).toBe('01614960000');
    expect(phoneDigits('')).toBe('');
  });
});

describe('ClientSearchIndex', () => {
  const index = new ClientSearchIndex(clients);

  it('finds by name in Latin and Arabic script', () => {
    expect(index.search('Amira Haddad')[0]).toBe('amira');
    expect(index.search('haddad')).toEqual(['amira']);
    expect(index.search('أميرة حداد')).toEqual(['amira']);
    expect(index.search('اميره')).toEqual(['amira']);
    expect(index.search('حد')).toEqual(['amira']);
  });

  it('finds names typed without accents', () => {
    expect(index.search('lukasz wisn')).toEqual(['lukasz']);
    expect(index.search('nguyen huong')).toEqual(['huong']);
    expect(index.search('Hương')).toEqual(['huong']);
  });

  it('finds a Ukrainian name in Cyrillic or its Latin spelling', () => {
    expect(index.search('Олена')).toEqual(['olena']);
    expect(index.search('ковал')).toEqual(['olena']);
    expect(index.search('kovalchuk')).toEqual(['olena']);
  });

  it('needs every word to match', () => {
    expect(index.search('amira rahimi')).toEqual([]);
    expect(index.search('hadi rah')).toEqual(['hadi']);
  });

  it('forgives a typo in a longer word', () => {
    expect(index.search('hadi')).toEqual(['hadi']);
    expect(index.search('hadad')).toEqual(['amira']);
    expect(index.search('wisniewsky')).toEqual(['lukasz']);
  });

  it('finds by phone number, in part or with the country code', () => {
    expect(index.search('900123')).toEqual(['amira']);
    expect(index.search('+44 7700 900123')).toEqual(['amira']);
    expect(index.search('07700900456')).toEqual(['lukasz']);
    expect(index.search('7700 900')).toEqual(['amira', 'lukasz']);
    expect(index.search('496 0000')).toEqual(['hadi']);
    expect(index.search('447700900123')).toEqual(['amira']);
    expect(index.search('0044 7700 900123')).toEqual(['amira']);
    // Part of a number is matched anywhere in it.
    expect(index.search('4960')).toEqual(['hadi']);
    expect(index.search('456')).toEqual(['lukasz', 'olena']);
  });

  it('finds by reference number, exact match first', () => {
    expect(index.search('42')[0]).toBe('amira');
    expect(index.search('00042')[0]).toBe('amira');
    expect(index.search('C-00042')[0]).toBe('amira');
    expect(index.search('042')[0]).toBe('amira');
    expect(index.search('108')).toEqual(['huong']);
    expect(index.search('333')).toEqual(['hadi']);
  });

  it('returns nothing for a blank query', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
  });

  it('respects the limit', () => {
    expect(index.search('a', 2)).toHaveLength(2);
  });

  it('updates, removes and replaces clients', () => {
    const live = new ClientSearchIndex();
    expect(live.search('amira')).toEqual([]);
    live.replaceAll(clients);
    expect(live.search('amira')[0]).toBe('amira');

    live.upsert({ id: 'amira', ref: 'C-00042', name: 'Amira Khoury', phone: '07700 900999' });
    expect(live.search('haddad')).toEqual([]);
    expect(live.search('khoury')).toEqual(['amira']);
    expect(live.search('900123')).toEqual([]);
    expect(live.search('900999')).toEqual(['amira']);

    live.upsert({ id: 'new', ref: 'C-00500', name: 'Sara Tesfaye' });
    expect(live.search('tesfaye')).toEqual(['new']);

    live.remove('new');
    expect(live.search('tesfaye')).toEqual([]);
    expect(live.search('500')).toEqual([]);
    live.remove('not-there');

    live.replaceAll([{ id: 'solo', ref: 'C-00001', name: 'Solo Person' }]);
    expect(live.search('amira')).toEqual([]);
    expect(live.search('solo')).toEqual(['solo']);
  });
});

describe('ClientSearchIndex at the front desk’s pace', () => {
  const many = Array.from({ length: 300 }, (_, i) => ({
    id: `c${i}`,
    ref: `C-${String(i + 1).padStart(5, '0')}`,
    name: i % 3 === 0 ? `Carlos Mendes ${i}` : `Hana Tesfaye ${i}`,
  }));

  it('reads "C" as the start of a name, not as every reference', () => {
    const index = new ClientSearchIndex(many);
    const found = index.search('C', 500);
    expect(found).toHaveLength(100);
    expect(found.every((id) => Number(id.slice(1)) % 3 === 0)).toBe(true);
  });

  it('lists the references a reference being typed begins, the exact one first', () => {
    const index = new ClientSearchIndex(many);
    expect(index.search('C-0002', 500)).toEqual(['c1', ...Array.from({ length: 10 }, (_, i) => `c${19 + i}`), ...Array.from({ length: 100 }, (_, i) => `c${199 + i}`)].slice(0, 111));
    expect(index.search('C-00042')).toEqual(['c41']);
    expect(index.search('c42')[0]).toBe('c41');
  });

  it('matches short words as the start of any word, alone or after a longer one', () => {
    const index = new ClientSearchIndex(many);
    expect(index.search('ha', 500)).toHaveLength(200);
    expect(index.search('hana t', 500)).toHaveLength(200);
    expect(index.search('carlos x', 500)).toEqual([]);
    expect(index.search('m c', 500)).toHaveLength(100);
  });

  it('builds in steps and then answers as the one built at once', async () => {
    const stepwise = new ClientSearchIndex();
    await stepwise.replaceAllAsync(many, 40);
    const atOnce = new ClientSearchIndex(many);
    for (const query of ['carl', 'hana tes', 'C-001', '12', 'm c']) expect(stepwise.search(query, 500)).toEqual(atOnce.search(query, 500));
  });

  it('given each client’s SearchText worked out beforehand (as the snapshot carries it), answers as one that folds every name itself', async () => {
    const everyone = [...clients, ...many, { id: 'punct', ref: 'C-X', name: '  ‘Abd al-Raḥmān  (Abu) ', nameLatin: '', phone: '' }];
    // Through JSON, as the snapshot stores it.
    const texts = new Map(everyone.map((c) => [c.id, JSON.parse(JSON.stringify(searchTextOf(c))) as ReturnType<typeof searchTextOf>]));
    const given = new ClientSearchIndex();
    await given.replaceAllAsync(everyone, 40, async () => undefined, (c) => texts.get(c.id));
    const folding = new ClientSearchIndex(everyone);
    const queries = ['أميرة', 'اميره', 'amira', 'Lukasz', 'wisn', 'huong', 'olena ko', 'Олена', '900123', '+44 7700 900456', 'C-00042', '42', 'c 333', 'hadi 333', 'a', 'ha', 'carl', 'hana tes', 'm c', 'amiva', 'abd al', 'rahman', 'abu'];
    for (const query of queries) expect(given.search(query, 500), query).toEqual(folding.search(query, 500));
    expect(given.search('abd al', 500)).toEqual(['punct']);
  });
});

describe('typos', () => {
  const people = [
    { id: 'amina', ref: 'C-00001', name: 'Amina Yusuf' },
    { id: 'amira', ref: 'C-00002', name: 'Amira Haddad' },
  ];

  it('are allowed only when the words as typed match nobody', () => {
    const index = new ClientSearchIndex(people);
    // Typed right: Amira, a letter away, is not listed after her.
    expect(index.search('amina')).toEqual(['amina']);
    // A typo: both are a letter away from "amiva".
    expect(index.search('amiva').sort()).toEqual(['amina', 'amira']);
    expect(index.search('yusef')).toEqual(['amina']);
  });
});
