/**
 * A link to a web page outside Signpost. It never navigates the app window: it asks the
 * platform, which opens only allow-listed https addresses in the user's browser, and
 * explains in the status region when an address is refused.
 */
import { checkExternalLink } from '../../shared/ipc/external-links';
import { useStatus } from '../ui/StatusProvider';
import { getPlatform } from './get-platform';

export function ExternalLink({ url, children }: { url: string; children?: React.ReactNode }) {
  const status = useStatus();
  const onClick = async () => {
    const verdict = checkExternalLink(url);
    if (!verdict.allowed) {
      status.error(`Not opened. ${verdict.reason}`);
      return;
    }
    const result = await getPlatform().openExternal(verdict.url);
    if (!result.opened) status.error('The web page could not be opened.');
  };
  return (
    <button type="button" className="link-button" onClick={() => void onClick()}>
      {children ?? url}
      <span className="visually-hidden"> (opens in your web browser)</span>
    </button>
  );
}
