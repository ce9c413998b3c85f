/** Who is signed in, and the Lock button, at the foot of the navigation rail. */
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../security/session';
import { lock } from '../../security/vault';
import { Button } from '../../ui/Button';
import { isolate } from '../../ui/UserText';

export function LockButton() {
  const { t } = useTranslation('access');
  const user = useSignedInUser();
  if (!user) return null;
  return (
    <div className="app-nav__user">
      <p className="app-nav__signed-in">{t('lock.signedInAs', { name: isolate(user.name) })}</p>
      <Button variant="secondary" onClick={() => lock()} title={t('lock.shortcut')} aria-keyshortcuts="Control+L">
        {t('lock.button')}
      </Button>
    </div>
  );
}
