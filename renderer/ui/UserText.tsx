/**
 * Names, numbers and other text people typed, kept in their own direction inside text in
 * another: an Arabic name in an English sentence, or a phone number or a Latin name in an
 * Arabic one, would otherwise be reordered with the words around it ("flipped").
 *
 *   <UserText>{client.name}</UserText>        in JSX: a <bdi>, its direction from its own letters
 *   isolate(client.name)                      in a plain string (a title, a printed line, a message)
 */
import type { ReactNode } from 'react';

export function UserText({ children, className }: { children: ReactNode; className?: string }) {
  return <bdi className={className}>{children}</bdi>;
}

/** Wraps text in Unicode's first-strong isolate (U+2068 … U+2069): the plain-text <bdi>. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
