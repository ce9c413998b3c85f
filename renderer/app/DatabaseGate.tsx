/**
 * Opens the database before the app shows anything. A database written by a newer
 * Signpost is refused, with a full-screen message to update, and nothing reads or writes
 * it; the data stays exactly as the newer version left it.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { NewerDatabaseError, openCheckedDatabase } from '../data';

type Gate = { state: 'opening' } | { state: 'open' } | { state: 'newer' };

export function DatabaseGate({ children }: { children: ReactNode }) {
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
        <h1 id="newer-database-title">Update Signpost to open this data</h1>
        <p>
          The data on this computer was saved by a newer version of Signpost. This version cannot read it safely, so it has not
          opened it and has changed nothing.
        </p>
        <p>Install the latest version of Signpost, then open it again. Your records are still there.</p>
      </main>
    );
  }
  return <>{children}</>;
}
