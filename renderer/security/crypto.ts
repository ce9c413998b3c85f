/**
 * The cryptographic primitives, all WebCrypto: AES-GCM 256 with a fresh random 96-bit IV
 * for every value and every wrapped key, PBKDF2-SHA-256 to turn a PIN or passphrase into
 * a wrapping key, HKDF-SHA-256 for the (already random) recovery key. Sealed bytes are
 * `IV ‖ ciphertext+tag`; a wrong key or a changed byte fails the tag and throws.
 */

/** OWASP's current PBKDF2-HMAC-SHA256 work factor (Password Storage Cheat Sheet). */
export const PBKDF2_ITERATIONS = 600_000;
const IV_BYTES = 12;
const AES = { name: 'AES-GCM', length: 256 } as const;

function subtle(): SubtleCrypto {
  return globalThis.crypto.subtle;
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

function join(iv: Uint8Array, body: ArrayBuffer): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(iv.byteLength + body.byteLength);
  out.set(iv, 0);
  out.set(new Uint8Array(body), iv.byteLength);
  return out;
}

function split(sealed: Uint8Array): { iv: Uint8Array<ArrayBuffer>; body: Uint8Array<ArrayBuffer> } {
  if (sealed.byteLength < IV_BYTES + 16) throw new Error('Sealed value is too short');
  // Views, not copies: WebCrypto copies what it is given.
  return { iv: sealed.subarray(0, IV_BYTES) as Uint8Array<ArrayBuffer>, body: sealed.subarray(IV_BYTES) as Uint8Array<ArrayBuffer> };
}

/**
 * A new random AES-GCM key. Extractable only so that it can be wrapped by another key
 * (WebCrypto's wrapKey needs that); it is never exported in the clear.
 */
export function generateKey(): Promise<CryptoKey> {
  return subtle().generateKey(AES, true, ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']);
}

export async function sealBytes(key: CryptoKey, plain: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const iv = randomBytes(IV_BYTES);
  return join(iv, await subtle().encrypt({ name: 'AES-GCM', iv }, key, plain));
}

export async function openBytes(key: CryptoKey, sealed: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const { iv, body } = split(sealed);
  return new Uint8Array(await subtle().decrypt({ name: 'AES-GCM', iv }, key, body));
}

/** `key` sealed under `wrappingKey` (its raw 32 bytes, AES-GCM, fresh IV). */
export async function wrapKey(key: CryptoKey, wrappingKey: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  const iv = randomBytes(IV_BYTES);
  return join(iv, await subtle().wrapKey('raw', key, wrappingKey, { name: 'AES-GCM', iv }));
}

/** The key inside `wrapped`; throws when `wrappingKey` is not the one that wrapped it. */
export async function unwrapKey(wrapped: Uint8Array, wrappingKey: CryptoKey): Promise<CryptoKey> {
  const { iv, body } = split(wrapped);
  return subtle().unwrapKey('raw', body, wrappingKey, { name: 'AES-GCM', iv }, AES, true, [
    'encrypt',
    'decrypt',
    'wrapKey',
    'unwrapKey',
  ]);
}

/** A wrapping key from a PIN or passphrase: PBKDF2-SHA-256, slow on purpose. */
export async function keyFromSecret(secret: string, salt: Uint8Array<ArrayBuffer>, iterations = PBKDF2_ITERATIONS): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', new TextEncoder().encode(secret.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, AES, false, ['wrapKey', 'unwrapKey']);
}

/** A wrapping key from the recovery key, which is already 160 random bits: HKDF is enough. */
export async function keyFromRecoveryBytes(recovery: Uint8Array<ArrayBuffer>, salt: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', recovery, 'HKDF', false, ['deriveKey']);
  const info = new TextEncoder().encode('signpost recovery key');
  return subtle().deriveKey({ name: 'HKDF', hash: 'SHA-256', salt, info }, material, AES, false, ['wrapKey', 'unwrapKey']);
}

/**
 * The browser's own base64 where it has one (Uint8Array.fromBase64 and toBase64, in
 * Chromium since 140): a cold report decodes some 70,000 sealed values, and the loop over
 * atob's characters was a tenth of the worker's time. Elsewhere (Node in tests) the loops.
 */
const native = {
  fromBase64: (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> }).fromBase64,
  toBase64: (Uint8Array.prototype as unknown as { toBase64?: (this: Uint8Array) => string }).toBase64,
};

export function toBase64(bytes: Uint8Array): string {
  if (native.toBase64) return native.toBase64.call(bytes);
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  if (native.fromBase64) return native.fromBase64.call(Uint8Array, text);
  const raw = atob(text);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}
