import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { StartupError } from '../startup-error.js';
import type { DataKeys } from './field-cipher.js';

export class DataKeysError extends StartupError {}

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const key32 = (what: string) =>
  z.string().refine((text) => Buffer.from(text, 'base64').length === 32 && /^[A-Za-z0-9+/]+={0,2}$/.test(text), `${what} must be 32 bytes in base64`);

/** The key file's shape (and DATA_KEYS's): the current key's id, every key by id, and the lookup key. */
const keyFile = z
  .object({
    current: z.string().regex(KEY_ID, 'current must be a key id of letters, digits, - or _ (at most 32)'),
    keys: z.record(z.string().regex(KEY_ID, 'a key id is letters, digits, - or _ (at most 32)'), key32('each key')),
    hashKey: key32('hashKey'),
  })
  .refine((file) => file.current in file.keys, { message: 'current must name one of keys', path: ['current'] });

export type KeyFile = z.infer<typeof keyFile>;

/** The key file's JSON, checked; `source` names the setting or file in every refusal. */
function parseKeyFile(text: string, source: string): KeyFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DataKeysError(`${source} is not JSON: expected {"current": "<id>", "keys": {"<id>": "<32 bytes base64>"}, "hashKey": "<32 bytes base64>"}`);
  }
  const parsed = keyFile.safeParse(json);
  if (!parsed.success) throw new DataKeysError(`${source}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'keys'}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** Parses the keys as a setting gives them; `source` names the setting in every refusal. */
export const parseDataKeys = (text: string, source: string): DataKeys => toDataKeys(parseKeyFile(text, source));

/** The key file, checked. */
export const readKeyFile = (file: string): KeyFile => parseKeyFile(readFileSync(file, 'utf8'), file);

/** A checked key file as the cipher takes it: keys as bytes. */
export function toDataKeys({ current, keys, hashKey }: KeyFile): DataKeys {
  return { current, keys: new Map(Object.entries(keys).map(([id, key]) => [id, Buffer.from(key, 'base64')])), hashKey: Buffer.from(hashKey, 'base64') };
}

/** A new key: its id names the month it was made (`k202612-3fa0`). */
export function newKey(now: Date): { id: string; key: string } {
  return { id: `k${now.toISOString().slice(0, 7).replace('-', '')}-${randomBytes(2).toString('hex')}`, key: randomBytes(32).toString('base64') };
}

/** A new key file: one key and a lookup key. */
export function newKeyFile(now: Date): KeyFile {
  const { id, key } = newKey(now);
  return { current: id, keys: { [id]: key }, hashKey: randomBytes(32).toString('base64') };
}

/** Writes a key file readable by its owner only, in one step: a crash leaves the old file or the new one, never half of one. */
export function writeKeyFile(file: string, keys: KeyFile): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.next`, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${file}.next`, file);
}

export interface KeySettings {
  /** DATA_KEYS: the key file's JSON itself. */
  inline?: string;
  /** DATA_KEYS_FILE: where the key file is. */
  file: string;
  /** Development may create the file when it is missing; production refuses. */
  mayCreate: boolean;
}

/** The keys of this start: from DATA_KEYS, else the key file; a missing file is made in development only. */
export function loadDataKeys(settings: KeySettings, now: Date): { keys: DataKeys; created: string | null } {
  if (settings.inline) return { keys: parseDataKeys(settings.inline, 'DATA_KEYS'), created: null };
  if (!existsSync(settings.file)) {
    if (!settings.mayCreate) {
      throw new DataKeysError(`no data keys: set DATA_KEYS, or DATA_KEYS_FILE to the key file (${settings.file} does not exist); see docs/decisions/029`);
    }
    const made = newKeyFile(now);
    writeKeyFile(settings.file, made);
    return { keys: toDataKeys(made), created: settings.file };
  }
  return { keys: toDataKeys(readKeyFile(settings.file)), created: null };
}
