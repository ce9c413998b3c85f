import { describe, expect, it } from 'vitest';
import { keychainAvailable, keychainProtect, keychainUnprotect, type SafeStorageLike } from '../../../../electron/capabilities/keychain';
import { IPC_CHANNELS } from '../../../../shared/ipc/contract';

function fakeSafeStorage(backend = 'gnome_libsecret', available = true): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.from(`sealed:${text}`),
    decryptString: (buffer) => {
      const text = buffer.toString();
      if (!text.startsWith('sealed:')) throw new Error('bad');
      return text.slice(7);
    },
    getSelectedStorageBackend: () => backend,
  };
}

describe('the OS keychain capability', () => {
  it('seals and opens a wrapped key through safeStorage', () => {
    const storage = fakeSafeStorage();
    const sealed = keychainProtect(storage, 'linux', 'd3JhcHBlZA==');
    expect(sealed).toMatchObject({ ok: true });
    expect(sealed.ok && sealed.text).not.toContain('d3JhcHBlZA==');
    expect(keychainUnprotect(storage, 'linux', sealed.ok ? sealed.text : '')).toEqual({ ok: true, text: 'd3JhcHBlZA==' });
    expect(keychainUnprotect(storage, 'linux', Buffer.from('tampered').toString('base64'))).toEqual({ ok: false, reason: 'failed' });
  });

  it('is unavailable when safeStorage is, and on Linux with no secret store (a fixed password protects nothing)', () => {
    expect(keychainAvailable(fakeSafeStorage('gnome_libsecret', false), 'win32')).toBe(false);
    expect(keychainAvailable(fakeSafeStorage('basic_text'), 'linux')).toBe(false);
    expect(keychainAvailable(fakeSafeStorage('basic_text'), 'darwin')).toBe(true);
    expect(keychainProtect(fakeSafeStorage('basic_text'), 'linux', 'x')).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('accepts only short text on its channels', () => {
    expect(IPC_CHANNELS['keychain:protect'].safeParse({ text: 'abc' }).success).toBe(true);
    expect(IPC_CHANNELS['keychain:protect'].safeParse({ text: '' }).success).toBe(false);
    expect(IPC_CHANNELS['keychain:unprotect'].safeParse({ text: 'x'.repeat(5000) }).success).toBe(false);
    expect(IPC_CHANNELS['keychain:available'].safeParse(undefined).success).toBe(true);
  });
});
