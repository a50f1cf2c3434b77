import { randomBytes } from 'node:crypto';
import { CipherError, openBytes, sealBytes } from './field-cipher.js';

/**
 * Issue 22: a stored file is sealed under a data key of its own (AES-256-GCM, field-cipher.ts). The data
 * key is kept with the file's row in an encrypted column, so it is wrapped by the data keys and
 * `keys:rotate` re-wraps it without touching the file.
 */
export function sealFile(plain: Buffer): { sealed: Buffer; dataKey: string } {
  const key = randomBytes(32);
  return { sealed: sealBytes(key, plain), dataKey: key.toString('base64') };
}

/** The file's bytes, or a CipherError naming `where` (the row), never its content. */
export function openFile(sealed: Buffer, dataKey: string, where: string): Buffer {
  try {
    return openBytes(Buffer.from(dataKey, 'base64'), sealed);
  } catch (error) {
    if (error instanceof CipherError) throw new CipherError(error.reason, `${where}: ${error.message}`);
    throw error;
  }
}
