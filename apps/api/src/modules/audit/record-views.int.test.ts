import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInEveryRole } from '../../../test/fixtures/accounts.js';
import { approveParticipation } from '../../../test/fixtures/applications.js';
import { addMentor } from '../../../test/fixtures/mentors.js';
import { addSubmittedApplication, SCHOOL_APPLICATIONS } from '../../../test/fixtures/school-review.js';
import { startTestApi, type TestApi, type TestBrowser } from '../../../test/test-api.js';

const VIEWS = 'query { myRecordViews { viewerName viewerRole action } }';

describe('Issue 23: a staff read of a list is recorded once per request, for every person it showed', () => {
  let api: TestApi;
  let office: TestBrowser;
  let applicant: TestBrowser & { accountId: string };
  const count = async (sql: string) => Number((await api.orm.em.fork().getConnection().execute<{ n: number }[]>(sql))[0]!.n);

  beforeAll(async () => {
    api = await startTestApi();
    ({ office_staff: office, applicant } = await signInEveryRole(api));
    const em = api.orm.em.fork();
    const school = await approveParticipation(em, '太原市第五中学（演示）');
    const mentorId = (await addMentor(em, { name: '物理导师' })).id;
    const own = await addSubmittedApplication(em, { school, mentorId, sequence: 1, status: 'submitted' });
    await addSubmittedApplication(em, { school, mentorId, sequence: 2, status: 'submitted' });
    // The demo applicant's own account holds the first application, so they can ask who looked.
    await em.getConnection().execute('update application set applicant_id = ? where id = ?', [applicant.accountId, own.id]);
  });
  afterAll(() => api.close());

  it('before anyone looks, the applicant sees nobody', async () => {
    const { data } = await applicant.graphql<{ myRecordViews: unknown[] }>(VIEWS);
    expect(data!.myRecordViews).toEqual([]);
  });

  it("the office's list of applications is one audit row naming both applicants, and the applicant sees who looked", async () => {
    const listed = await office.graphql<{ schoolApplications: { total: number } }>(SCHOOL_APPLICATIONS);
    expect(listed.data!.schoolApplications.total).toBe(2);
    expect(await count("select count(*) as n from audit_entry where action = 'application.list'")).toBe(1);
    expect(await count("select count(*) as n from audit_read_subject s join audit_entry e on e.id = s.entry_id where e.action = 'application.list'")).toBe(2);
    const { data } = await applicant.graphql<{ myRecordViews: { viewerName: string; viewerRole: string; action: string }[] }>(VIEWS);
    expect(data!.myRecordViews).toEqual([{ viewerName: '省管办 王老师（演示）', viewerRole: 'office_staff', action: 'application.list' }]);
  });

  it('the rows of a read cannot be changed or removed afterwards', async () => {
    const connection = api.orm.em.fork().getConnection();
    await expect(connection.execute('delete from audit_read_subject')).rejects.toThrow(/append-only/);
    expect(await count('select count(*) as n from audit_read_subject')).toBe(2);
  });
});
