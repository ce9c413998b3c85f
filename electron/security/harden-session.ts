/**
 * Session-wide rules: every permission (camera, notifications, geolocation…) is refused,
 * and no request may leave for the network: the app is offline by design and loads
 * nothing remote, so any attempt is a bug or an attack.
 */
import type { Session } from 'electron';
import { APP_SCHEME } from '../../shared/ipc/contract';

/** Schemes the app's own pages may load from; everything else is cancelled. */
const LOCAL_SCHEMES = new Set([`${APP_SCHEME}:`, 'devtools:', 'data:', 'blob:']);

export function isLocalRequest(raw: string): boolean {
  try {
    return LOCAL_SCHEMES.has(new URL(raw).protocol);
  } catch {
    return false;
  }
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isLocalRequest(details.url) });
  });
}
