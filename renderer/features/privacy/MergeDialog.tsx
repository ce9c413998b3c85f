/**
 * Merging another record of the same person into this one: find the other record, choose
 * for each detail that differs which to keep, then merge. This page's record is kept; the
 * other's appointments, advice and referrals move to it and the other record goes.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { differingGroups, MERGE_GROUPS, type MergeChoices, type MergeGroup } from '../../../shared/privacy/merge-fields';
import type { Client } from '../../../shared/schemas';
import { mergeClients, readableName, useClientDirectory } from '../../data';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useStatus } from '../../ui/StatusProvider';
import { UserText } from '../../ui/UserText';
import { rightsFailure } from './rights-messages';

function shown(client: Client, group: MergeGroup): string {
  return MERGE_GROUPS[group]
    .map((field) => client[field])
    .filter((value) => value !== undefined && value !== '' && value !== false)
    .map((value) => (Array.isArray(value) ? value.join(', ') : String(value)))
    .join(' · ');
}

export function MergeDialog({ client, onClose }: { client: Client; onClose: () => void }) {
  const { t } = useTranslation('privacy');
  const status = useStatus();
  const directory = useClientDirectory();
  const [query, setQuery] = useState('');
  const [other, setOther] = useState<Client>();
  const [choices, setChoices] = useState<MergeChoices>({});
  const found = directory && query.trim().length > 1 ? directory.search(query, 8).filter((c) => c.id !== client.id) : [];

  const merge = async () => {
    if (!other) return;
    try {
      const { moved } = await mergeClients(client.id, other.id, choices);
      status.say(t('rights.merge.done', { count: moved.appointments + moved.adviceEntries + moved.referrals }));
      onClose();
    } catch (error) {
      status.error(rightsFailure(t, error));
    }
  };

  return (
    <Dialog title={t('rights.merge.title')} onClose={onClose} wide>
      {!other ? (
        <>
          <p>{t('rights.merge.explain')}</p>
          <div className="field">
            <label className="field__label" htmlFor="merge-find">
              {t('rights.merge.find')}
            </label>
            <input id="merge-find" className="input" value={query} onChange={(e) => setQuery(e.target.value)} />
          </div>
          <ul className="merge-results">
            {found.map((c) => (
              <li key={c.id}>
                <Button onClick={() => setOther(c)}>
                  {t('rights.merge.choose')} <UserText>{readableName(c)}</UserText> ({c.ref})
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p>
            {t('rights.merge.into', { kept: client.ref, other: other.ref })}
          </p>
          {differingGroups(client, other).length === 0 ? <p>{t('rights.merge.noDifferences')}</p> : null}
          {differingGroups(client, other).map((group) => (
            <fieldset key={group} className="field merge-choice">
              <legend className="field__label">{t(`rights.group.${group}`)}</legend>
              <label className="checkbox">
                <input type="radio" name={`merge-${group}`} checked={choices[group] !== 'other'} onChange={() => setChoices({ ...choices, [group]: 'kept' })} />
                {t('rights.merge.keepThis', { ref: client.ref })} <UserText>{shown(client, group) || t('rights.merge.empty')}</UserText>
              </label>
              <label className="checkbox">
                <input type="radio" name={`merge-${group}`} checked={choices[group] === 'other'} onChange={() => setChoices({ ...choices, [group]: 'other' })} />
                {t('rights.merge.takeOther', { ref: other.ref })} <UserText>{shown(other, group) || t('rights.merge.empty')}</UserText>
              </label>
            </fieldset>
          ))}
        </>
      )}
      <div className="dialog__actions">
        <Button onClick={onClose}>{t('rights.cancel')}</Button>
        {other ? (
          <Button variant="primary" onClick={() => void merge()}>
            {t('rights.merge.confirm', { other: other.ref })}
          </Button>
        ) : null}
      </div>
    </Dialog>
  );
}
