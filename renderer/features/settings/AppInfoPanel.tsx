/** Which version is running and where the forum's data is kept on this computer. */
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract';
import { getPlatform } from '../../platform/get-platform';
import { Panel } from '../../ui/Panel';

export function AppInfoPanel() {
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
  return (
    <Panel title="About this copy of Signpost">
      <dl className="definition-list">
        <dt>Version</dt>
        <dd>{info?.version ?? '–'}</dd>
        <dt>Where data is kept</dt>
        <dd>{info?.dataLocation ?? '–'}</dd>
        <dt>Running as</dt>
        <dd>{info ? (info.shell === 'electron' ? 'Desktop app' : 'In a web browser (offline)') : '–'}</dd>
      </dl>
    </Panel>
  );
}
