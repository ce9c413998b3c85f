/**
 * Durable storage in Settings: whether the browser promised not to evict Signpost's data,
 * how much of the quota it uses, and a warning at 80 %.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { isNearlyFull, readStorageState, requestPersistentStorage, STORAGE_WARNING_RATIO, type StorageState } from '../../platform/durable-storage';
import { Button } from '../../ui/Button';
import { Panel } from '../../ui/Panel';
import { formatBytes } from './storage-words';

export function StoragePanel() {
  const { t } = useTranslation('backups');
  const format = useFormat();
  const [state, setState] = useState<StorageState>();
  const refresh = useCallback(() => readStorageState().then(setState), []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const share = state?.usage !== undefined && state.quota ? state.usage / state.quota : undefined;
  return (
    <Panel title={t('storage.title')}>
      <dl className="definition-list">
        <dt>{t('storage.persisted')}</dt>
        <dd>{state?.persisted === undefined ? '–' : state.persisted ? t('storage.persistedYes') : t('storage.persistedNo')}</dd>
        <dt>{t('storage.used')}</dt>
        <dd>
          {state?.usage !== undefined && state.quota !== undefined && share !== undefined
            ? t('storage.usedOf', {
                used: formatBytes(format, state.usage),
                quota: formatBytes(format, state.quota),
                share: format.percent(share, 1),
              })
            : '–'}
        </dd>
      </dl>
      {state && isNearlyFull(state) ? (
        <p className="notice notice--warning" role="alert">
          {t('storage.nearlyFull', { limit: format.percent(STORAGE_WARNING_RATIO) })}
        </p>
      ) : null}
      {state?.persisted === false ? (
        <Button
          onClick={() =>
            void requestPersistentStorage().then(() => {
              void refresh();
            })
          }
        >
          {t('storage.askAgain')}
        </Button>
      ) : null}
    </Panel>
  );
}
