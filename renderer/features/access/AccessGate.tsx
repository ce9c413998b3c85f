/**
 * Nothing of the forum is shown until someone is signed in. On a new database: first run,
 * then the recovery key once. Otherwise: sign-in (or recovery with the recovery key).
 * Locking (a button, Ctrl+L, the idle timer, a reload) drops the keys and the signed-in
 * user; this gate then unmounts the whole app, so every screen, the client directory and
 * whatever the screens held go with it, and the sign-in screen shows no one's details.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../security/session';
import { forumIsSetUp } from '../../security/vault';
import { FirstRunScreen } from './FirstRunScreen';
import { RecoverScreen } from './RecoverScreen';
import { RecoveryKeyScreen } from './RecoveryKeyScreen';
import { SignInScreen } from './SignInScreen';
import './apply-user-language';
import './seal-on-sign-in';

type Stage =
  | { kind: 'opening' }
  | { kind: 'first-run' }
  | { kind: 'recovery-key'; recoveryKey: string; forumName: string }
  | { kind: 'sign-in' }
  | { kind: 'recover'; userId: string | undefined };

export function AccessGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation('access');
  const user = useSignedInUser();
  const [stage, setStage] = useState<Stage>({ kind: 'opening' });
  useEffect(() => {
    let live = true;
    void forumIsSetUp().then((setUp) => live && setStage(setUp ? { kind: 'sign-in' } : { kind: 'first-run' }));
    return () => {
      live = false;
    };
  }, []);
  if (stage.kind === 'recovery-key' && user) {
    return <RecoveryKeyScreen recoveryKey={stage.recoveryKey} forumName={stage.forumName} onContinue={() => setStage({ kind: 'sign-in' })} />;
  }
  if (user) return <>{children}</>;
  // A lock during the recovery key's showing (or after it) comes back to sign-in, via default.
  switch (stage.kind) {
    case 'opening':
      return (
        <p className="access-screen__opening" role="status">
          {t('gate.opening')}
        </p>
      );
    case 'first-run':
      return <FirstRunScreen onDone={(result) => setStage({ kind: 'recovery-key', ...result })} />;
    case 'recover':
      // Signed in by recovery or not, the next lock comes back to sign-in.
      return <RecoverScreen userId={stage.userId} onBack={() => setStage({ kind: 'sign-in' })} />;
    default:
      return <SignInScreen onForgot={(userId) => setStage({ kind: 'recover', userId })} />;
  }
}
