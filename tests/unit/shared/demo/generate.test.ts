import { describe, expect, it } from 'vitest';
import { DATASET_TABLES } from '../../../../shared/demo/dataset';
import { generateForum } from '../../../../shared/demo/generate';
import { loadBankHolidays } from '../../../../shared/schedule/bank-holidays';
import { AdviceEntry, Appointment, Client, Referral, Shift, Volunteer } from '../../../../shared/schemas';
import { demoForum } from '../../../fixtures/forum';

describe('the synthetic forum', () => {
  it('is the same for the same seed and different for another', () => {
    const again = generateForum({ seed: 2026, scale: 'demo', today: '2026-11-24' });
    expect(again).toEqual(demoForum());
    const other = generateForum({ seed: 7, scale: 'demo', today: '2026-11-24' });
    expect(other.clients.map((c) => c.name)).not.toEqual(demoForum().clients.map((c) => c.name));
  });

  it('takes changes to its scale: a forum between the two sizes, as valid as either', () => {
    const forum = generateForum({ seed: 2026, scale: 'demo', today: '2026-11-24', tune: { clients: 40, historyMonths: 14 } });
    expect(forum.clients).toHaveLength(40);
    expect(forum.volunteers).toHaveLength(demoForum().volunteers.length);
    // Fourteen months back from 24 November 2026; demo's own three months start in August.
    expect(forum.sessions.map((s) => s.date).sort()[0]! < '2025-10-01').toBe(true);
    expect(demoForum().sessions.map((s) => s.date).sort()[0]! >= '2026-08-24').toBe(true);
    for (const c of forum.clients) expect(Client.safeParse(c).success).toBe(true);
  });

  it('holds a few hundred valid records at demo scale, in every table', () => {
    const forum = demoForum();
    for (const table of DATASET_TABLES) expect(forum[table].length).toBeGreaterThan(0);
    const total = DATASET_TABLES.reduce((sum, t) => sum + forum[t].length, 0);
    expect(total).toBeGreaterThan(300);
    expect(total).toBeLessThan(3000);
    for (const c of forum.clients) expect(Client.safeParse(c).success).toBe(true);
    for (const a of forum.appointments) expect(Appointment.safeParse(a).success).toBe(true);
    for (const e of forum.adviceEntries) expect(AdviceEntry.safeParse(e).success).toBe(true);
    for (const r of forum.referrals) expect(Referral.safeParse(r).success).toBe(true);
    for (const v of forum.volunteers) expect(Volunteer.safeParse(v).success).toBe(true);
    for (const s of forum.shifts) expect(Shift.safeParse(s).success).toBe(true);
  });

  it('writes names in many scripts, with Latin spellings for the non-Latin ones', () => {
    const names = demoForum().clients.map((c) => c.name).join(' ');
    expect(names).toMatch(/\p{Script=Arabic}/u);
    expect(names).toMatch(/\p{Script=Cyrillic}/u);
    expect(names).toMatch(/\p{Script=Ethiopic}/u);
    expect(names).toMatch(/[ąćęłńóśźż]/i);
    for (const c of demoForum().clients) {
      if (/[^\p{Script=Latin}\s'-]/u.test(c.name)) expect(c.nameLatin).toMatch(/^[\p{Script=Latin}\s'-]+$/u);
    }
  });

  it('holds no session on a bank holiday when given the bank holidays, as a new forum does', async () => {
    const holidays = await loadBankHolidays();
    const datesOf = (forum: ReturnType<typeof generateForum>) => new Set(forum.sessions.map((s) => s.date));
    const closed = datesOf(generateForum({ seed: 2026, scale: 'demo', today: '2026-12-10', holidays }));
    for (const day of ['2026-12-25', '2026-12-28', '2027-01-01']) expect(closed).not.toContain(day);
    expect(closed).toContain('2026-12-24');
    // Without them (tests and benchmarks), the drop-in runs on Christmas Day.
    expect(datesOf(generateForum({ seed: 2026, scale: 'demo', today: '2026-12-10' }))).toContain('2026-12-25');
  });

  it('has referrals in every state and appointments with every past outcome', () => {
    const forum = demoForum();
    expect(new Set(forum.referrals.map((r) => r.status)).size).toBeGreaterThanOrEqual(6);
    const statuses = new Set(forum.appointments.map((a) => a.status));
    for (const s of ['booked', 'seen', 'did-not-attend', 'cancelled'] as const) expect(statuses).toContain(s);
  });
});
