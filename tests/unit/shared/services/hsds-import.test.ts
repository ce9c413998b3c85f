import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CUT_OFF_MESSAGE,
  EMPTY_FILE_MESSAGE,
  HsdsImportError,
  INVALID_JSON_MESSAGE,
  NOT_HSDS_MESSAGE,
  NO_SERVICES_CSV_MESSAGE,
  SERVICES_CSV_COLUMNS_MESSAGE,
  importHsdsCsv,
  importHsdsJson,
  looksCutOff,
} from '../../../../shared/services/hsds-import';
import { addCategory } from '../../../../shared/advice/categories';
import { DEFAULT_ISSUE_CATEGORIES } from '../../../../shared/schemas';
import { wordMessage } from '../../../../renderer/i18n';

const fixtures = new URL('../../../fixtures/hsds/', import.meta.url);
const directoryJson = readFileSync(new URL('directory.json', fixtures), 'utf8');
const csvDir = new URL('csv/', fixtures);
const csvFiles = readdirSync(csvDir).map((name) => ({ name, text: readFileSync(new URL(name, csvDir), 'utf8') }));

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(HsdsImportError);
    return (error as Error).message;
  }
  throw new Error('expected an HsdsImportError');
}

describe('importHsdsJson: the Glasgow fixture', () => {
  const result = importHsdsJson(directoryJson);
  const byId = new Map(result.services.map((s) => [s.hsdsId, s.input]));

  it('reads seven services and skips the one without a name', () => {
    expect(result.format).toBe('hsds-json');
    expect(result.services.map((s) => s.hsdsId)).toEqual([
      'gla-svc-001',
      'gla-svc-002',
      'gla-svc-003',
      'gla-svc-004',
      'gla-svc-005',
      'gla-svc-006',
      'gla-svc-007',
    ]);
  });

  it('reports every problem row by row', () => {
    expect(result.report).toEqual([
      {
        row: 4,
        id: 'gla-svc-004',
        level: 'warning',
        message: 'The website “javascript:alert(1)” is not a web page address (http or https), so it was left out',
      },
      { row: 5, id: 'gla-svc-005', level: 'warning', message: 'The language “Klingon” is not recognised, so it was left out' },
      { row: 6, id: 'gla-svc-006', level: 'warning', message: 'The email “not-an-email” is not an email address, so it was left out' },
      { row: 8, id: 'gla-svc-008', level: 'skipped', message: 'The service has no name' },
    ]);
  });

  it('maps a v3 service with nested organisation, phone, address, schedule and attributes', () => {
    expect(byId.get('gla-svc-001')).toEqual({
      hsdsId: 'gla-svc-001',
      name: 'Glasgow Central Jobcentre Plus',
      organisation: 'Department for Work and Pensions',
      description: 'Help with Universal Credit claims, job search and work coach appointments.',
      categories: ['benefits', 'employment'],
      phone: '0800 169 0190',
      website: 'https://www.gov.uk/contact-jobcentre-plus',
      address: '111 Bothwell Street, Glasgow, G2 7QG',
      languages: ['eng', 'cym'],
      interpretationOffered: false,
      openingTimes: 'Mon, Tue, Wed, Thu, Fri 09:00–17:00',
      active: true,
    });
  });

  it('uses the physical address, language codes and names, interpretation and phone extension', () => {
    const cab = byId.get('gla-svc-002');
    expect(cab?.address).toBe('88 Albion Street, Glasgow, G1 1NY');
    expect(cab?.languages).toEqual(['eng', 'pol', 'ara']);
    expect(cab?.phone).toBe('0141 552 5556 ext. 2');
    expect(cab?.interpretationOffered).toBe(true);
    expect(cab?.email).toBe('advice@gcabs.org.uk');
    expect(cab?.eligibility).toBe('Anyone living in Glasgow');
    expect(cab?.openingTimes).toBe('Drop-in Monday to Thursday 10:00 to 15:00');
    expect(cab?.categories).toEqual(['benefits', 'housing', 'money']);
  });

  it('maps the law centre to immigration, with everyday language names and ages', () => {
    const law = byId.get('gla-svc-003');
    expect(law?.categories).toEqual(['immigration', 'legal']);
    expect(law?.languages).toEqual(['eng', 'ara', 'fas', 'tir', 'ckb']);
    expect(law?.organisation).toBe('Govan Law Centre');
    expect(law?.address).toBe('Orkney Street Enterprise Centre, 18-20 Orkney Street, Glasgow, G51 2BX');
    expect(law?.eligibility).toBe('Glasgow residents; asylum seekers and refugees. Age 16 and over');
  });

  it('drops a javascript: website, and falls back to the organisation and location for email and phone', () => {
    const food = byId.get('gla-svc-004');
    expect(food?.website).toBeUndefined();
    expect(food?.email).toBe('hello@southside.foodbank.org.uk');
    expect(food?.phone).toBe('0141 423 0000');
    expect(food?.categories).toEqual(['money']);
    expect(food?.openingTimes).toBe('Tue 12:00–14:00; Fri 12:00–14:00');
  });

  it('resolves a taxonomy term by id and splits a text list of languages', () => {
    const gp = byId.get('gla-svc-005');
    expect(gp?.categories).toEqual(['health']);
    expect(gp?.languages).toEqual(['eng', 'ron']);
  });

  it('marks a temporarily closed service inactive and leaves out a bad email', () => {
    const housing = byId.get('gla-svc-006');
    expect(housing?.active).toBe(false);
    expect(housing?.email).toBeUndefined();
    expect(housing?.categories).toEqual(['housing']);
  });

  it('adds https:// to a bare web address', () => {
    const esol = byId.get('gla-svc-007');
    expect(esol?.website).toBe('https://www.glasgowclyde.ac.uk/esol');
    expect(esol?.categories).toEqual(['education']);
  });

  it('matches only categories the forum has and has not retired', () => {
    const categories = addCategory(DEFAULT_ISSUE_CATEGORIES, 'Food banks').map((c) => (c.id === 'money' ? { ...c, retired: true } : c));
    const again = importHsdsJson(directoryJson, { categories });
    expect(again.services.find((s) => s.hsdsId === 'gla-svc-004')?.input.categories).toEqual(['food-banks']);
    expect(again.services.find((s) => s.hsdsId === 'gla-svc-002')?.input.categories).toEqual(['benefits', 'housing']);
  });
});

describe('importHsdsJson: other shapes', () => {
  it('reads a plain array of services and an API page', () => {
    const services = [{ id: 1, name: 'Credit union' }];
    expect(importHsdsJson(services).services).toEqual([
      {
        hsdsId: '1',
        input: { hsdsId: '1', name: 'Credit union', categories: ['money'], languages: [], interpretationOffered: false, active: true },
      },
    ]);
    expect(importHsdsJson(JSON.stringify({ total_items: 1, contents: services })).services).toHaveLength(1);
  });

  it('links v2 tables given as JSON', () => {
    const v2 = {
      services: [{ id: 's1', organization_id: 'o1', name: 'Welfare rights', status: 'defunct' }],
      organizations: [{ id: 'o1', name: 'Glasgow City Council' }],
      phones: [{ id: 'p1', service_id: 's1', number: '0141 287 0000' }],
      service_at_locations: [{ id: 'sl1', service_id: 's1', location_id: 'l1' }],
      locations: [{ id: 'l1', name: 'City Chambers' }],
      physical_addresses: [{ id: 'a1', location_id: 'l1', address_1: 'George Square', city: 'Glasgow', postal_code: 'G2 1DU' }],
      languages: [{ id: 'la1', service_id: 's1', language: 'Polish' }],
      service_taxonomys: [{ id: 't1', service_id: 's1', taxonomy_id: 'tx1' }],
      taxonomies: [{ id: 'tx1', name: 'Welfare benefits' }],
      regular_schedules: [{ id: 'r1', service_id: 's1', byday: 'MO', opens_at: '10:00', closes_at: '12:30' }],
      eligibilitys: [{ id: 'e1', service_id: 's1', eligibility: 'Council tenants', maximum_age: 25 }],
    };
    expect(importHsdsJson(v2).services[0]?.input).toEqual({
      hsdsId: 's1',
      name: 'Welfare rights',
      organisation: 'Glasgow City Council',
      categories: ['benefits'],
      phone: '0141 287 0000',
      address: 'George Square, Glasgow, G2 1DU',
      languages: ['pol'],
      interpretationOffered: false,
      eligibility: 'Council tenants. Up to age 25',
      openingTimes: 'Mon 10:00–12:30',
      active: false,
    });
  });

  it('skips rows without an id, duplicates and non-objects, and reports each', () => {
    const result = importHsdsJson([
      { id: 'a', name: 'First' },
      { name: 'No id' },
      { id: 'a', name: 'Second with the same id' },
      'text',
      { id: 'b', name: 'Fine', status: 'open' },
    ]);
    expect(result.services.map((s) => s.input.name)).toEqual(['First', 'Fine']);
    expect(result.report).toEqual([
      { row: 4, level: 'skipped', message: 'This entry is not a service record' },
      { row: 2, level: 'skipped', message: 'The service “No id” has no id, so it could not be matched on a later import' },
      { row: 3, id: 'a', level: 'skipped', message: 'Another service earlier in the file has the same id (a)' },
      { row: 5, id: 'b', level: 'warning', message: 'The status “open” is not an HSDS status, so the service was marked inactive' },
    ]);
  });

  it('shortens over-long text with a warning, and skips what the schema refuses', () => {
    const result = importHsdsJson([
      { id: 'long', name: 'Long', description: 'x'.repeat(2500) },
      { id: 'y'.repeat(201), name: 'Long id' },
      { id: 'tel', name: 'Helpline', phones: [{ number: '0141 000 0000 (Mon-Fri, ask for the duty adviser)' }] },
    ]);
    expect(result.services.map((s) => [s.hsdsId, s.input.phone])).toEqual([
      ['long', undefined],
      ['tel', undefined],
    ]);
    expect(result.services[0]?.input.description).toHaveLength(2000);
    // Schema messages are codes; the import dialog words them as wordMessage does.
    expect(result.report.map((line) => ({ ...line, message: wordMessage(line.message) }))).toEqual([
      { row: 1, id: 'long', level: 'warning', message: 'The description was longer than 2000 characters and was shortened' },
      { row: 2, id: 'y'.repeat(201), level: 'skipped', message: 'Use no more than 200 characters' },
      {
        row: 3,
        id: 'tel',
        level: 'warning',
        message: 'The phone number “0141 000 0000 (Mon-Fri, ask for the duty adviser)” is longer than 40 characters, so it was left out',
      },
    ]);
  });

  it('refuses cut-off, invalid, empty and non-HSDS files', () => {
    const cut = directoryJson.slice(0, Math.floor(directoryJson.length / 2));
    expect(refusal(() => importHsdsJson(cut))).toBe(CUT_OFF_MESSAGE);
    expect(CUT_OFF_MESSAGE).toBe('The file is not complete JSON: it may have been cut off');
    expect(refusal(() => importHsdsJson('{"services": [}'))).toBe(INVALID_JSON_MESSAGE);
    expect(refusal(() => importHsdsJson(' \n'))).toBe(EMPTY_FILE_MESSAGE);
    expect(refusal(() => importHsdsJson('{"clients": [{"id": "c1"}]}'))).toBe(NOT_HSDS_MESSAGE);
    expect(refusal(() => importHsdsJson('{"services": "none"}'))).toBe(NOT_HSDS_MESSAGE);
    expect(refusal(() => importHsdsJson('[1, 2, 3]'))).toBe(NOT_HSDS_MESSAGE);
    expect(refusal(() => importHsdsJson('"hello"'))).toBe(NOT_HSDS_MESSAGE);
  });

  it('knows a cut-off file from a broken one', () => {
    expect(looksCutOff('{"a": "b')).toBe(true);
    expect(looksCutOff('[{"a": 1}')).toBe(true);
    expect(looksCutOff('{"a": "}"}')).toBe(false);
    expect(looksCutOff('{"a": "\\"')).toBe(true);
    expect(looksCutOff('{"a": [1}')).toBe(false);
  });

  it('accepts an empty list of services', () => {
    expect(importHsdsJson('{"services": []}')).toEqual({ services: [], report: [], format: 'hsds-json' });
  });
});

describe('importHsdsCsv', () => {
  const result = importHsdsCsv(csvFiles);

  it('reads the package, linking organisations, phones, addresses and languages', () => {
    expect(result.format).toBe('hsds-csv');
    expect(result.services.map((s) => s.hsdsId)).toEqual(['csv-svc-1', 'csv-svc-2', 'csv-svc-4', 'csv-svc-5']);
    expect(result.services[0]?.input).toEqual({
      hsdsId: 'csv-svc-1',
      name: 'Drumchapel Money Advice',
      organisation: 'Drumchapel Advice Partnership',
      description: 'Debt advice and help with budgeting.\nAppointments by phone.',
      categories: ['money'],
      phone: '0141 944 0000',
      email: 'info@drumchapelmoneyadvice.org.uk',
      website: 'https://www.drumchapelmoneyadvice.org.uk',
      address: '49 Dunkenny Square, Glasgow, G15 8NB',
      languages: ['eng'],
      interpretationOffered: false,
      eligibility: 'Glasgow residents',
      active: true,
    });
  });

  it('skips fax numbers, uses location phones, reads status', () => {
    const [, hub, creditUnion, family] = result.services;
    expect(hub?.input.phone).toBe('0141 248 9799');
    expect(hub?.input.languages).toEqual(['eng', 'ara', 'tir']);
    expect(hub?.input.interpretationOffered).toBe(true);
    expect(hub?.input.address).toBe('6th Floor, 7 Wellington Street, Glasgow, G2 6HJ');
    expect(creditUnion?.input.phone).toBe('0141 946 1111');
    expect(creditUnion?.input.active).toBe(false);
    expect(creditUnion?.input.website).toBe('http://www.maryhillcu.org.uk');
    expect(family?.input.active).toBe(true);
    expect(family?.input.website).toBeUndefined();
  });

  it('reports skipped rows by their line in services.csv', () => {
    expect(result.report).toEqual([
      { row: 4, id: 'csv-svc-3', level: 'skipped', message: 'The service has no name' },
      { row: 5, id: 'csv-svc-4', level: 'warning', message: 'The language “Elvish” is not recognised, so it was left out' },
      {
        row: 6,
        id: 'csv-svc-5',
        level: 'warning',
        message: 'The website “ftp://files.example.org.uk” is not a web page address (http or https), so it was left out',
      },
    ]);
  });

  it('accepts file names with folders, capitals and a byte-order mark', () => {
    const files = [{ name: 'export/Services.CSV', text: '\uFEFFID,Name\r\nx1,Night shelter\r\n' }];
    expect(importHsdsCsv(files).services.map((s) => [s.hsdsId, s.input.name, s.input.categories])).toEqual([
      ['x1', 'Night shelter', ['housing']],
    ]);
  });

  it('never uses a file name as an object key: a file called __proto__.csv is reported and left out', () => {
    const files = [
      { name: '__proto__.csv', text: 'id,name\nevil,Polluted\n' },
      { name: 'constructor.csv', text: 'id\n1\n' },
      { name: 'services.csv', text: 'id,name,__proto__\nx1,Night shelter,oops\n' },
    ];
    const result = importHsdsCsv(files);
    expect(result.services.map((s) => [s.hsdsId, s.input.name])).toEqual([['x1', 'Night shelter']]);
    expect(result.report.map((l) => [l.row, l.level])).toEqual([
      ['__proto__.csv', 'warning'],
      ['constructor.csv', 'warning'],
    ]);
    expect(({} as Record<string, unknown>).id).toBeUndefined();
  });

  it('skips a service row with an unterminated quote and reads the rows after it on their own', () => {
    const files = [{ name: 'services.csv', text: 'id,name\nx1,Night shelter\nx2,"Food bank\nx3,Credit union\n' }];
    const result = importHsdsCsv(files);
    expect(result.services.map((s) => s.hsdsId)).toEqual(['x1', 'x3']);
    expect(result.report).toEqual([{ row: 3, level: 'skipped', message: expect.stringContaining('quotation mark that is never closed') }]);
  });

  it('refuses a package without services.csv or without its id and name columns', () => {
    expect(refusal(() => importHsdsCsv([{ name: 'organizations.csv', text: 'id,name\no1,Council\n' }]))).toBe(NO_SERVICES_CSV_MESSAGE);
    expect(refusal(() => importHsdsCsv([{ name: 'services.csv', text: 'ref,title\n1,Food\n' }]))).toBe(SERVICES_CSV_COLUMNS_MESSAGE);
  });
});
