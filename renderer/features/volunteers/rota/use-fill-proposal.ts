/**
 * The solver's proposal for a month's open places, worked out in the rota-fill worker:
 * 'working' until it answers, then its result (or 'failed'). The input is taken once, when
 * the hook first runs, so the proposal does not shift under the coordinator; unmounting
 * (the dialog closed) terminates the worker.
 */
import { useEffect, useState } from 'react';
import type { FillInput, FillResult } from '../../../../shared/rota/solver';
import type { VolunteerLike } from '../../../../shared/rota/rules';
import type { FillRotaMessage, RotaFillReply } from './rota-fill-protocol';

export type FillProposal = { state: 'working' } | { state: 'done'; result: FillResult } | { state: 'failed' };

/** Only what the rules read about a volunteer crosses to the worker: no name, phone or email. */
export function rulesView(volunteer: VolunteerLike): VolunteerLike {
  const { id, active, roles, languages, checks, availability, away, maxShiftsPerMonth } = volunteer;
  return { id, active, roles, languages, checks, availability, away, ...(maxShiftsPerMonth !== undefined ? { maxShiftsPerMonth } : {}) };
}

export function useFillProposal(input: FillInput): FillProposal {
  const [fixed] = useState(() => ({ ...input, volunteers: input.volunteers.map(rulesView) }));
  const [proposal, setProposal] = useState<FillProposal>({ state: 'working' });
  useEffect(() => {
    const worker = new Worker(new URL('./rota-fill.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<RotaFillReply>) => {
      setProposal(event.data.type === 'filled' ? { state: 'done', result: event.data.result } : { state: 'failed' });
      worker.terminate();
    });
    worker.addEventListener('error', () => {
      setProposal({ state: 'failed' });
      worker.terminate();
    });
    const message: FillRotaMessage = { type: 'fill', input: fixed };
    worker.postMessage(message);
    return () => worker.terminate();
  }, [fixed]);
  return proposal;
}
