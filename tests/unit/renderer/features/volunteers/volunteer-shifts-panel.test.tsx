// @vitest-environment jsdom
/**
 * A volunteer's shifts name each one's clinic. Opened straight after a save, the shifts
 * can arrive before the clinics: the panel says it is loading until both are read, never
 * "A clinic" for a clinic that has a name.
 */
import { cleanup, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { Clinic, Shift } from '../../../../../shared/schemas';
import { VolunteerShiftsPanel } from '../../../../../renderer/features/volunteers/page/VolunteerShiftsPanel';
import { renderInLanguage } from '../../../support/i18n';

afterEach(cleanup);

const at = '2026-12-01T09:00:00.000Z';
const shift: Shift = { id: 'sh1', sessionId: 's1', clinicId: 'k1', date: '2026-12-15', startTime: '10:00', endTime: '13:00', role: 'receptionist', volunteerId: 'v1', createdAt: at, updatedAt: at } as Shift;
const dropIn = { id: 'k1', name: 'Daily drop-in advice' } as Clinic;
const show = (clinics: readonly Clinic[] | undefined) =>
  renderInLanguage(
    <MemoryRouter>
      <VolunteerShiftsPanel shifts={{ upcoming: [shift], past: [] }} clinics={clinics} />
    </MemoryRouter>,
  );

describe("a volunteer's shifts", () => {
  it('say they are loading while the clinics are still being read', async () => {
    await show(undefined);
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(screen.queryByText('A clinic')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('name each shift’s clinic once both are read', async () => {
    await show([dropIn]);
    expect(screen.getByRole('link', { name: 'Daily drop-in advice' })).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
  });
});
