/**
 * Printing the referral summary in the client's language or the app's. The service and
 * the client both read the summary, so where the app speaks the client's main language
 * (the first of theirs it has a catalogue for) that is offered first; the volunteer can
 * switch to the app's language. The sheet carries that language's `lang` and `dir`.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralSummary } from '../../../../shared/referrals/summary';
import type { Client } from '../../../../shared/schemas';
import { appLanguageForClient, LANGUAGES, printLanguage, useFormat, type Language } from '../../../i18n';
import { PrintPreviewDialog } from '../../../ui/PrintPreviewDialog';
import { ReferralSummarySheet, type SheetWords } from './ReferralSummarySheet';

const nameOf = (language: Language): string => LANGUAGES.find((l) => l.code === language)?.name ?? language;

export function PrintSummaryDialog({
  summaryIn,
  client,
  onClose,
}: {
  /** The summary with its reason named in a language (the forum's own words stay as written). */
  summaryIn: (language: Language) => ReferralSummary;
  client: Pick<Client, 'languages' | 'id'>;
  onClose: () => void;
}) {
  const { t } = useTranslation('referrals');
  const appLanguage = useFormat().language;
  const clientLanguage = appLanguageForClient(client.languages);
  const [inClientLanguage, setInClientLanguage] = useState(true);
  const chosen: Language = inClientLanguage && clientLanguage ? clientLanguage : appLanguage;
  const [words, setWords] = useState<SheetWords | null>(null);
  // Worded only once that language's catalogue is in: a message asked for before it loads
  // would be remembered in English.
  const ready = words !== null && words.language === chosen;
  const summary = ready ? summaryIn(chosen) : null;

  useEffect(() => {
    let current = true;
    void printLanguage(chosen, 'referrals').then(
      (loaded) => current && setWords(loaded),
      // A catalogue that cannot be loaded leaves the app's own language, which is always here.
      () => current && setInClientLanguage(false),
    );
    return () => {
      current = false;
    };
  }, [chosen]);

  const options =
    clientLanguage && clientLanguage !== appLanguage ? (
      <fieldset className="print-language">
        <legend className="field__label">{t('print.languageLegend')}</legend>
        <label className="checkbox">
          <input type="radio" name="summary-language" checked={inClientLanguage} onChange={() => setInClientLanguage(true)} />{' '}
          <span lang={clientLanguage}>{nameOf(clientLanguage)}</span> {t('print.clientsLanguage')}
        </label>
        <label className="checkbox">
          <input type="radio" name="summary-language" checked={!inClientLanguage} onChange={() => setInClientLanguage(false)} />{' '}
          <span lang={appLanguage}>{nameOf(appLanguage)}</span> {t('print.appsLanguage')}
        </label>
      </fieldset>
    ) : null;

  return (
    <PrintPreviewDialog
      title={t('print.title')}
      suggestedName={t('print.fileName', { date: summary?.date ?? '' })}
      options={options}
      onClose={onClose}
      exportKind="referral-summary"
      subjectId={client.id}
      sheet={ready && summary ? <ReferralSummarySheet summary={summary} words={words} /> : <p className="muted">{t('loading')}</p>}
    />
  );
}
