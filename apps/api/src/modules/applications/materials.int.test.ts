import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInEveryRole } from '../../../test/fixtures/accounts.js';
import { approveParticipation, completeDraft, idNumberBornOn, MY_APPLICATION, registerApplicant, saveDraft, SUBMIT, type ApplicationRow } from '../../../test/fixtures/applications.js';
import { download, PDF, PNG, postFile, ZIP } from '../../../test/fixtures/files.js';
import { addMentor } from '../../../test/fixtures/mentors.js';
import { SCHOOL_APPLICATIONS } from '../../../test/fixtures/school-review.js';
import { startTestApi, type TestApi, type TestBrowser } from '../../../test/test-api.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { ApplicationMaterial } from './application-material.entity.js';
import { sealStoredMaterials, unsealStoredMaterials } from './material-sealing.js';

type Browsers = Awaited<ReturnType<typeof signInEveryRole>>;
interface Material { id: string; fileName: string; mediaType: string; size: number; uploadedAt: string }
const MATERIALS = /* GraphQL */ `query { myApplication(year: 2026) { id status version materials { id fileName mediaType size uploadedAt } } }`;
const MB = 1024 * 1024;

describe('R-APP-3 supporting materials (REST uploads, read back through an access check)', () => {
  let api: TestApi;
  let as: Browsers;
  let other: TestBrowser;
  let mentorId: string;
  const materialDir = mkdtempSync(join(tmpdir(), 'yingcai-materials-'));

  const upload = (browser: TestBrowser | null, bytes: Buffer, name: string) =>
    postFile(api, browser, '/api/applications/mine/materials?year=2026', 'file', { bytes, name });
  const remove = async (browser: TestBrowser, id: string) =>
    (await fetch(`${api.url}/api/applications/mine/materials/${id}`, { method: 'DELETE', headers: { 'x-requested-with': 'test', cookie: browser.cookie ?? '' } })).status;
  const materialsOf = async (browser: TestBrowser) =>
    (await browser.graphql<{ myApplication: ApplicationRow & { materials: Material[] } }>(MATERIALS)).data!.myApplication;
  const filesOnDisk = () => readdirSync(materialDir).length;

  beforeAll(async () => {
    api = await startTestApi({ env: { MATERIAL_DIR: materialDir } });
    as = await signInEveryRole(api);
    const em = api.orm.em.fork();
    const school = await approveParticipation(em, '太原市第五中学（演示）');
    const otherSchool = await approveParticipation(em, '山西省实验中学（演示）');
    mentorId = (await addMentor(em, { name: '物理导师' })).id;
    await saveDraft(as.applicant, completeDraft(school.id, mentorId));
    other = await registerApplicant(api, 'other@example.com');
    await saveDraft(other, completeDraft(otherSchool.id, mentorId, { idNumber: idNumberBornOn('2007-09-01', '246') }));
  });
  afterAll(async () => {
    await api.close();
    rmSync(materialDir, { recursive: true, force: true });
  });

  it('R-APP-3 a PDF uploads, is listed on myApplication and comes back byte for byte under its Chinese name', async () => {
    const { status, body } = await upload(as.applicant, PDF, '成绩单.pdf');
    expect(status).toBe(201);
    expect(body).toMatchObject({ fileName: '成绩单.pdf', mediaType: 'application/pdf', size: PDF.length });
    expect((await materialsOf(as.applicant)).materials).toEqual([{ ...body, uploadedAt: api.now().toISOString() }]);
    const file = await download(api, as.applicant, `/api/application-materials/${String(body.id)}`);
    expect(file).toMatchObject({ status: 200, type: 'application/pdf', body: PDF });
    expect(file.disposition).toBe(`attachment; filename="material-${String(body.id)}.pdf"; filename*=UTF-8''%E6%88%90%E7%BB%A9%E5%8D%95.pdf`);
    expect(filesOnDisk()).toBe(1);
    const em = api.orm.em.fork();
    expect(await em.count(AuditEntry, { action: 'application.upload_material', subjectId: String(body.id) })).toBe(1);
  });

  it('R-APP-3 an upload and a deletion leave the draft’s version as it was, so the form’s next save or 提交报名 is no CONFLICT', async () => {
    const before = (await materialsOf(as.applicant)).version;
    const { body } = await upload(as.applicant, PDF, '获奖证书.pdf');
    expect((await materialsOf(as.applicant)).version).toBe(before);
    expect(await remove(as.applicant, String(body.id))).toBe(204);
    expect((await materialsOf(as.applicant)).version).toBe(before);
  });

  it.each([
    ['a PNG renamed .pdf is refused naming it a PNG', PNG, '奖状.pdf', { problem: 'EXTENSION', detectedType: 'image/png' }],
    ['a zip renamed .pdf is refused naming it a zip', ZIP, '论文.pdf', { problem: 'TYPE', detectedType: 'application/zip' }],
    ['a text file is refused', Buffer.from('just some notes'), 'notes.pdf', { problem: 'TYPE', detectedType: '' }],
    ['a file over 10 MB is refused', Buffer.concat([PDF, Buffer.alloc(10 * MB)]), 'big.pdf', { problem: 'TOO_LARGE' }],
  ])('R-APP-3 %s, and nothing is saved', async (_, bytes, name, violation) => {
    const { status, body } = await upload(as.applicant, bytes, name);
    expect(status).toBe(422);
    expect(body.error).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-APP-3'], violations: [{ rule: 'R-APP-3', ...violation }] });
    expect((await materialsOf(as.applicant)).materials).toHaveLength(1);
    expect(filesOnDisk()).toBe(1);
  });

  it('R-APP-3 exactly 10 MB is accepted; the sixth material is refused; after a deletion there is room again', async () => {
    expect((await upload(as.applicant, Buffer.concat([PDF, Buffer.alloc(10 * MB - PDF.length)]), 'limit.pdf')).status).toBe(201);
    for (const name of ['a.png', 'b.png', 'c.png']) expect((await upload(as.applicant, PNG, name)).status).toBe(201);
    const sixth = await upload(as.applicant, PNG, 'f.png');
    expect(sixth).toMatchObject({ status: 422, body: { error: { code: 'RULE_VIOLATION', rules: ['R-APP-3'], violations: [{ problem: 'TOO_MANY' }] } } });
    expect(filesOnDisk()).toBe(5);
    const { materials } = await materialsOf(as.applicant);
    expect(materials.map((m) => m.fileName)).toEqual(['成绩单.pdf', 'limit.pdf', 'a.png', 'b.png', 'c.png']);
    expect(await remove(as.applicant, materials[1]!.id)).toBe(204);
    expect(filesOnDisk()).toBe(4);
    expect(await api.orm.em.fork().count(AuditEntry, { action: 'application.delete_material', subjectId: materials[1]!.id })).toBe(1);
    expect((await download(api, as.applicant, `/api/application-materials/${materials[1]!.id}`)).status).toBe(404);
    expect((await upload(as.applicant, PNG, 'f.png')).status).toBe(201);
    expect((await materialsOf(as.applicant)).materials.map((m) => m.fileName)).toEqual(['成绩单.pdf', 'a.png', 'b.png', 'c.png', 'f.png']);
  });

  it('R-APP-3 two uploads at once for the last place: one is kept, the other refused, never a sixth', async () => {
    const racer = await registerApplicant(api, 'racer@example.com');
    await saveDraft(racer, {});
    for (const name of ['1.png', '2.png', '3.png', '4.png']) expect((await upload(racer, PNG, name)).status).toBe(201);
    const both = await Promise.all([upload(racer, PNG, '5.png'), upload(racer, PNG, '6.png')]);
    expect(both.map((answer) => answer.status).sort()).toEqual([201, expect.toSatisfy((status: number) => status === 409 || status === 422)]);
    expect((await materialsOf(racer)).materials).toHaveLength(5);
  });

  it('only the applicant uploads to their own draft; another applicant can neither read nor delete it', async () => {
    const mine = (await materialsOf(as.applicant)).materials[0]!;
    expect((await upload(null, PDF, 'x.pdf')).status).toBe(401);
    expect((await upload(as.office_staff, PDF, 'x.pdf')).body.error?.code).toBe('FORBIDDEN');
    const noHeader = await fetch(`${api.url}/api/applications/mine/materials?year=2026`, { method: 'POST', headers: { cookie: other.cookie! } });
    expect(noHeader.status).toBe(400);
    expect((await download(api, other, `/api/application-materials/${mine.id}`)).status).toBe(404);
    expect(await remove(other, mine.id)).toBe(404);
    expect((await download(api, null, `/api/application-materials/${mine.id}`)).status).toBe(401);
    expect((await download(api, as.applicant, '/api/application-materials/999999')).status).toBe(404);
  });

  it('staff see nothing of a draft: the office is told the material does not exist', async () => {
    const mine = (await materialsOf(as.applicant)).materials[0]!;
    expect((await download(api, as.office_staff, `/api/application-materials/${mine.id}`)).status).toBe(404);
  });

  it('once submitted, the office and the school’s own coordinator read the material (audited); another school’s coordinator cannot', async () => {
    const draft = await materialsOf(as.applicant);
    const { errors } = await as.applicant.graphql(SUBMIT, { version: draft.version });
    expect(errors).toBeUndefined();
    const mine = draft.materials[0]!;
    expect((await download(api, as.office_staff, `/api/application-materials/${mine.id}`))).toMatchObject({ status: 200, body: PDF });
    expect((await download(api, as.school_coordinator, `/api/application-materials/${mine.id}`)).status).toBe(200);
    const em = api.orm.em.fork();
    expect(await em.count(AuditEntry, { action: 'application.read_material', subjectId: mine.id })).toBe(2);
    // the demo coordinator's school is 太原五中; the other applicant is at 山西省实验中学
    const theirs = await upload(other, PDF, '证书.pdf');
    expect((await other.graphql(SUBMIT, { version: (await materialsOf(other)).version })).errors).toBeUndefined();
    expect((await download(api, as.school_coordinator, `/api/application-materials/${String(theirs.body.id)}`)).status).toBe(404);
    expect((await download(api, as.mentor, `/api/application-materials/${mine.id}`)).status).toBe(404);
    const list = await as.school_coordinator.graphql<{ schoolApplications: { rows: { materials: Material[] }[] } }>(
      SCHOOL_APPLICATIONS.replace('schoolNote', 'schoolNote materials { id fileName }'),
    );
    expect(list.data?.schoolApplications.rows[0]?.materials).toEqual(draft.materials.map(({ id, fileName }) => ({ id, fileName })));
  });

  it('R-APP-4 after submission the applicant can no longer upload or delete materials', async () => {
    const { materials } = await materialsOf(as.applicant);
    expect((await upload(as.applicant, PDF, 'late.pdf')).body.error).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-APP-4'] });
    expect(await remove(as.applicant, materials[0]!.id)).toBe(422);
    expect((await materialsOf(as.applicant)).materials).toEqual(materials);
    expect(filesOnDisk()).toBe(11);
  });

  it('an applicant without a draft is told to save one first; an empty draft (what /apply saves first) takes materials', async () => {
    const fresh = await registerApplicant(api, 'fresh@example.com');
    expect((await upload(fresh, PDF, 'a.pdf')).body.error).toMatchObject({ code: 'NOT_FOUND', reason: 'NO_DRAFT' });
    expect((await fresh.graphql(MY_APPLICATION)).data).toEqual({ myApplication: null });
    await saveDraft(fresh, {});
    expect((await upload(fresh, PDF, 'a.pdf')).status).toBe(201);
  });

  describe('issue 22: materials are stored encrypted, each under a key of its own', () => {
    let owner: TestBrowser;
    let id: string;
    let path: string;
    const read = () => download(api, owner, `/api/application-materials/${id}`);
    const setStored = (bytes: Buffer) => writeFileSync(path, bytes);
    beforeAll(async () => {
      owner = await registerApplicant(api, 'sealed@example.com');
      await saveDraft(owner, {});
      id = String((await upload(owner, PDF, '证明.pdf')).body.id);
      path = join(materialDir, (await api.orm.em.fork().findOneOrFail(ApplicationMaterial, { id: Number(id) })).storageKey);
    });

    it('the folder holds none of the file, each file has its own key, and the applicant gets it back byte for byte', async () => {
      const stored = readFileSync(path);
      expect(stored.includes(Buffer.from('%PDF'))).toBe(false);
      expect(stored.includes(Buffer.from('trailer'))).toBe(false);
      const rows = (await api.orm.em.fork().getConnection().execute('select data_key from application_material')) as { data_key: string }[];
      expect(new Set(rows.map((r) => r.data_key)).size).toBe(rows.length);
      expect(rows.every((r) => r.data_key.startsWith('v1.'))).toBe(true);
      expect(await read()).toMatchObject({ status: 200, body: PDF });
    });

    it('a changed byte on disk is an error, never changed content', async () => {
      const stored = readFileSync(path);
      const tampered = Buffer.from(stored);
      tampered[20] = tampered[20]! ^ 1;
      setStored(tampered);
      const answer = await read();
      expect(answer.status).toBe(500);
      expect(answer.body.includes(Buffer.from('%PDF'))).toBe(false);
      setStored(stored);
    });

    it('unsealed (the way back) and sealed again at start, a stopped run finishing: the file reads the same throughout', async () => {
      const em = api.orm.em.fork();
      expect(await unsealStoredMaterials(em, materialDir)).toBeGreaterThan(0);
      expect(readFileSync(path)).toEqual(PDF);
      expect(await read()).toMatchObject({ status: 200, body: PDF });
      // A run that stopped after writing the sealed file beside the old one, before its row took the key.
      writeFileSync(`${path}.sealed`, Buffer.from('half written'));
      const sealed = await sealStoredMaterials(em, materialDir);
      expect(sealed).toBeGreaterThan(0);
      expect(readdirSync(materialDir).filter((name) => name.includes('.'))).toEqual([]);
      expect(readFileSync(path).includes(Buffer.from('%PDF'))).toBe(false);
      expect(await read()).toMatchObject({ status: 200, body: PDF });
      expect(await sealStoredMaterials(em, materialDir)).toBe(0);
    });
  });
});
