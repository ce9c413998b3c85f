/**
 * Short status messages ("Saved", "Demo data removed", errors) in one polite live region,
 * so a screen reader announces them. Sighted users see them in the navigation rail, never
 * over the screen's content, one at a time (a new message replaces the last).
 *
 * A message does not follow the person to the next screen. The one exception is the
 * message of an action that itself moves to a new screen ("Registered C-00042" on the new
 * client's page): the screen changed with no click or key press after the message, so it
 * is still news. Any press after a message marks it as read; a screen change then hides it.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useMessageWords } from '../i18n';

interface Message {
  id: number;
  text: string;
  tone: 'info' | 'error';
  /** The screen it is shown on; set when it is first shown. */
  pathname?: string;
  /** The person pressed something after it appeared. */
  read: boolean;
}

export interface StatusApi {
  say(text: string): void;
  error(text: string): void;
}

const StatusContext = createContext<StatusApi | null>(null);
const MessageContext = createContext<Message | null>(null);

export function StatusProvider({ children, timeoutMs = 6000 }: { children: ReactNode; timeoutMs?: number }) {
  const [message, setMessage] = useState<Message | null>(null);
  const next = useRef(1);
  const { pathname } = useLocation();

  // On a new screen: an unread message moves with the person, a read one is dropped.
  // (React's "adjust state while rendering": no effect, no extra commit.)
  if (message && message.pathname !== pathname) {
    setMessage(message.pathname === undefined || !message.read ? { ...message, pathname } : null);
  }

  useEffect(() => {
    const markRead = () => setMessage((current) => (current && !current.read ? { ...current, read: true } : current));
    window.addEventListener('pointerdown', markRead, true);
    window.addEventListener('keydown', markRead, true);
    return () => {
      window.removeEventListener('pointerdown', markRead, true);
      window.removeEventListener('keydown', markRead, true);
    };
  }, []);

  const push = useCallback(
    (text: string, tone: Message['tone']) => {
      const id = next.current++;
      setMessage({ id, text, tone, read: false });
      setTimeout(() => setMessage((current) => (current?.id === id ? null : current)), timeoutMs);
    },
    [timeoutMs],
  );

  const api = useMemo<StatusApi>(() => ({ say: (t) => push(t, 'info'), error: (t) => push(t, 'error') }), [push]);
  const shown = message && message.pathname === pathname ? message : null;
  return (
    <StatusContext.Provider value={api}>
      <MessageContext.Provider value={shown}>{children}</MessageContext.Provider>
    </StatusContext.Provider>
  );
}

/**
 * Where the messages show: placed in the navigation rail, outside the screen's content.
 * Two live regions, both always present (a region added with its message is often not
 * read): news ("Saved") is said politely, when the screen reader is free; an error
 * ("Not saved: …") assertively, at once, as a role="alert".
 */
export function StatusRegion() {
  const message = useContext(MessageContext);
  const shown = (tone: Message['tone']) =>
    message && message.tone === tone ? (
      <p key={message.id} className={`status-message${tone === 'error' ? ' status-message--error' : ''}`}>
        <MessageWords text={message.text} />
      </p>
    ) : null;
  return (
    <div className="status-region">
      <div role="status" aria-live="polite">
        {shown('info')}
      </div>
      <div role="alert">{shown('error')}</div>
    </div>
  );
}

export function useStatus(): StatusApi {
  const api = useContext(StatusContext);
  if (!api) throw new Error('useStatus must be used inside StatusProvider');
  return api;
}

/** A status message in the app's language: commands' refusals arrive as message codes. */
function MessageWords({ text }: { text: string }) {
  const words = useMessageWords();
  return <>{words(text)}</>;
}
