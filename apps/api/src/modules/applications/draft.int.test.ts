import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInEveryRole } from '../../../test/fixtures/accounts.js';
import { idNumberBornOn, MY_APPLICATION, SAVE_DRAFT, saveDraft, SUBMIT, type ApplicationRow } from '../../../test/fixtures/applications.js';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { School } from '../schools/school.entity.js';

type Browsers = Awaited<ReturnType<typeof signInEveryRole>>;

describe('the applicant’s draft application through GraphQL', () => {
  let api: TestApi;
  let as: Browsers;
  let draft: ApplicationRow;
  beforeAll(async () => {
    api = await startTestApi();
    as = await signInEveryRole(api);
  });
  afterAll(() => api.close());

  const mine = async () => (await as.applicant.graphql<{ myApplication: ApplicationRow | null }>(MY_APPLICATION)).data!.myApplication;

  it('a draft saves partially, as the applicant types, and comes back', async () => {
    expect(await mine()).toBeNull();
    const first = await saveDraft(as.applicant, { name: ' 张同学 ', grade: 10, idNumber: ` ${idNumberBornOn('2009-03-15')} ` });
    expect(first).toMatchObject({ status: 'DRAFT', version: 1, name: '张同学', grade: 10, idNumber: idNumberBornOn('2009-03-15'), schoolId: null, statement: null, mentorChoices: [], applicationNumber: null });
    draft = await saveDraft(as.applicant, { statement: '我想研究冷原子。', className: '高一（2）班' }, first.version);
    expect(draft).toMatchObject({ version: 2, name: '张同学', grade: 10, statement: '我想研究冷原子。', className: '高一（2）班' });
    expect(await mine()).toEqual(draft);
  });

  it('a wrong check digit is BAD_USER_INPUT naming idNumber, and the draft is kept', async () => {
    const valid = idNumberBornOn('2009-03-15');
    const mistyped = valid.slice(0, 17) + (valid.endsWith('1') ? '2' : '1');
    const { errors } = await as.applicant.graphql(SAVE_DRAFT, { input: { idNumber: mistyped }, version: draft.version });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idNumber', reason: 'CHECK_DIGIT' });
    expect(await mine()).toEqual(draft);
  });

  it.each(['1800-01-01', '9999-12-31'])('issue 10: a date of birth of %s is BAD_USER_INPUT naming dateOfBirth, and the draft is kept', async (dateOfBirth) => {
    const { errors } = await as.applicant.graphql(SAVE_DRAFT, { input: { dateOfBirth }, version: draft.version });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dateOfBirth', reason: 'IMPLAUSIBLE_DATE' });
    expect(await mine()).toEqual(draft);
  });

  it('a statement of interest takes at most 1000 characters', async () => {
    const { errors } = await as.applicant.graphql(SAVE_DRAFT, { input: { statement: '研'.repeat(1001) }, version: draft.version });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'statement', reason: 'TOO_LONG' });
  });

  it('a draft is never refused for a rule: grade 9, a school not taking part and three mentors are kept until submission', async () => {
    const school = await api.orm.em.fork().findOneOrFail(School, { name: '山西省实验中学（演示）' });
    const choices = ['m1', 'm2', 'm3'].map((mentorId, index) => ({ mentorId, rank: index + 1 }));
    draft = await saveDraft(as.applicant, { grade: 9, schoolId: school.id, mentorChoices: choices }, draft.version);
    expect(draft).toMatchObject({ grade: 9, schoolId: school.id, mentorChoices: choices });
  });

  it('two saves with the same version: the second is CONFLICT and changes nothing', async () => {
    const saved = await saveDraft(as.applicant, { name: '张小明' }, draft.version);
    const { errors } = await as.applicant.graphql(SAVE_DRAFT, { input: { name: '张大明' }, version: draft.version });
    expect(errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await mine())?.name).toBe('张小明');
    draft = saved;
  });

  it('a submission of an incomplete draft is BAD_USER_INPUT naming every missing field', async () => {
    const { errors } = await as.applicant.graphql(SUBMIT, { version: draft.version });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INCOMPLETE', fields: ['gender', 'dateOfBirth', 'phone', 'disciplineCode', 'gradeSize'] });
  });

  it('only the applicant, on their own application: staff are FORBIDDEN, nobody signed in UNAUTHENTICATED', async () => {
    expect((await as.office_staff.graphql(SAVE_DRAFT, { input: { name: '代填' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await as.office_staff.graphql(MY_APPLICATION)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.browser().graphql(MY_APPLICATION)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
