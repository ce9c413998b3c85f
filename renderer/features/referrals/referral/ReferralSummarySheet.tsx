/**
 * The printed referral: from whom (the forum's contact details and the referrer), to whom
 * (the service's contact details), the client's reference, only the fields the client
 * agreed to share, and the consent line. The sheet is in English, laid out left to right;
 * every value a person typed is isolated (<bdi>) so an Arabic or Persian name keeps its
 * own direction without turning the line around it, and "(Latin spelling)" stays after it.
 */
import type { ReferralSummary, SummaryParty } from '../../../../shared/referrals/summary';

function Party({ heading, party, extra }: { heading: string; party: SummaryParty; extra?: string | undefined }) {
  return (
    <section className="referral-sheet__party" aria-label={heading}>
      <h3>{heading}</h3>
      <p>
        <strong>
          <bdi>{party.name}</bdi>
        </strong>
        {party.contact.map((line) => (
          <span key={line}>
            <br />
            <bdi>{line}</bdi>
          </span>
        ))}
        {extra ? (
          <>
            <br />
            <bdi>{extra}</bdi>
          </>
        ) : null}
      </p>
    </section>
  );
}

export function ReferralSummarySheet({ summary }: { summary: ReferralSummary }) {
  return (
    <article className="day-sheet referral-sheet" aria-label="Referral summary" dir="ltr">
      <header className="day-sheet__header">
        <h2>
          Referral to <bdi>{summary.serviceName}</bdi>
        </h2>
        <p>{summary.date}</p>
      </header>
      <div className="referral-sheet__parties">
        <Party heading="From" party={summary.from} extra={summary.referredBy ? `Referred by ${summary.referredBy}` : undefined} />
        <Party heading="To" party={summary.to} />
      </div>
      <dl className="pairs pairs--stacked">
        <div>
          <dt>Client reference</dt>
          <dd>{summary.clientRef}</dd>
        </div>
        {summary.lines.map((line) => (
          <div key={line.field}>
            <dt>{line.label}</dt>
            <dd>
              <bdi className="referral-sheet__value">{line.value}</bdi>
              {line.alternate ? (
                <>
                  {' ('}
                  <bdi className="referral-sheet__alternate">{line.alternate}</bdi>
                  {')'}
                </>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      <p className="day-sheet__footer">{summary.consentLine}</p>
    </article>
  );
}
