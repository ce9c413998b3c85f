/**
 * Print a client's appointment slip. It is for the client, so it is printed in the first of
 * their languages the app has (appLanguageForClient), unless the volunteer chooses the
 * app's own language instead; the dialog around it stays in the app's language.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../../../data';
import { appLanguageForClient, printLanguage, type PrintLanguage } from '../../../i18n/client-language';
import { useFormat } from '../../../i18n/format';
import { LANGUAGES, type Language } from '../../../i18n/languages';
import { PrintPreviewDialog } from '../../../ui/PrintPreviewDialog';
import { isolateIn } from '../words/isolate-name';
import { AppointmentSlip, type SlipRecords } from './AppointmentSlip';

const ownName = (language: Language) => LANGUAGES.find((l) => l.code === language)?.name ?? language;

export function SlipDialog({ records, onClose }: { records: Omit<SlipRecords, 'forumName'>; onClose: () => void }) {
  const { t } = useTranslation('clinics');
  const appLanguage = useFormat().language;
  const settings = useSettings();
  const clientLanguage = appLanguageForClient(records.client.languages);
  const offersChoice = clientLanguage !== null && clientLanguage !== appLanguage;
  const [choice, setChoice] = useState<'client' | 'app'>('client');
  const chosen: Language = offersChoice && choice === 'client' ? clientLanguage : appLanguage;
  const [words, setWords] = useState<PrintLanguage<'clinics'> | null>(null);

  useEffect(() => {
    let current = true;
    // The chosen language's catalogue may need loading; until then the slip says it is being prepared.
    void printLanguage(chosen, 'clinics').then((loaded) => {
      if (current) setWords(loaded);
    });
    return () => {
      current = false;
    };
  }, [chosen]);

  const ready = words !== null && words.language === chosen;
  return (
    <PrintPreviewDialog
      title={t('slip.dialogTitle')}
      suggestedName={t('slip.fileName', { date: records.appointment.date })}
      onClose={onClose}
      exportKind="appointment-slip"
      subjectId={records.appointment.clientId}
      options={
        offersChoice ? (
          <fieldset className="radio-row">
            <legend>{t('slip.languageChoice')}</legend>
            <label className="checkbox">
              <input type="radio" name="slip-language" checked={choice === 'client'} onChange={() => setChoice('client')} />{' '}
              {t('slip.clientLanguage', { language: isolateIn(appLanguage, ownName(clientLanguage)) })}
            </label>
            <label className="checkbox">
              <input type="radio" name="slip-language" checked={choice === 'app'} onChange={() => setChoice('app')} />{' '}
              {t('slip.appLanguage', { language: isolateIn(appLanguage, ownName(appLanguage)) })}
            </label>
          </fieldset>
        ) : clientLanguage === null ? (
          <p className="muted">{t('slip.noClientLanguage')}</p>
        ) : null
      }
      sheet={
        ready ? (
          <AppointmentSlip records={{ ...records, forumName: settings?.forumName }} words={words} />
        ) : (
          <p role="status">{t('slip.loading')}</p>
        )
      }
    />
  );
}
