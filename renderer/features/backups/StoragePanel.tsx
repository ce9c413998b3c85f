/**
 * Durable storage in Settings: whether the browser promised not to evict Signpost's data,
 * how much of the quota it uses, and a warning at 80 %.
 */
import { useCallback, useEffect, useState } from 'react';
import { formatBytes, isNearlyFull, readStorageState, requestPersistentStorage, type StorageState } from '../../platform/durable-storage';
import { Button } from '../../ui/Button';
import { Panel } from '../../ui/Panel';

export function StoragePanel() {
  const [state, setState] = useState<StorageState>();
  const refresh = useCallback(() => readStorageState().then(setState), []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const share = state?.usage !== undefined && state.quota ? state.usage / state.quota : undefined;
  return (
    <Panel title="Storage">
      <dl className="definition-list">
        <dt>Kept safe from clearing</dt>
        <dd>
          {state?.persisted === undefined
            ? '–'
            : state.persisted
              ? 'Yes: the browser will not clear Signpost’s data to free space.'
              : 'Not granted: the browser may clear Signpost’s data when the disk is nearly full. Keep backups.'}
        </dd>
        <dt>Space used</dt>
        <dd>
          {state?.usage !== undefined && state.quota !== undefined && share !== undefined
            ? `${formatBytes(state.usage)} of ${formatBytes(state.quota)} (${(share * 100).toLocaleString('en-GB', { maximumFractionDigits: 1 })} %)`
            : '–'}
        </dd>
      </dl>
      {state && isNearlyFull(state) ? (
        <p className="notice notice--warning" role="alert">
          Signpost’s storage is over 80 % full. Free some disk space and make a backup now: when it is full, new records cannot be saved.
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
          Ask again to keep data safe
        </Button>
      ) : null}
    </Panel>
  );
}
