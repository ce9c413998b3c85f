/** Find a registered person by typing, and choose them: used when booking and at the queue. */
import { useState } from 'react';
import type { Client } from '../../../shared/schemas';
import { readableName, useClientDirectory } from '../../data';
import { Button } from '../../ui/Button';

export function ClientFinder({ onChoose, chooseLabel = 'Choose' }: { onChoose: (client: Client) => void; chooseLabel?: string }) {
  const directory = useClientDirectory();
  const [query, setQuery] = useState('');
  const results = directory && query.trim() ? directory.search(query, 8) : [];
  return (
    <div className="client-finder">
      <label>
        <span className="field__label">Find the person</span>
        <input
          className="input"
          type="search"
          dir="auto"
          autoComplete="off"
          placeholder="Name, phone or reference"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </label>
      {query.trim() && directory ? (
        results.length === 0 ? (
          <p className="muted">Nobody matches. Register them below.</p>
        ) : (
          <ul className="client-finder__results" aria-label="Matching people">
            {results.map((client) => (
              <li key={client.id}>
                <span>
                  <span className="ref">{client.ref}</span> <bdi>{client.name}</bdi>
                  {client.nameLatin ? <span className="muted"> {client.nameLatin}</span> : null}
                  {client.birthYear ? <span className="muted"> · born {client.birthYear}</span> : null}
                </span>
                <Button onClick={() => onChoose(client)} aria-label={`${chooseLabel}: ${readableName(client)} (${client.ref})`}>
                  {chooseLabel}
                </Button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
