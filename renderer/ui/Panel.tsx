/** A titled surface grouping one part of a screen. */
import type { ReactNode } from 'react';

export function Panel({
  title,
  aside,
  flush = false,
  children,
}: {
  title?: string;
  aside?: ReactNode;
  flush?: boolean;
  children: ReactNode;
}) {
  return (
    <section className={flush ? 'panel panel--flush' : 'panel'} aria-label={title}>
      {title || aside ? (
        <div className="panel__header">
          {title ? <h2>{title}</h2> : <span />}
          {aside}
        </div>
      ) : null}
      {children}
    </section>
  );
}
