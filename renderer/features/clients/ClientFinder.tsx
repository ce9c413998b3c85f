/** Find a registered person by typing, and choose them: used when booking and at the queue. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/schemas';
import { readableName, useClientDirectory } from '../../data';
import { useFormat } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { UserText } from '../../ui/UserText';

export function ClientFinder({ onChoose, chooseLabel }: { onChoose: (client: Client) => void; chooseLabel?: string }) {
  const { t } = useTranslation('clients');
  const format = useFormat();
  const directory = useClientDirectory();
  const [query, setQuery] = useState('');
  const results = directory && query.trim() ? directory.search(query, 8) : [];
  const action = chooseLabel ?? t('finder.choose');
  return (
    <div className="client-finder">
      <label>
        <span className="field__label">{t('finder.label')}</span>
        <input
          className="input"
          type="search"
          dir="auto"
          autoComplete="off"
          placeholder={t('finder.placeholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </label>
      {query.trim() && directory ? (
        results.length === 0 ? (
          <p className="muted">{t('finder.nobody')}</p>
        ) : (
          <ul className="client-finder__results" aria-label={t('finder.results')}>
            {results.map((client) => (
              <li key={client.id}>
                <span>
                  <span className="ref">{client.ref}</span> <UserText>{client.name}</UserText>
                  {client.nameLatin ? (
                    <span className="muted">
                      {' '}
                      <UserText>{client.nameLatin}</UserText>
                    </span>
                  ) : null}
                  {client.birthYear ? (
                    <span className="muted"> · {t('finder.born', { year: format.number(client.birthYear, { useGrouping: false }) })}</span>
                  ) : null}
                </span>
                <Button onClick={() => onChoose(client)} aria-label={t('finder.chooseLabel', { action, name: readableName(client), ref: client.ref })}>
                  {action}
                </Button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
