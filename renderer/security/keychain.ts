/**
 * The OS keychain as the vault sees it: the shell's safeStorage through the platform
 * bridge (absent in a browser). Tests give their own.
 */
import type { KeychainResult } from '../../shared/ipc/contract';
import { getPlatform } from '../platform/get-platform';

export interface Keychain {
  available(): Promise<boolean>;
  protect(text: string): Promise<KeychainResult>;
  unprotect(text: string): Promise<KeychainResult>;
}

const platformKeychain: Keychain = {
  // No shell at all (a unit test in Node) counts as no keychain, like a browser.
  async available() {
    try {
      return await getPlatform().keychainAvailable();
    } catch {
      return false;
    }
  },
  protect: (text) => getPlatform().keychainProtect({ text }),
  unprotect: (text) => getPlatform().keychainUnprotect({ text }),
};

let chosen: Keychain = platformKeychain;

export function keychain(): Keychain {
  return chosen;
}

/** For tests: a keychain of their own (undefined restores the platform's). */
export function setKeychain(next: Keychain | undefined): void {
  chosen = next ?? platformKeychain;
}
