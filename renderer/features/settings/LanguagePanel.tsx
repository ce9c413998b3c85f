/**
 * Settings → Language: which language this computer shows the app in. Each language is
 * named in itself ("Polski", "العربية"), so someone who cannot read the current one can
 * still find theirs.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, currentLanguage, isLanguage, LANGUAGES } from '../../i18n';
import { saveSignedInUserLanguage } from '../../security/vault';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';

export function LanguagePanel() {
  const { t, i18n } = useTranslation();
  const status = useStatus();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const choose = async (code: string) => {
    if (!isLanguage(code)) return;
    setBusy(true);
    try {
      await chooseLanguage(code);
      // Kept on the signed-in user too, so it follows them at their next sign-in.
      await saveSignedInUserLanguage(code);
      const name = LANGUAGES.find((language) => language.code === code)?.name ?? code;
      // Said in the new language: this component's t still speaks the old one.
      status.say(i18n.t('language.changed', { lng: code, language: name }));
    } catch {
      status.error(t('language.notLoaded'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Panel title={t('language.title')}>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('language.label')}
        </label>
        <span className="field__hint" id={`${id}-hint`}>
          {t('language.hint')}
        </span>
        <select
          id={id}
          className="input"
          aria-describedby={`${id}-hint`}
          value={currentLanguage()}
          disabled={busy}
          onChange={(event) => void choose(event.target.value)}
        >
          {LANGUAGES.map((language) => (
            <option key={language.code} value={language.code} lang={language.code} dir={language.dir}>
              {language.name}
            </option>
          ))}
        </select>
      </div>
    </Panel>
  );
}
