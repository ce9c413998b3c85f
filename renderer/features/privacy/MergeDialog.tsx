/**
 * Merging another record of the same person into this one: find the other record (a
 * search, as in every client finder), choose for each detail that differs which to keep
 * (a react-hook-form with zod: one choice per group of details), then merge. This page's
 * record is kept; the other's appointments, advice and referrals move to it and the other
 * record goes.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { differingGroups, MERGE_GROUP_NAMES, MERGE_GROUPS, type MergeGroup } from '../../../shared/privacy/merge-fields';
import type { Client } from '../../../shared/schemas';
import { mergeClients, readableName, useClientDirectory } from '../../data';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useStatus } from '../../ui/StatusProvider';
import { UserText } from '../../ui/UserText';
import { VALIDATE_ON_SUBMIT } from '../../ui/form-validation';
import { rightsFailure } from './rights-messages';

/** Whose details each group keeps: this record's unless the other's is chosen. */
const MergeChoicesForm = z.record(z.enum(MERGE_GROUP_NAMES), z.enum(['kept', 'other']));
type MergeChoicesForm = z.output<typeof MergeChoicesForm>;
const KEEP_ALL = Object.fromEntries(MERGE_GROUP_NAMES.map((group) => [group, 'kept'])) as MergeChoicesForm;

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
  const formId = useId();
  const form = useForm<MergeChoicesForm>({ resolver: zodResolver(MergeChoicesForm), defaultValues: KEEP_ALL, ...VALIDATE_ON_SUBMIT });
  const found = directory && query.trim().length > 1 ? directory.search(query, 8).filter((c) => c.id !== client.id) : [];

  const merge = form.handleSubmit(async (choices) => {
    if (!other) return;
    try {
      const { moved } = await mergeClients(client.id, other.id, choices);
      status.say(t('rights.merge.done', { count: moved.appointments + moved.adviceEntries + moved.referrals }));
      onClose();
    } catch (error) {
      status.error(rightsFailure(t, error));
    }
  });

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
        <form id={formId} autoComplete="off" className="form" onSubmit={(event) => void merge(event)} noValidate>
          <p>{t('rights.merge.into', { kept: client.ref, other: other.ref })}</p>
          {differingGroups(client, other).length === 0 ? <p>{t('rights.merge.noDifferences')}</p> : null}
          {differingGroups(client, other).map((group) => (
            <fieldset key={group} className="field merge-choice">
              <legend className="field__label">{t(`rights.group.${group}`)}</legend>
              <label className="checkbox">
                <input type="radio" value="kept" {...form.register(group)} />
                {t('rights.merge.keepThis', { ref: client.ref })} <UserText>{shown(client, group) || t('rights.merge.empty')}</UserText>
              </label>
              <label className="checkbox">
                <input type="radio" value="other" {...form.register(group)} />
                {t('rights.merge.takeOther', { ref: other.ref })} <UserText>{shown(other, group) || t('rights.merge.empty')}</UserText>
              </label>
            </fieldset>
          ))}
        </form>
      )}
      <div className="dialog__actions">
        <Button onClick={onClose}>{t('rights.cancel')}</Button>
        {other ? (
          <Button variant="primary" type="submit" form={formId}>
            {t('rights.merge.confirm', { other: other.ref })}
          </Button>
        ) : null}
      </div>
    </Dialog>
  );
}
