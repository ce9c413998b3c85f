// @vitest-environment jsdom
/** Accepting the rota solver's proposals: with nothing ticked, it says so next to the list and assigns no one. */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Proposal } from '../../../../../shared/rota/solver';
import { FillProposalsForm } from '../../../../../renderer/features/volunteers/rota/FillProposalsForm';
import { StatusProvider } from '../../../../../renderer/ui/StatusProvider';
import { message, renderInLanguage, resetLanguage } from '../../../support/i18n';

afterEach(async () => {
  cleanup();
  await resetLanguage();
});

const position = (date: string) => ({ sessionId: `s-${date}`, clinicId: 'c1', date, startTime: '10:00', endTime: '12:00', role: 'adviser' });
const proposals: Proposal[] = [
  { position: position('2026-07-01'), volunteerId: 'v1' },
  { position: position('2026-07-02'), volunteerId: 'v1' },
];

describe('the proposals to accept', () => {
  it('start ticked, and with none ticked say so next to the list without closing', async () => {
    const onClose = vi.fn();
    await renderInLanguage(
      <MemoryRouter>
        <StatusProvider>
          <FillProposalsForm proposals={proposals} names={new Map([['v1', 'Ana Silva']])} clinicNames={new Map([['c1', 'Advice clinic']])} onClose={onClose} />
        </StatusProvider>
      </MemoryRouter>,
    );
    expect(screen.getByRole('button', { name: message('volunteers:fill.accept', { count: 2 }) })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: message('volunteers:fill.untickAll') }));
    fireEvent.click(screen.getByRole('button', { name: message('volunteers:fill.accept', { count: 0 }) }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(message('volunteers:fill.noneTicked')));
    const list = screen.getByRole('list', { name: message('volunteers:fill.list') });
    expect(list.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.click(screen.getAllByRole('checkbox')[0]!);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(screen.getByRole('button', { name: message('volunteers:fill.accept', { count: 1 }) })).toBeTruthy();
    // "Untick all" brings the message back as a change; "Tick all" takes it away.
    fireEvent.click(screen.getByRole('button', { name: message('volunteers:fill.untickAll') }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(message('volunteers:fill.noneTicked')));
    fireEvent.click(screen.getByRole('button', { name: message('volunteers:fill.tickAll') }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(screen.getByRole('button', { name: message('volunteers:fill.accept', { count: 2 }) })).toBeTruthy();
  });
});
