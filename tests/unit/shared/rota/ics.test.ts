import { afterEach, describe, expect, it, vi } from 'vitest';
import { floatingTime, shiftTitle, shiftsToIcs, type CalendarShift } from '../../../../shared/rota/ics';

/** Lines of an iCalendar text, with folded lines (starting with a space or tab) joined back. */
function unfold(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split('\r\n')) {
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && lines.length > 0) lines[lines.length - 1] += raw.slice(1);
    else if (raw !== '') lines.push(raw);
  }
  return lines;
}

/** A TEXT value with its RFC 5545 escapes (a backslash before a comma, semicolon, backslash or n) undone. */
const text = (value: string | undefined): string | undefined =>
  value?.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** Each VEVENT as a map of property name (parameters dropped) to value. */
function events(text: string): Array<Map<string, string>> {
  const found: Array<Map<string, string>> = [];
  let current: Map<string, string> | undefined;
  for (const line of unfold(text)) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT' && current) {
      found.push(current);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon).split(';')[0]!, line.slice(colon + 1));
    }
  }
  return found;
}

const shifts: CalendarShift[] = [
  { id: 'shift-1', date: '2026-12-01', startTime: '14:00', endTime: '16:40', role: 'adviser', clinicName: 'Benefits clinic', venue: 'Interview room 2, 12 Albert Drive' },
  { id: 'shift-2', date: '2026-12-02', startTime: '10:00', endTime: '13:00', role: 'interpreter', language: 'ara', clinicName: 'Daily drop-in advice' },
  {
    id: 'shift-3',
    date: '2026-12-03',
    startTime: '09:30',
    endTime: '12:00',
    role: 'job-club-helper',
    clinicName: 'Job club for people looking for their first job in Scotland, with CV help and interview practice',
  },
];

describe('shiftsToIcs', () => {
  afterEach(() => {
    vi.doUnmock('ics');
    vi.resetModules();
  });

  it('writes a calendar with one event per shift, in floating local time', () => {
    const ics = shiftsToIcs(shifts, 'Amina’s shifts', { stamp: '2026-11-24T09:00:00.000Z' });
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('X-WR-CALNAME:Amina’s shifts');
    // Every line ends with CRLF, as RFC 5545 requires.
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toContain('\n');

    const found = events(ics);
    expect(found).toHaveLength(3);
    expect(found.map((e) => e.get('UID'))).toEqual(['shift-1@signpost', 'shift-2@signpost', 'shift-3@signpost']);
    expect(found.map((e) => e.get('DTSTART'))).toEqual(['20261201T140000', '20261202T100000', '20261203T093000']);
    expect(found.map((e) => e.get('DTEND'))).toEqual(['20261201T164000', '20261202T130000', '20261203T120000']);
    expect(found.map((e) => e.get('DTSTAMP'))).toEqual(['20261124T090000Z', '20261124T090000Z', '20261124T090000Z']);
    expect(found[0]!.get('SUMMARY')).toBe('Adviser – Benefits clinic');
    expect(found[0]!.get('LOCATION')).toBe('Interview room 2\\, 12 Albert Drive'); // commas are escaped in TEXT
    expect(text(found[0]!.get('LOCATION'))).toBe('Interview room 2, 12 Albert Drive');
    expect(found[1]!.get('SUMMARY')).toBe('Interpreter (Arabic) – Daily drop-in advice');
    expect(found[1]!.has('LOCATION')).toBe(false);
    // A long title is folded on the way out and unfolds whole.
    expect(ics).toMatch(/\r\n[ \t]/);
    expect(text(found[2]!.get('SUMMARY'))).toBe(`Job club helper – ${shifts[2]!.clinicName}`);
  });

  it('keeps UIDs stable, so a re-import updates events instead of copying them', () => {
    const stamp = { stamp: '2026-11-24T09:00:00.000Z' };
    expect(shiftsToIcs(shifts, 'Rota', stamp)).toBe(shiftsToIcs(shifts, 'Rota', stamp));
    const later = shiftsToIcs([{ ...shifts[0]!, startTime: '15:00' }], 'Rota', stamp);
    expect(events(later)[0]!.get('UID')).toBe('shift-1@signpost');
  });

  it('writes an empty calendar for no shifts', () => {
    const lines = unfold(shiftsToIcs([], 'Rota'));
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(0);
  });

  it('does not depend on the machine’s time zone', () => {
    expect(floatingTime('2026-03-29', '01:30')).toBe('20260329T013000'); // the hour the UK clocks skip
  });

  it('refuses shifts that cannot be written, saying which', () => {
    expect(() => shiftsToIcs([{ ...shifts[0]!, endTime: '13:00' }], 'Rota')).toThrow('Shift shift-1 ends (13:00) before it starts (14:00)');
    expect(() => shiftsToIcs([{ ...shifts[0]!, date: '1 Dec' }], 'Rota')).toThrow('Shift shift-1 has no proper date and times');
    expect(() => shiftsToIcs(shifts, 'Rota', { stamp: 'yesterday' })).toThrow('Not a valid date and time for the calendar stamp: yesterday');
  });

  it('passes on an error from the calendar library as a clear Error', async () => {
    vi.resetModules();
    vi.doMock('ics', () => ({ createEvents: () => ({ error: new Error('title must be a `string` type'), value: null }) }));
    const { shiftsToIcs: withBrokenLibrary } = await import('../../../../shared/rota/ics');
    expect(() => withBrokenLibrary(shifts, 'Rota')).toThrow('Could not write the calendar file: title must be a `string` type');
  });

  it('titles a shift by role and clinic', () => {
    expect(shiftTitle({ role: 'receptionist', clinicName: 'Daily drop-in advice' })).toBe('Receptionist – Daily drop-in advice');
  });
});
