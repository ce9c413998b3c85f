/**
 * The rota's problems as the coordinator reads them: every code and its facts become the
 * same sentence in English as before they were codes, and a whole sentence in Arabic,
 * Polish and the others (never a code, a raw date or an English word in the middle).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkAssignment, type Problem } from '../../../../../shared/rota/rules';
import { MISSING_VOLUNTEER } from '../../../../../shared/rota/held-shifts';
import { i18n, setLanguage, SOURCE_LANGUAGE, type Language } from '../../../../../renderer/i18n';
import { formatterFor } from '../../../../../renderer/i18n/format';
import { nameInText, rotaWords, type RotaWords } from '../../../../../renderer/features/volunteers/words/rota-words';
import { position, shift, volunteer } from '../../../shared/rota/helpers';

afterEach(async () => {
  await setLanguage(SOURCE_LANGUAGE);
});

async function wordsIn(language: Language): Promise<RotaWords> {
  await setLanguage(language);
  return rotaWords(i18n.getFixedT(language, 'volunteers'), formatterFor(language));
}

const none = { shiftsOfVolunteer: [] };
const first = (problems: Problem[]): Problem => {
  expect(problems.length).toBeGreaterThan(0);
  return problems[0]!;
};

describe('rota problems in English', () => {
  it('say each problem as a sentence, with dates, times and months in words', async () => {
    const words = await wordsIn('en-GB');
    const say = (p: Problem[]) => words.problem(first(p));
    expect(say(checkAssignment(volunteer({ active: false }), position(), none))).toBe('Marked as no longer active');
    expect(say(checkAssignment(volunteer({ roles: ['adviser'] }), position({ role: 'job-club-helper' }), none))).toBe('Does not have the job club helper role');
    const arabic = position({ role: 'interpreter', language: 'ara' });
    expect(say(checkAssignment(volunteer({ languages: [{ code: 'eng', level: 'native' }] }), arabic, none))).toBe('Does not speak Arabic');
    expect(say(checkAssignment(volunteer({ languages: [{ code: 'ara', level: 'basic' }] }), arabic, none))).toBe(
      'Speaks Arabic only at a basic level (this needs conversational or better)',
    );
    expect(checkAssignment(volunteer({ checks: [] }), position(), none).map(words.problem)).toEqual(['No safeguarding check recorded', 'No PVG/DBS check recorded']);
    const lapsed = volunteer({ checks: [{ kind: 'safeguarding', date: '2023-03-03', expires: '2026-03-03' }, { kind: 'pvg-dbs', date: '2025-01-10' }] });
    expect(say(checkAssignment(lapsed, position(), none))).toBe('Safeguarding check expired on 3 Mar 2026');
    const lapsing = volunteer({ checks: [{ kind: 'safeguarding', date: '2023-12-01', expires: '2026-12-01' }, { kind: 'pvg-dbs', date: '2025-01-10' }] });
    expect(say(checkAssignment(lapsing, position(), { shiftsOfVolunteer: [], today: '2026-11-24' }))).toBe('Safeguarding check expires on 1 Dec 2026, before this shift');
    const later = volunteer({ checks: [{ kind: 'safeguarding', date: '2026-12-10' }, { kind: 'pvg-dbs', date: '2025-01-10' }] });
    expect(say(checkAssignment(later, position(), none))).toBe('Safeguarding check is dated 10 Dec 2026, after this shift');
  });

  it('name a clashing shift by its clinic, or by its role when the clinic is not known', async () => {
    const words = await wordsIn('en-GB');
    const onJobClub = [shift({ id: 'jc', clinicId: 'c-job-club', startTime: '14:00', endTime: '16:00', role: 'job-club-helper' })];
    const clash = position({ startTime: '15:00', endTime: '17:00' });
    expect(words.problem(first(checkAssignment(volunteer(), clash, { shiftsOfVolunteer: onJobClub, clinicNames: { 'c-job-club': 'Job club' } })))).toBe(
      'Already on the Job club shift 14:00–16:00 that day',
    );
    expect(words.problem(first(checkAssignment(volunteer(), clash, { shiftsOfVolunteer: onJobClub })))).toBe(
      'Already on another shift (job club helper, 14:00–16:00) that day',
    );
  });

  it('say availability, dates away and the monthly maximum', async () => {
    const words = await wordsIn('en-GB');
    const say = (p: Problem[]) => words.problem(first(p));
    expect(say(checkAssignment(volunteer({ availability: [{ weekday: 0, from: '09:00', to: '17:00' }] }), position(), none))).toBe('Not available on Wednesdays');
    expect(
      say(checkAssignment(volunteer({ availability: [{ weekday: 2, from: '09:00', to: '11:00' }, { weekday: 2, from: '12:00', to: '13:00' }] }), position(), none)),
    ).toBe('Usually free on Wednesdays 09:00–11:00 and 12:00–13:00 only; this shift is 14:00–16:00');
    expect(say(checkAssignment(volunteer({ availability: [] }), position(), none))).toBe('No weekly availability recorded');
    expect(say(checkAssignment(volunteer({ away: [{ from: '2026-11-28', to: '2026-12-06' }] }), position(), none))).toBe('Away from 28 Nov 2026 to 6 Dec 2026');
    expect(say(checkAssignment(volunteer({ away: [{ from: '2026-12-02', to: '2026-12-02' }] }), position(), none))).toBe('Away on 2 Dec 2026');
    const four = ['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22'].map((date, i) => shift({ id: `d${i}`, date }));
    expect(say(checkAssignment(volunteer({ maxShiftsPerMonth: 4 }), position(), { shiftsOfVolunteer: four }))).toBe('Already has 4 shifts in December (their maximum is 4)');
    expect(say(checkAssignment(volunteer({ maxShiftsPerMonth: 1 }), position(), { shiftsOfVolunteer: [shift({ date: '2026-12-09' })] }))).toBe(
      'Already has 1 shift in December (their maximum is 1)',
    );
    expect(say(checkAssignment(volunteer({ maxShiftsPerMonth: 0 }), position(), none))).toBe('Takes no shifts at the moment (their maximum is 0 a month)');
    expect(words.problem(MISSING_VOLUNTEER)).toBe('The volunteer is no longer on record');
  });

  it('joins several problems into one line, and names a forum-made role as it was typed', async () => {
    const words = await wordsIn('en-GB');
    const problems = checkAssignment(volunteer({ active: false, away: [{ from: '2026-12-02', to: '2026-12-02' }] }), position(), none);
    expect(words.problems(problems)).toBe('Marked as no longer active; Away on 2 Dec 2026');
    expect(words.role('adviser')).toBe('Adviser');
    expect(words.role('tea-maker')).toBe('Tea maker');
    expect(words.roleWithLanguage('interpreter', 'ara')).toBe('Interpreter (Arabic)');
  });
});

describe('rota problems in other languages', () => {
  it('are whole Arabic sentences, with Arabic month names and the language named in Arabic', async () => {
    const words = await wordsIn('ar');
    const four = ['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22'].map((date, i) => shift({ id: `d${i}`, date }));
    const full = words.problem(first(checkAssignment(volunteer({ maxShiftsPerMonth: 4 }), position(), { shiftsOfVolunteer: four })));
    expect(full).toContain('ديسمبر');
    expect(full).not.toMatch(/[A-Za-z]/);
    const speaks = words.problem(first(checkAssignment(volunteer({ languages: [] }), position({ role: 'interpreter', language: 'ara' }), none)));
    expect(speaks).toContain('العربية');
    expect(speaks).not.toMatch(/[A-Za-z]/);
    expect(words.role('adviser')).not.toMatch(/[A-Za-z]/);
    // Languages with only an ISO 639-3 code are named in Arabic too.
    for (const code of ['pes', 'ckb', 'yue']) expect(words.language(code)).not.toMatch(/[A-Za-z]/);
  });

  it('use the plural forms of Polish and Ukrainian for the shifts already held', async () => {
    const five = ['01', '03', '08', '15', '22'].map((day, i) => shift({ id: `p${i}`, date: `2026-12-${day}` }));
    const pl = await wordsIn('pl');
    const polish = pl.problem(first(checkAssignment(volunteer({ maxShiftsPerMonth: 5 }), position(), { shiftsOfVolunteer: five })));
    expect(polish).toContain('5 dyżurów');
    const uk = await wordsIn('uk');
    const ukrainian = uk.problem(first(checkAssignment(volunteer({ maxShiftsPerMonth: 5 }), position(), { shiftsOfVolunteer: five })));
    expect(ukrainian).toContain('5 чергувань');
  });

  it('isolate a name in a sentence when its direction could mix with the sentence’s', () => {
    expect(nameInText('Ana Silva', formatterFor('en-GB'))).toBe('Ana Silva');
    expect(nameInText('أمينة يوسف', formatterFor('en-GB'))).toBe('\u2068أمينة يوسف\u2069');
    expect(nameInText('Ana Silva', formatterFor('ar'))).toBe('\u2068Ana Silva\u2069');
  });
});
