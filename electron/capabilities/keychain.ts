/**
 * The OS keychain for the page: Electron's safeStorage (macOS Keychain, Windows DPAPI,
 * libsecret or KWallet on Linux). It seals a wrapped key so that a copy of the profile
 * taken to another machine or OS account cannot even start guessing a PIN. On Linux with
 * no secret store safeStorage falls back to a fixed password ('basic_text'): that is no
 * protection, so it is reported as unavailable rather than pretended.
 */
import type { KeychainResult } from '../../shared/ipc/contract';

/** The part of Electron's safeStorage used here, so tests can pass their own. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

export function keychainAvailable(storage: SafeStorageLike, platform: string): boolean {
  if (!storage.isEncryptionAvailable()) return false;
  if (platform === 'linux' && storage.getSelectedStorageBackend?.() === 'basic_text') return false;
  return true;
}

export function keychainProtect(storage: SafeStorageLike, platform: string, text: string): KeychainResult {
  if (!keychainAvailable(storage, platform)) return { ok: false, reason: 'unavailable' };
  try {
    return { ok: true, text: storage.encryptString(text).toString('base64') };
  } catch {
    return { ok: false, reason: 'failed' };
  }
}

export function keychainUnprotect(storage: SafeStorageLike, platform: string, sealed: string): KeychainResult {
  if (!keychainAvailable(storage, platform)) return { ok: false, reason: 'unavailable' };
  try {
    return { ok: true, text: storage.decryptString(Buffer.from(sealed, 'base64')) };
  } catch {
    return { ok: false, reason: 'failed' };
  }
}
