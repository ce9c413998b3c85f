/** Picks the shell the renderer is running in, once. */
import { browserPlatform } from './browser-platform';
import { electronPlatform } from './electron-platform';
import type { Platform } from './platform';

let chosen: Platform | undefined;

export function getPlatform(): Platform {
  chosen ??= window.signpost ? electronPlatform(window.signpost) : browserPlatform();
  return chosen;
}
