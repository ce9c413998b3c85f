/**
 * What the renderer may ask of the shell, and nothing more. Two implementations: the
 * Electron preload (`window.signpost`) for users, and the plain browser (downloads and
 * the browser's print) for the fallback and for tests in Chromium.
 */
import type { SignpostApi } from '../../shared/ipc/contract';

export type Platform = SignpostApi;

declare global {
  interface Window {
    /** Present only inside the Electron shell, exposed by electron/preload.ts. */
    signpost?: SignpostApi;
  }
}
