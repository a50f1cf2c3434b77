import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/** 32-byte keys by id; `current` encrypts, every key decrypts; `hashKey` keys the equality lookups. */
export interface DataKeys {
  current: string;
  keys: ReadonlyMap<string, Buffer>;
  hashKey: Buffer;
}

const VERSION = 'v1';

/** How every stored value of this format begins, and how those under one key begin: SQL finds them by it. */
export const ENCRYPTED_PREFIX = `${VERSION}.`;
export const prefixUnder = (keyId: string): string => `${VERSION}.${keyId}.`;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** A stored value that cannot be read: under an unknown key, or changed since it was written. Never carries the value. */
export class CipherError extends Error {
  /** The value that failed, to find its row by; a private field, so no log serializer sees it. */
  readonly #stored: string | undefined;

  constructor(
    readonly reason: 'UNKNOWN_KEY' | 'TAMPERED' | 'MALFORMED',
    message: string,
    /** The column the value was read from, when known. */
    readonly source?: { table: string; column: string },
    stored?: string,
  ) {
    super(message);
    this.#stored = stored;
  }

  storedValue(): string | undefined {
    return this.#stored;
  }
}

/** AES-256-GCM under `key` with a fresh 12-byte nonce: `nonce | ciphertext | tag`. */
export function sealBytes(key: Buffer, plain: Buffer): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  return Buffer.concat([nonce, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

/** The plain bytes of `sealBytes`, or a CipherError when a byte was changed or the key is another. */
export function openBytes(key: Buffer, sealed: Buffer): Buffer {
  if (sealed.length < NONCE_BYTES + TAG_BYTES) throw new CipherError('MALFORMED', 'the encrypted value is too short');
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, NONCE_BYTES));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(NONCE_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new CipherError('TAMPERED', 'the encrypted value was changed or belongs to another key');
  }
}

/**
 * Issue 22: AES-256-GCM from node:crypto, a fresh 12-byte nonce per value, the key's id stored with
 * the ciphertext: `v1.<keyId>.<base64url(nonce | ciphertext | tag)>`. The one place a cipher is named:
 * a deployment under 商用密码 rules swaps SM4-GCM in here (decision 029).
 */
export function encryptWith(keys: DataKeys, plain: string): string {
  const sealed = sealBytes(keys.keys.get(keys.current)!, Buffer.from(plain, 'utf8'));
  return `${VERSION}.${keys.current}.${sealed.toString('base64url')}`;
}

export function decryptWith(keys: DataKeys, stored: string): string {
  const [version, keyId, payload] = stored.split('.');
  if (version !== VERSION || !keyId || !payload) throw new CipherError('MALFORMED', 'not an encrypted value of this version');
  const key = keys.keys.get(keyId);
  if (!key) throw new CipherError('UNKNOWN_KEY', `encrypted under key "${keyId}", which is not among the configured keys`);
  return openBytes(key, Buffer.from(payload, 'base64url')).toString('utf8');
}

/** The key id a stored value was written under, or null when it is not an encrypted value. */
export function keyIdOf(stored: string): string | null {
  const [version, keyId] = stored.split('.');
  return version === VERSION && keyId ? keyId : null;
}

/** HMAC-SHA-256 of a normalized value with the lookup key: equal values, equal hashes; nothing else told. */
export function lookupHashWith(keys: DataKeys, value: string): string {
  return createHmac('sha256', keys.hashKey).update(value, 'utf8').digest('base64url');
}
