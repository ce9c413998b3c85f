/**
 * Channel names and the app origin, without schemas: the preload imports only this, so it
 * stays a few lines of code rather than carrying the validation library.
 */

/** Which channel each preload method calls; a unit test checks it against IPC_CHANNELS. */
export const API_CHANNELS = {
  saveFile: 'file:save',
  printToPdf: 'view:print-to-pdf',
  getAppInfo: 'app:info',
  openExternal: 'link:open-external',
} as const;

/** The fixed origin the renderer is served from. IndexedDB is keyed by it: never change it. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'signpost';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
