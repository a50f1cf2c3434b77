import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestCode, signInEveryRole } from '../../../test/fixtures/accounts.js';
import { approveParticipation, completeDraft, idNumberBornOn, saveDraft, SUBMIT } from '../../../test/fixtures/applications.js';
import { addMentor } from '../../../test/fixtures/mentors.js';
import { startTestApi, type TestApi, type TestBrowser } from '../../../test/test-api.js';
import { GuardianConsent } from './guardian-consent.entity.js';

const MINOR_BORN = '2010-05-01';
const GUARDIAN = '13900000077';
const SEND = 'mutation ($phone: String!) { sendGuardianCode(guardianPhone: $phone) { sentTo } }';
const RECORD = `mutation ($code: String!, $phone: String!) { recordGuardianConsent(input: {
  dateOfBirth: "${MINOR_BORN}", guardianName: "李母", guardianPhone: $phone, consentVersion: "2026-2", guardianCode: $code }) { guardianConsent { withdrawnAt } } }`;
const WITHDRAW = 'mutation { withdrawGuardianConsent { guardianConsent { consentedAt withdrawnAt } } }';

describe("Issue 23 R-CONSENT-1: the guardian confirms the consent with a code sent to the guardian's own phone, and can withdraw it", () => {
  let api: TestApi;
  let applicant: TestBrowser;
  let version: number;

  beforeAll(async () => {
    api = await startTestApi();
    ({ applicant } = await signInEveryRole(api));
    const em = api.orm.em.fork();
    const school = await approveParticipation(em, '太原市第五中学（演示）');
    const mentor = await addMentor(em, { name: '物理导师' });
    version = (await saveDraft(applicant, completeDraft(school.id, mentor.id, { idNumber: idNumberBornOn(MINOR_BORN), dateOfBirth: MINOR_BORN }))).version;
  });
  afterAll(() => api.close());

  it("refuses a code to the applicant's own phone: the guardian must confirm on theirs", async () => {
    const own = await applicant.graphql(SEND, { phone: '13800000001' });
    expect(own.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GUARDIAN_PHONE_IS_OWN', field: 'guardianPhone' });
    // Issue 11: a landline or a code of the wrong shape is refused by the request schema the site shares.
    const landline = await applicant.graphql(RECORD, { phone: '0351-7010000', code: '12345' });
    expect(landline.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'guardianPhone', reason: 'BAD_PHONE' });
    expect(landline.errors?.[0]?.extensions?.inputErrors).toContainEqual({ field: 'guardianCode', reason: 'CODE_FORMAT' });
  });

  it('a wrong code records nothing; the code the guardian received records the consent', async () => {
    expect((await applicant.graphql(SEND, { phone: GUARDIAN })).data).toEqual({ sendGuardianCode: { sentTo: '139****0077' } });
    const wrong = await applicant.graphql(RECORD, { code: '000000', phone: GUARDIAN });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CODE_INVALID' });
    expect(await api.orm.em.fork().count(GuardianConsent, {})).toBe(0);
    const recorded = await applicant.graphql(RECORD, { code: await latestCode(api, GUARDIAN), phone: GUARDIAN });
    expect(recorded.errors).toBeUndefined();
    expect(await api.orm.em.fork().count(GuardianConsent, {})).toBe(1);
  });

  it('a withdrawn consent stops the submission it covered, naming R-CONSENT-1; nothing of the draft is lost', async () => {
    const withdrawn = await applicant.graphql<{ withdrawGuardianConsent: { guardianConsent: { withdrawnAt: string | null } } }>(WITHDRAW);
    expect(withdrawn.data!.withdrawGuardianConsent.guardianConsent.withdrawnAt).toBe(api.now().toISOString());
    const submitted = await applicant.graphql(SUBMIT, { version });
    expect(submitted.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-CONSENT-1'] });
    expect((await applicant.graphql(WITHDRAW)).errors?.[0]?.extensions).toMatchObject({ reason: 'NO_CONSENT' });
  });
});
