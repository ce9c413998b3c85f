/**
 * The printed referral: from whom (the forum's contact details and the referrer), to whom
 * (the service's contact details), the client's reference, only the fields the client
 * agreed to share, and the consent line. It is worded in the language it is printed in
 * (the client's own, or the app's), with `lang` and `dir` on its root so an Arabic or
 * Farsi sheet runs right to left; every value a person typed is isolated (<bdi>) so an
 * Arabic or Persian name keeps its own direction without turning the line around it, and
 * "(Latin spelling)" stays after it.
 */
import type { ReactNode } from 'react';
import { Trans } from 'react-i18next';
import type { ReferralSummary, ReferralSummaryLine, SummaryParty } from '../../../../shared/referrals/summary';
import type { PrintLanguage } from '../../../i18n';
import { codeNames } from '../../reports/words/code-names';

export type SheetWords = PrintLanguage<'referrals'>;

function Party({ heading, party, extra }: { heading: string; party: SummaryParty; extra?: ReactNode }) {
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
            {extra}
          </>
        ) : null}
      </p>
    </section>
  );
}

function LineValue({ line, words }: { line: ReferralSummaryLine; words: SheetWords }) {
  const names = codeNames(words.language);
  if (line.field === 'languages') return <>{words.format.list(line.languages.map(names.language))}</>;
  if (line.field === 'interpreter') {
    if (!line.needed) return <>{words.t('sheet.interpreterNotNeeded')}</>;
    return <>{line.language ? words.t('sheet.interpreterNeededIn', { language: names.language(line.language) }) : words.t('sheet.interpreterNeeded')}</>;
  }
  return (
    <>
      <bdi className="referral-sheet__value">{line.value}</bdi>
      {line.alternate ? (
        <>
          {' ('}
          <bdi className="referral-sheet__alternate">{line.alternate}</bdi>
          {')'}
        </>
      ) : null}
    </>
  );
}

function ConsentLine({ summary, words }: { summary: ReferralSummary; words: SheetWords }) {
  const { consent } = summary;
  const { t } = words;
  if (consent.kind === 'recorded') {
    return (
      <Trans
        t={t}
        i18nKey="sheet.consentRecorded"
        values={{ date: words.format.date(consent.date, 'medium'), recordedBy: consent.recordedBy }}
        components={{ who: <bdi /> }}
      />
    );
  }
  if (consent.kind === 'override') {
    return <Trans t={t} i18nKey="sheet.consentOverride" values={{ reason: consent.reason }} components={{ reason: <bdi /> }} />;
  }
  return <>{t('sheet.consentNone')}</>;
}

export function ReferralSummarySheet({ summary, words }: { summary: ReferralSummary; words: SheetWords }) {
  const { t } = words;
  return (
    // Focusable so the preview, which scrolls, can be scrolled from the keyboard.
    <article className="day-sheet referral-sheet" aria-label={t('sheet.label')} lang={words.language} dir={words.dir} tabIndex={0}>
      <header className="day-sheet__header">
        <h2>
          <Trans t={t} i18nKey="sheet.title" values={{ service: summary.serviceName }} components={{ service: <bdi /> }} />
        </h2>
        <p>{words.format.date(summary.date, 'medium')}</p>
      </header>
      <div className="referral-sheet__parties">
        <Party
          heading={t('sheet.from')}
          party={summary.from}
          extra={
            summary.referredBy ? (
              <Trans t={t} i18nKey="sheet.referredBy" values={{ name: summary.referredBy }} components={{ name: <bdi /> }} />
            ) : undefined
          }
        />
        <Party heading={t('sheet.to')} party={summary.to} />
      </div>
      <dl className="pairs pairs--stacked">
        <div>
          <dt>{t('sheet.clientRef')}</dt>
          <dd>
            <bdi>{summary.clientRef}</bdi>
          </dd>
        </div>
        {summary.lines.map((line) => (
          <div key={line.field}>
            <dt>{t(`fields.${line.field}`)}</dt>
            <dd>
              <LineValue line={line} words={words} />
            </dd>
          </div>
        ))}
      </dl>
      <p className="day-sheet__footer">
        <ConsentLine summary={summary} words={words} />
      </p>
    </article>
  );
}
