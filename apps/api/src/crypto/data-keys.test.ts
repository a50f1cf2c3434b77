import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataKeysError, loadDataKeys, newKeyFile, parseDataKeys } from './data-keys.js';

const NOW = new Date('2026-12-07T08:00:00Z');
const valid = () => JSON.stringify(newKeyFile(NOW));

describe('issue 22: data keys from settings', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'yingcai-keys-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the current key, every key by id and the lookup key', () => {
    const keys = parseDataKeys(valid(), 'DATA_KEYS');
    expect(keys.current).toMatch(/^k202612-[0-9a-f]{4}$/);
    expect(keys.keys.get(keys.current)).toHaveLength(32);
    expect(keys.hashKey).toHaveLength(32);
  });

  it.each([
    ['not JSON', 'secret', /^DATA_KEYS is not JSON/],
    ['a short key', JSON.stringify({ current: 'a', keys: { a: Buffer.alloc(16).toString('base64') }, hashKey: Buffer.alloc(32).toString('base64') }), /^DATA_KEYS: keys\.a: each key must be 32 bytes in base64/],
    ['a current key that is not there', JSON.stringify({ current: 'b', keys: { a: Buffer.alloc(32).toString('base64') }, hashKey: Buffer.alloc(32).toString('base64') }), /current must name one of keys/],
    ['a key id with a dot', JSON.stringify({ current: 'a.b', keys: { 'a.b': Buffer.alloc(32).toString('base64') }, hashKey: Buffer.alloc(32).toString('base64') }), /key id/],
  ])('%s is refused with one line naming the setting', (_, text, message) => {
    expect(() => parseDataKeys(text, 'DATA_KEYS')).toThrow(DataKeysError);
    expect(() => parseDataKeys(text, 'DATA_KEYS')).toThrow(message);
  });

  it('production without keys refuses and writes nothing', () => {
    const file = join(dir, 'data-keys.json');
    expect(() => loadDataKeys({ file, mayCreate: false }, NOW)).toThrow(/^no data keys: set DATA_KEYS, or DATA_KEYS_FILE/);
    expect(() => statSync(file)).toThrow();
  });

  it('development makes a key file readable by its owner only, says where, and reads it again next time', () => {
    const file = join(dir, 'data', 'data-keys.json');
    const first = loadDataKeys({ file, mayCreate: true }, NOW);
    expect(first.created).toBe(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = loadDataKeys({ file, mayCreate: true }, NOW);
    expect(again.created).toBeNull();
    expect(again.keys.keys.get(again.keys.current)).toEqual(first.keys.keys.get(first.keys.current));
  });
});
