/**
 * Short status messages ("Saved", "Demo data removed", errors) in one polite live region,
 * so a screen reader announces them and sighted users see them in the corner.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

interface Message {
  id: number;
  text: string;
  tone: 'info' | 'error';
}

export interface StatusApi {
  say(text: string): void;
  error(text: string): void;
}

const StatusContext = createContext<StatusApi | null>(null);

export function StatusProvider({ children, timeoutMs = 6000 }: { children: ReactNode; timeoutMs?: number }) {
  const [messages, setMessages] = useState<Message[]>([]);
  const next = useRef(1);
  const push = useCallback(
    (text: string, tone: Message['tone']) => {
      const id = next.current++;
      setMessages((current) => [...current.slice(-2), { id, text, tone }]);
      setTimeout(() => setMessages((current) => current.filter((m) => m.id !== id)), timeoutMs);
    },
    [timeoutMs],
  );
  const api = useMemo<StatusApi>(() => ({ say: (t) => push(t, 'info'), error: (t) => push(t, 'error') }), [push]);
  return (
    <StatusContext.Provider value={api}>
      {children}
      <div className="status-region" role="status" aria-live="polite">
        {messages.map((m) => (
          <p key={m.id} className={`status-message${m.tone === 'error' ? ' status-message--error' : ''}`}>
            {m.text}
          </p>
        ))}
      </div>
    </StatusContext.Provider>
  );
}

export function useStatus(): StatusApi {
  const api = useContext(StatusContext);
  if (!api) throw new Error('useStatus must be used inside StatusProvider');
  return api;
}
