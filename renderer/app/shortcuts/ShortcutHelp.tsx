/** The shortcut help panel: a dialog listing every shortcut and its keys, in the app's language. */
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SHORTCUTS } from './shortcut-keys';

const KEY_NAMES: Record<string, 'shortcuts.keys.ctrl' | 'shortcuts.keys.alt'> = { Ctrl: 'shortcuts.keys.ctrl', Alt: 'shortcuts.keys.alt' };

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose}>
      <p className="muted">{t('shortcuts.intro')}</p>
      <table className="shortcut-table">
        <caption className="visually-hidden">{t('shortcuts.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.keysHeader')}</th>
            <th scope="col">{t('shortcuts.actionHeader')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.id}>
              <td>
                {shortcut.keys.map((combination, index) => (
                  <Fragment key={combination.join('+')}>
                    {index > 0 ? ` ${t('shortcuts.or')} ` : null}
                    {/* Keys read left to right on every keyboard, in Arabic too. */}
                    <kbd dir="ltr">
                      {combination.map((key, at) => (
                        <Fragment key={key}>
                          {at > 0 ? '+' : null}
                          <kbd>{KEY_NAMES[key] ? t(KEY_NAMES[key]) : key}</kbd>
                        </Fragment>
                      ))}
                    </kbd>
                  </Fragment>
                ))}
              </td>
              <td>{t(`shortcuts.actions.${shortcut.id}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog__actions">
        <Button variant="primary" onClick={onClose}>
          {t('actions.close')}
        </Button>
      </div>
    </Dialog>
  );
}
