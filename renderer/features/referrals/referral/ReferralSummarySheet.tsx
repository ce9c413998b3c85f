/** The printed referral: only the fields the client agreed to share, and the consent line. */
import type { ReferralSummary } from '../../../../shared/referrals/summary';

export function ReferralSummarySheet({ summary, forumName }: { summary: ReferralSummary; forumName: string }) {
  return (
    <article className="day-sheet" aria-label="Referral summary">
      <header className="day-sheet__header">
        <h2>Referral to {summary.serviceName}</h2>
        <p>
          From {forumName} · {summary.date}
        </p>
      </header>
      <dl className="pairs pairs--stacked">
        {summary.lines.map((line) => (
          <div key={line.field}>
            <dt>{line.label}</dt>
            <dd dir="auto">{line.value}</dd>
          </div>
        ))}
      </dl>
      <p className="day-sheet__footer">{summary.consentLine}</p>
    </article>
  );
}
