/** Which version is running and where the forum's data is kept on this computer. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc/contract';
import { getPlatform } from '../../platform/get-platform';
import { Panel } from '../../ui/Panel';
import { isolate } from '../../ui/UserText';

export function AppInfoPanel() {
  const { t } = useTranslation('settings');
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    let live = true;
    void getPlatform()
      .getAppInfo()
      .then((value) => {
        if (live) setInfo(value);
      });
    return () => {
      live = false;
    };
  }, []);
  const desktop = info?.shell === 'electron';
  return (
    <Panel title={t('appInfo.title')}>
      <dl className="definition-list">
        <dt>{t('appInfo.version')}</dt>
        <dd>
          <bdi>{info?.version ?? '–'}</bdi>
        </dd>
        <dt>{t('appInfo.where')}</dt>
        <dd>
          {info
            ? desktop
              ? t('appInfo.whereDesktop', { path: isolate(info.dataLocation) })
              : t('appInfo.whereBrowser', { origin: isolate(info.dataLocation) })
            : '–'}
        </dd>
        <dt>{t('appInfo.runningAs')}</dt>
        <dd>{info ? (desktop ? t('appInfo.desktop') : t('appInfo.browser')) : '–'}</dd>
      </dl>
    </Panel>
  );
}
