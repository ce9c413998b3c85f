/** Shown before saving a registration that looks like someone already registered. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/schemas';
import { useFormat } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { UserText } from '../../ui/UserText';

export function DuplicateWarning({
  candidates,
  onSamePerson,
  onDifferentPerson,
}: {
  candidates: readonly Client[];
  onSamePerson: (client: Client) => void;
  onDifferentPerson: () => void;
}) {
  const { t } = useTranslation('clients');
  const format = useFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="duplicate-warning" role="alert" aria-labelledby="duplicate-heading">
      <h2 id="duplicate-heading" ref={heading} tabIndex={-1}>
        {t('duplicate.title')}
      </h2>
      <p>{t('duplicate.body')}</p>
      <ul className="duplicate-warning__list">
        {candidates.map((client) => (
          <li key={client.id} className="duplicate-warning__item">
            <div>
              <span className="ref">{client.ref}</span> <bdi className="duplicate-warning__name">{client.name}</bdi>
              {client.nameLatin ? (
                <span className="muted name-latin">
                  {' '}
                  <UserText>{client.nameLatin}</UserText>
                </span>
              ) : null}
              <div className="muted">
                {[
                  client.birthYear ? t('duplicate.born', { year: format.number(client.birthYear, { useGrouping: false }) }) : null,
                  client.phone ? <UserText key="phone">{client.phone}</UserText> : null,
                  client.area ? <UserText key="area">{client.area}</UserText> : null,
                ]
                  .filter(Boolean)
                  .flatMap((part, index) => (index === 0 ? [part] : [' · ', part]))}
              </div>
            </div>
            <Button variant="primary" onClick={() => onSamePerson(client)} aria-label={t('duplicate.sameLabel', { ref: client.ref })}>
              {t('duplicate.same')}
            </Button>
          </li>
        ))}
      </ul>
      <Button onClick={onDifferentPerson}>{t('duplicate.different')}</Button>
    </section>
  );
}
