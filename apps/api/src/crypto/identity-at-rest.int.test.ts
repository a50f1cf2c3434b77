import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestCode, LOGIN, signInEveryRole } from '../../test/fixtures/accounts.js';
import { idNumberBornOn, MY_APPLICATION, recordConsent, saveDraft } from '../../test/fixtures/applications.js';
import { postFile } from '../../test/fixtures/files.js';
import { startTestApi, type TestApi } from '../../test/test-api.js';
import { recipientKey } from '../modules/notifications/outbox-message.entity.js';

type Browsers = Awaited<ReturnType<typeof signInEveryRole>>;

const DATE_OF_BIRTH = '2009-07-23';
const ID_NUMBER = idNumberBornOn(DATE_OF_BIRTH, '457');
const GUARDIAN_PHONE = '13900000002';
const APPLICANT_PHONE = '13700000457';
/** The contacts the applicant and a member of staff sign in with (the applicant also failed a login, so a limit counts it). */
const ACCOUNT_CONTACTS = ['13800000001', 'office@yingcai.test'];
/** A material whose text names the applicant: a school report as a PDF. */
const MATERIAL = Buffer.from(`%PDF-1.4\n% 成绩证明 身份证号 ${ID_NUMBER}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);

/** What an attacker with a copy of the database reads: the SQLite file and its WAL as bytes, or a pg_dump. */
async function storedBytes(api: TestApi): Promise<string> {
  const file = api.orm.config.get('dbName');
  if (!process.env.TEST_DATABASE_URL) {
    return ['', '-wal'].map((extra) => `${file}${extra}`).filter(existsSync).map((path) => readFileSync(path).toString('latin1') + readFileSync(path).toString('utf8')).join('\n');
  }
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = `/${api.orm.config.get('dbName')}`;
  return execFileSync('pg_dump', ['--data-only', url.toString()], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe('issue 22: a minor\'s identity fields are encrypted at rest (date of birth, ID number, applicant\'s and guardian\'s phones)', () => {
  let api: TestApi;
  let as: Browsers;
  const materialDir = mkdtempSync(join(tmpdir(), 'yingcai-canary-'));
  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2026-11-10T09:00:00+08:00'), env: { MATERIAL_DIR: materialDir } });
    as = await signInEveryRole(api);
    expect((await api.browser().graphql(LOGIN, { login: ACCOUNT_CONTACTS[0], password: 'not the password' })).errors?.[0]?.extensions?.reason).toBe('WRONG_CREDENTIALS');
    await saveDraft(as.applicant, { name: '金同学', dateOfBirth: DATE_OF_BIRTH, idNumber: ID_NUMBER, phone: APPLICANT_PHONE });
    expect((await recordConsent(api, as.applicant, DATE_OF_BIRTH)).errors).toBeUndefined();
    expect((await postFile(api, as.applicant, '/api/applications/mine/materials?year=2026', 'file', { bytes: MATERIAL, name: '成绩证明.pdf' })).status).toBe(201);
    if (!process.env.TEST_DATABASE_URL) await api.orm.em.fork().getConnection().execute('pragma wal_checkpoint(truncate)');
  });
  afterAll(async () => {
    await api.close();
    rmSync(materialDir, { recursive: true, force: true });
  });

  it('the stored bytes (database and materials folder) hold none of the values', async () => {
    const files = readdirSync(materialDir).map((name) => readFileSync(join(materialDir, name)));
    expect(files).toHaveLength(1);
    const bytes = [await storedBytes(api), ...files.map((file) => file.toString('latin1') + file.toString('utf8'))].join('\n');
    expect(bytes).toContain('金同学');
    // Issue 23: the guardian's phone too, though a code was sent to it (the outbox's recipient is encrypted).
    for (const value of [ID_NUMBER, DATE_OF_BIRTH, APPLICANT_PHONE, GUARDIAN_PHONE, ...ACCOUNT_CONTACTS]) expect(bytes, value).not.toContain(value);
  });

  it('issue 23: the code sent to the guardian’s phone is in neither the stored bytes nor the logs', async () => {
    const code = await latestCode(api, GUARDIAN_PHONE);
    expect(code).toMatch(/^\d{6}$/);
    expect(await storedBytes(api)).not.toContain(code);
    expect(api.logs().join('\n')).not.toContain(code);
    const [row] = await api.orm.em.fork().getConnection().execute<{ body: string }[]>('select body from outbox_message where recipient_hash = ?', [recipientKey(GUARDIAN_PHONE)]);
    expect(row!.body).toContain('验证码 ******');
  });

  it('the applicant reads them back in the clear through the API', async () => {
    const { data } = await as.applicant.graphql<{ myApplication: { dateOfBirth: string; idNumber: string; phone: string } }>(MY_APPLICATION);
    expect(data?.myApplication).toMatchObject({ dateOfBirth: DATE_OF_BIRTH, idNumber: ID_NUMBER, phone: APPLICANT_PHONE });
    const me = await as.applicant.graphql<{ me: { guardianConsent: { dateOfBirth: string; guardianPhone: string } } }>('{ me { guardianConsent { dateOfBirth guardianPhone } } }');
    expect(me.data?.me.guardianConsent).toEqual({ dateOfBirth: DATE_OF_BIRTH, guardianPhone: '139****0002' });
  });

  it('a saved draft is not rewritten by a later unrelated save (the same values, not new ciphertexts, are compared)', async () => {
    const before = await api.orm.em.fork().getConnection().execute<{ id_number: string }[]>('select id_number from application');
    await saveDraft(as.applicant, { className: '高一（3）班' }, (await as.applicant.graphql<{ myApplication: { version: number } }>(MY_APPLICATION)).data!.myApplication.version);
    const after = await api.orm.em.fork().getConnection().execute<{ id_number: string }[]>('select id_number from application');
    expect(after).toEqual(before);
  });

  it('a changed ciphertext is an error naming the table, column and row in the log, never garbage or the value', async () => {
    const connection = api.orm.em.fork().getConnection();
    const [row] = await connection.execute<{ id: number; id_number: string }[]>('select id, id_number from application');
    const changed = row!.id_number.slice(0, -6) + (row!.id_number.endsWith('A') ? 'B' : 'A') + row!.id_number.slice(-5);
    await connection.execute('update application set id_number = ? where id = ?', [changed, row!.id]);
    try {
      const { data, errors } = await as.applicant.graphql(MY_APPLICATION);
      expect(data?.myApplication ?? null).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe('INTERNAL');
      expect(JSON.stringify(errors)).not.toContain(ID_NUMBER.slice(0, 6));
      const logged = api.logs().filter((line) => line.includes('unexpected error')).map((line) => JSON.parse(line) as { row?: string; err: { message: string } });
      expect(logged.at(-1)).toMatchObject({ row: `application ${row!.id}`, err: { message: 'application.id_number: the encrypted value was changed or belongs to another key' } });
    } finally {
      await connection.execute('update application set id_number = ? where id = ?', [row!.id_number, row!.id]);
    }
  });
});
