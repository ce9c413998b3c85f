/**
 * Opens the database before the app shows anything. A database written by a newer
 * Signpost is refused, with a full-screen message to update, and nothing reads or writes
 * it; the data stays exactly as the newer version left it.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NewerDatabaseError, openCheckedDatabase } from '../data';

type Gate = { state: 'opening' } | { state: 'open' } | { state: 'newer' };

export function DatabaseGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [gate, setGate] = useState<Gate>({ state: 'opening' });
  useEffect(() => {
    let live = true;
    openCheckedDatabase().then(
      () => live && setGate({ state: 'open' }),
      // Any other failure to open is left to the screens, which say so where it happens.
      (error: unknown) => live && setGate(error instanceof NewerDatabaseError ? { state: 'newer' } : { state: 'open' }),
    );
    return () => {
      live = false;
    };
  }, []);
  if (gate.state === 'opening') return null;
  if (gate.state === 'newer') {
    return (
      <main className="full-screen-message" role="alert" aria-labelledby="newer-database-title">
        <h1 id="newer-database-title">{t('newerDatabase.title')}</h1>
        <p>{t('newerDatabase.body')}</p>
        <p>{t('newerDatabase.action')}</p>
      </main>
    );
  }
  return <>{children}</>;
}
