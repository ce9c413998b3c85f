/** The platform inside Electron: every call goes through the preload's typed API. */
import type { SignpostApi } from '../../shared/ipc/contract';
import type { Platform } from './platform';

export function electronPlatform(api: SignpostApi): Platform {
  return {
    saveFile: (request) => api.saveFile(request),
    printToPdf: (request) => api.printToPdf(request),
    getAppInfo: () => api.getAppInfo(),
    openExternal: (url) => api.openExternal(url),
  };
}
