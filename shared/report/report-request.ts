/**
 * What the committee asks for: a year, a quarter or a run of whole months, optionally one
 * clinic. Validated like any form; becomes a ReportPeriod.
 */
import { z } from 'zod';
import { messageCode } from '../messages/message-code';
import { isMonth, periodLength, quarterOf, yearEnding, type ReportPeriod } from './period';

const Month = z.string().refine(isMonth, messageCode('reports:setup.problem.chooseMonth'));

export const ReportRequest = z
  .object({
    kind: z.enum(['year', 'quarter', 'custom']),
    /** For a year: its last month. */
    yearEnding: Month,
    /** For a quarter: its first month. */
    quarterStart: Month,
    from: Month,
    to: Month,
    clinicId: z.string().optional(),
    /** The current month: a report may not reach into it or beyond. */
    thisMonth: Month,
  })
  .superRefine((r, ctx) => {
    const period = requestedPeriod(r);
    const field = r.kind === 'year' ? 'yearEnding' : r.kind === 'quarter' ? 'quarterStart' : 'to';
    if (period.to > r.thisMonth) ctx.addIssue({ code: 'custom', path: [field], message: messageCode('reports:setup.problem.notStarted') });
    if (r.kind === 'custom' && r.from > r.to) ctx.addIssue({ code: 'custom', path: ['to'], message: messageCode('reports:setup.problem.lastBeforeFirst') });
    else if (r.kind === 'custom' && periodLength(period) > 36) ctx.addIssue({ code: 'custom', path: ['to'], message: messageCode('reports:setup.problem.tooLong', { count: 36 }) });
  });
export type ReportRequest = z.infer<typeof ReportRequest>;

export function requestedPeriod(r: Pick<ReportRequest, 'kind' | 'yearEnding' | 'quarterStart' | 'from' | 'to'>): ReportPeriod {
  if (r.kind === 'year') return yearEnding(r.yearEnding);
  if (r.kind === 'quarter') return quarterOf(`${r.quarterStart}-01`);
  return { from: r.from, to: r.to };
}
