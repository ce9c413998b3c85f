/** Shown before saving a registration that looks like someone already registered. */
import { useEffect, useRef } from 'react';
import type { Client } from '../../../shared/schemas';
import { Button } from '../../ui/Button';

export function DuplicateWarning({
  candidates,
  onSamePerson,
  onDifferentPerson,
}: {
  candidates: readonly Client[];
  onSamePerson: (client: Client) => void;
  onDifferentPerson: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="duplicate-warning" role="alert" aria-labelledby="duplicate-heading">
      <h2 id="duplicate-heading" ref={heading} tabIndex={-1}>
        Is this someone already registered?
      </h2>
      <p>Nothing has been saved yet. These people have a similar name and the same year of birth or phone number.</p>
      <ul className="duplicate-warning__list">
        {candidates.map((client) => (
          <li key={client.id} className="duplicate-warning__item">
            <div>
              <span className="ref">{client.ref}</span> <bdi className="duplicate-warning__name">{client.name}</bdi>
              {client.nameLatin ? <span className="muted name-latin"> {client.nameLatin}</span> : null}
              <div className="muted">
                {[client.birthYear ? `born ${client.birthYear}` : null, client.phone, client.area].filter(Boolean).join(' · ')}
              </div>
            </div>
            <Button variant="primary" onClick={() => onSamePerson(client)} aria-label={`This is the same person: ${client.ref}`}>
              This is the same person
            </Button>
          </li>
        ))}
      </ul>
      <Button onClick={onDifferentPerson}>A different person: register them</Button>
    </section>
  );
}
