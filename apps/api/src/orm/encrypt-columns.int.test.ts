import type { Migrator } from '@mikro-orm/migrations';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberHash } from '../crypto/lookup-hash.js';
import { Account } from '../modules/accounts/account.entity.js';
import { contactWhere, parseContact } from '../modules/accounts/contact.js';
import { Application } from '../modules/applications/application.entity.js';
import { GuardianConsent } from '../modules/accounts/guardian-consent.entity.js';
import { MIGRATIONS_TABLE } from './config.js';
import { openDatabase, type OpenDatabase } from './database.js';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database.js';

const DATA_STEP = 'Migration20261207160743_encrypt_identity_values';

describe('issue 22: the migration encrypts the identity values stored before it', () => {
  let scratch: ScratchDatabase;
  let db: OpenDatabase;
  const raw = (sql: string, params: unknown[] = []) => db.orm.em.fork().getConnection().execute(sql, params);
  beforeAll(async () => {
    scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL);
    db = await openDatabase(scratch.database);
  });
  afterAll(async () => {
    await db.close();
    await scratch.drop();
  });

  it('clear rows written before it are encrypted, mixed with rows already encrypted, and read back as they were', async () => {
    const em = db.orm.em.fork();
    const accounts = ['a@example.org', 'b@example.org', 'c@example.org'].map((email) => em.create(Account, { email, displayName: email, status: 'active' }));
    accounts.forEach((account, i) => em.create(GuardianConsent, { account, dateOfBirth: `2009-0${i + 1}-15`, guardianName: '家长', guardianPhone: `1390000000${i}`, consentVersion: '2026-1', consentText: '同意', consentedAt: new Date('2026-11-01T00:00:00Z') }));
    await em.flush();
    // As a database of the version before: two rows in the clear (one stays encrypted, as after a stopped run).
    await raw("update guardian_consent set date_of_birth = '2009-01-15', guardian_phone = '13900000000' where account_id = ?", [accounts[0]!.id]);
    await raw("update guardian_consent set date_of_birth = '2009-02-15', guardian_phone = '13900000001' where account_id = ?", [accounts[1]!.id]);
    await raw(`delete from ${MIGRATIONS_TABLE} where name = ?`, [DATA_STEP]);

    await (db.orm.getMigrator() as Migrator).up();

    const stored = (await raw('select date_of_birth, guardian_phone from guardian_consent order by id')) as { date_of_birth: string; guardian_phone: string }[];
    expect(stored.flatMap((row) => [row.date_of_birth, row.guardian_phone]).every((value) => value.startsWith('v1.'))).toBe(true);
    const read = await db.orm.em.fork().find(GuardianConsent, {}, { orderBy: { id: 'asc' } });
    expect(read.map((c) => [c.dateOfBirth, c.guardianPhone])).toEqual([['2009-01-15', '13900000000'], ['2009-02-15', '13900000001'], ['2009-03-15', '13900000002']]);
  });

  it('its down step puts the values back in the clear', async () => {
    await (db.orm.getMigrator() as Migrator).down({ to: DATA_STEP });
    const stored = (await raw('select date_of_birth, guardian_phone from guardian_consent order by id')) as { date_of_birth: string; guardian_phone: string }[];
    expect(stored).toEqual([
      { date_of_birth: '2009-01-15', guardian_phone: '13900000000' },
      { date_of_birth: '2009-02-15', guardian_phone: '13900000001' },
      { date_of_birth: '2009-03-15', guardian_phone: '13900000002' },
    ]);
  });
});

const HASH_STEP = 'Migration20261207180000_identity_lookup_hashes';

describe('issue 22: the migrations that find ID numbers and contacts by keyed hash and encrypt them', () => {
  let scratch: ScratchDatabase;
  let db: OpenDatabase;
  const raw = (sql: string, params: unknown[] = []) => db.orm.em.fork().getConnection().execute(sql, params);
  const submitted = () => db.orm.em.fork().find(Application, { submittedAt: { $ne: null } }, { orderBy: { id: 'asc' } });
  beforeAll(async () => {
    scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL);
    db = await openDatabase(scratch.database, { demo: true, now: new Date('2025-11-15T10:00:00+08:00') });
  });
  afterAll(async () => {
    await db.close();
    await scratch.drop();
  });

  it('down: the submitted ID number back in the clear beside the draft copy, the phone in the clear', async () => {
    const before = await submitted();
    expect(before.length).toBeGreaterThan(10);
    await (db.orm.getMigrator() as Migrator).down({ to: HASH_STEP });
    const rows = (await raw('select submitted_id_number, phone from application where submitted_at is not null order by id')) as { submitted_id_number: string; phone: string }[];
    expect(rows).toEqual(before.map((a) => ({ submitted_id_number: a.idNumber, phone: a.phone })));
    expect(rows[0]!.submitted_id_number).toMatch(/^\d{17}[\dX]$/);
    const contacts = (await raw('select email, phone from account')) as { email: string | null; phone: string | null }[];
    expect(contacts.map((c) => c.email)).toContain('office@yingcai.test');
    expect(contacts.map((c) => c.phone)).toContain('13800000001');
  });

  it('up: each submitted ID number becomes its keyed hash, found by R-APP-5 in any case of X; no clear copy or phone is left', async () => {
    await raw("update application set submitted_id_number = lower(submitted_id_number) where id = (select min(id) from application where submitted_at is not null)");
    await (db.orm.getMigrator() as Migrator).up();
    const rows = (await raw('select * from application where submitted_at is not null order by id')) as Record<string, unknown>[];
    expect(rows.every((row) => !('submitted_id_number' in row) && String(row.phone).startsWith('v1.'))).toBe(true);
    const after = await submitted();
    expect(after.map((a) => a.submittedIdHash)).toEqual(after.map((a) => idNumberHash(a.idNumber!.toLowerCase())));
    expect(after.map((a) => a.phone).every((phone) => /^1\d{10}$/.test(phone!))).toBe(true);
    expect(await db.orm.em.fork().count(Application, { submittedIdHash: idNumberHash(after[0]!.idNumber!) })).toBe(1);
  });

  it('up: account e-mails and phones are encrypted and found by their hashes, as login finds them', async () => {
    const stored = JSON.stringify(await raw('select * from account'));
    expect(stored).not.toContain('office@yingcai.test');
    expect(stored).not.toContain('13800000001');
    const em = db.orm.em.fork();
    expect((await em.findOneOrFail(Account, contactWhere(parseContact('OFFICE@yingcai.test')))).email).toBe('office@yingcai.test');
    expect((await em.findOneOrFail(Account, contactWhere(parseContact('13800000001')))).phone).toBe('13800000001');
  });
});
