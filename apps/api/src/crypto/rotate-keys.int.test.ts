import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account } from '../modules/accounts/account.entity.js';
import { GuardianConsent } from '../modules/accounts/guardian-consent.entity.js';
import { openDatabase, type OpenDatabase } from '../orm/database.js';
import type { Execute } from '../orm/encrypt-columns.js';
import { createScratchDatabase, type ScratchDatabase } from '../orm/scratch-database.js';
import { newKeyFile, parseDataKeys, writeKeyFile } from './data-keys.js';
import { ENCRYPTED_COLUMNS } from './encrypted-columns.js';
import { keyIdOf } from './field-cipher.js';
import { rotateDataKeys } from './rotate-keys.js';

const NOW = new Date('2026-12-07T08:00:00Z');
const PHONES = Array.from({ length: 7 }, (_, i) => `1390000100${i}`);

describe('issue 22: npm run keys:rotate', () => {
  let dir: string;
  let keyFile: string;
  let scratch: ScratchDatabase;
  let db: OpenDatabase;
  let execute: Execute;
  const storedKeyIds = async () =>
    new Set(((await execute('select guardian_phone from guardian_consent')) as { guardian_phone: string }[]).map((row) => keyIdOf(row.guardian_phone)));
  const phonesRead = async () => (await db.orm.em.fork().find(GuardianConsent, {}, { orderBy: { id: 'asc' } })).map((c) => c.guardianPhone);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'yingcai-rotate-'));
    keyFile = join(dir, 'data-keys.json');
    writeKeyFile(keyFile, newKeyFile(NOW));
    scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL);
    db = await openDatabase(scratch.database, { keys: parseDataKeys(readFileSync(keyFile, 'utf8'), keyFile) });
    const connection = db.orm.em.fork().getConnection();
    execute = (sql, params) => connection.execute(sql, params);
    const em = db.orm.em.fork();
    PHONES.forEach((phone, i) => {
      const account = em.create(Account, { email: `g${i}@example.org`, displayName: `家长${i}`, status: 'active' });
      em.create(GuardianConsent, { account, dateOfBirth: '2009-05-01', guardianName: '家长', guardianPhone: phone, consentVersion: '2026-1', consentText: '同意', consentedAt: NOW });
    });
    await em.flush();
  });
  afterAll(async () => {
    await db.close();
    await scratch.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a rotation killed half way and run again leaves every row readable and none under the old key, which is retired', async () => {
    const oldKey = parseDataKeys(readFileSync(keyFile, 'utf8'), keyFile).current;
    const lines: string[] = [];
    const crashAfterFirstBatch = (line: string) => {
      lines.push(line);
      if (/guardian_consent\.guardian_phone: 2 re-encrypted/.test(line)) throw new Error('killed');
    };
    await expect(rotateDataKeys(keyFile, execute, ENCRYPTED_COLUMNS, crashAfterFirstBatch, NOW, 2)).rejects.toThrow('killed');
    const halfWay = parseDataKeys(readFileSync(keyFile, 'utf8'), keyFile);
    expect(halfWay.current).not.toBe(oldKey);
    expect([...halfWay.keys.keys()].sort()).toEqual([oldKey, halfWay.current].sort());
    expect(await storedKeyIds()).toEqual(new Set([oldKey, halfWay.current]));
    expect(await phonesRead()).toEqual(PHONES);

    const done = await rotateDataKeys(keyFile, execute, ENCRYPTED_COLUMNS, (line) => lines.push(line), NOW, 2);
    expect(done).toMatchObject({ current: halfWay.current, retired: [oldKey] });
    expect(lines).toContain(`values under an earlier key remain: going on with ${halfWay.current}`);
    expect(await storedKeyIds()).toEqual(new Set([halfWay.current]));
    expect([...parseDataKeys(readFileSync(keyFile, 'utf8'), keyFile).keys.keys()]).toEqual([halfWay.current]);
    expect(await phonesRead()).toEqual(PHONES);
  });
});
