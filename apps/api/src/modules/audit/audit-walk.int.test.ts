import type { GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestCode, latestLinkToken, LOGIN, signIn, signInEveryRole } from '../../../test/fixtures/accounts.js';
import { approveParticipation, completeDraft, MY_APPLICATION, SUBMIT } from '../../../test/fixtures/applications.js';
import {
  addSubmittedApplication, RECOMMEND_APPLICATION, REVIEW_APPLICATION, REVIEW_APPLICATIONS, REVIEW_QUEUE, SCHOOL_APPLICATIONS, type StaffRow,
} from '../../../test/fixtures/school-review.js';
import { addInterviewees, setAdmissionSettings } from '../../../test/fixtures/admission.js';
import { addAssessedApplications } from '../../../test/fixtures/selection.js';
import { addAdmissionResults, ADMIT_FROM_WAITLIST, CONFIRM_ADMISSION, DECLINE_ADMISSION, LAPSE_UNCONFIRMED, MY_REPLY, signInApplicant } from '../../../test/fixtures/confirmation.js';
import { addMentor, candidate, CONFIRM, DECIDE, RECOMMEND, universityId, type AppointmentRow } from '../../../test/fixtures/mentors.js';
import {
  addInvitedApplications, ASSIGN, AUTO_ASSIGN, CREATE_SLOT, DECLARE_CONFLICT, INTERVIEW_SLOTS, INTERVIEWEES, morningSlot, MY_INTERVIEWS, RECORD, SET_PANEL, sheet,
  SUBMIT_SHEET, UNASSIGN, type SlotRow,
} from '../../../test/fixtures/interviews.js';
import { startTestApi, type TestApi, type TestBrowser } from '../../../test/test-api.js';
import { createSchema } from '../../graphql/schema.js';
import { DEMO_PASSWORD } from '../../orm/seeders/demo-data.js';
import { insertCycle } from '../../orm/seeders/cycle-seed.js';
import { shanxi2026 } from '../../orm/seeders/shanxi-2026.js';
import { Cycle } from '../cycles/cycle.entity.js';
import { University } from '../cycles/university.entity.js';
import { MentorAppointment } from '../mentors/mentor-appointment.entity.js';
import { Mentor } from '../mentors/mentor.entity.js';
import { School } from '../schools/school.entity.js';
import { AuditEntry } from './audit-entry.entity.js';

type Browsers = Awaited<ReturnType<typeof signInEveryRole>>;

/** The walk's one interview slot (R-SEL-5), as the office reads it now. */
async function walkSlot(as: Pick<Browsers, 'office_staff'>): Promise<SlotRow> {
  return (await as.office_staff.graphql<{ interviewSlots: { rows: SlotRow[] } }>(INTERVIEW_SLOTS, { disciplineCode: 'physics' })).data!.interviewSlots.rows[0]!;
}

/** An invited physics applicant of the demo school, numbered apart from the rest of the walk. */
async function invitedApplicant(api: TestApi, sequence: number): Promise<string> {
  const em = api.orm.em.fork();
  const school = await em.findOneOrFail(School, { name: '太原市第五中学（演示）' });
  const [application] = await addInvitedApplications(em, { school, mentorId: (await addMentor(em, { name: `面试导师${sequence}` })).id, sequences: [sequence] });
  return String(application!.id);
}

/** The demo mentor's interview of an application number, as their scoring list shows it. */
async function walkInterview(browser: TestBrowser, number: string): Promise<string> {
  const rows = (await browser.graphql<{ myInterviews: { rows: { assignmentId: string; applicationNumber: string }[] } }>(MY_INTERVIEWS)).data!.myInterviews.rows;
  return rows.find((row) => row.applicationNumber === number)!.assignmentId;
}

const WALK_NOW = new Date('2025-08-15T10:00:00+08:00');

/** An admitted physics applicant of the walk (R-SEL-5), numbered apart, replying to their place. */
async function replyAsAdmitted(api: TestApi, sequence: number, mutation: string) {
  const em = api.orm.em.fork();
  const school = await em.findOneOrFail(School, { name: '太原市第五中学（演示）' });
  const mentorId = (await addMentor(em, { name: `录取导师${sequence}` })).id;
  const { admitted } = await addAdmissionResults(em, { school, mentorId, disciplineCode: 'physics', from: sequence, admitted: 1, waitlisted: 0, notAdmitted: 0 });
  const applicant = await signInApplicant(api, admitted[0]!);
  const own = await applicant.graphql<{ myApplication: { version: number } }>(MY_REPLY);
  return applicant.graphql(mutation, { version: own.data!.myApplication.version });
}

/** A cycle's id, as the console reads it from the list of cycles. */
async function cycleIdOf(as: Browsers, year: number): Promise<string> {
  const { data } = await as.office_staff.graphql<{ cycles: { id: string; year: number }[] }>('{ cycles { id year } }');
  return data!.cycles.find((c) => c.year === year)!.id;
}

/** The mentor walked through recommendation, confirmation and approval. */
const walk: { appointment?: AppointmentRow; candidate?: TestBrowser } = {};

/** Mentor recommendation opens in October; the walk's clock is in the school participation window. */
async function inRecommendationWindow<T>(api: TestApi, run: () => Promise<T>): Promise<T> {
  api.setNow(new Date('2025-10-15T10:00:00+08:00'));
  try {
    return await run();
  } finally {
    api.setNow(WALK_NOW);
  }
}

/** Students register in November; a fresh login, as the walk's sessions are idle by then. */
async function inRegistrationWindow<T>(api: TestApi, run: () => Promise<T>): Promise<T> {
  api.setNow(new Date('2025-11-15T10:00:00+08:00'));
  try {
    return await run();
  } finally {
    api.setNow(WALK_NOW);
  }
}

type Staff = { office_staff: TestBrowser & { accountId: string }; mentor: TestBrowser & { accountId: string } };
const staffAt = new Map<string, Promise<Staff>>();

/**
 * Issue 11: the office's selection steps keep to their windows — the review to registration's
 * (November), cut-offs, interviews and admission to December's. A fresh login per instant, reused:
 * the walk's own sessions are idle by then, and logins are limited.
 */
async function inWindow<T>(api: TestApi, iso: string, run: (staff: Staff) => Promise<T>): Promise<T> {
  api.setNow(new Date(iso));
  try {
    if (!staffAt.has(iso)) staffAt.set(iso, (async () => ({ office_staff: await signIn(api, 'office@yingcai.test'), mentor: await signIn(api, 'mentor@yingcai.test') }))());
    return await run(await staffAt.get(iso)!);
  } finally {
    api.setNow(WALK_NOW);
  }
}
const REVIEW = '2025-11-20T10:00:00+08:00';
// Inside the cut-off and interview windows, after the walk's slot (09:00–12:00 on 20 December) has begun.
const SELECTION = '2025-12-20T10:00:00+08:00';

/**
 * Every mutation of the schema, classified: either it reads or changes a person's data and must leave
 * the named audit row, or it does not, and says why. A new mutation fails this test until classified.
 */
const MUTATIONS: Record<string, { audit: string; run: (api: TestApi, as: Browsers) => Promise<unknown> } | { notPersonalData: string }> = {
  register: { audit: 'account.register', run: (api) => api.browser().graphql('mutation { register(input: { contact: "zhou.student@example.com", password: "walking passphrase", displayName: "周同学", privacyNoticeVersion: "2026-1" }) { sentTo } }') },
  verifyContact: {
    audit: 'account.verify_contact',
    run: async (api) => api.browser().graphql('mutation ($code: String!) { verifyContact(input: { contact: "zhou.student@example.com", code: $code }) { id } }', { code: await latestCode(api, 'zhou.student@example.com') }),
  },
  resetPassword: {
    audit: 'account.password_change',
    run: async (api) => {
      await api.browser().graphql('mutation { requestPasswordReset(contact: "zhou.student@example.com") }');
      const code = await latestCode(api, 'zhou.student@example.com');
      return api.browser().graphql('mutation ($code: String!) { resetPassword(input: { contact: "zhou.student@example.com", code: $code, password: "walking passphrase 2" }) }', { code });
    },
  },
  changePassword: {
    audit: 'account.password_change',
    run: async (api) => {
      const walker = api.browser();
      await walker.graphql(LOGIN, { login: 'zhou.student@example.com', password: 'walking passphrase 2' });
      return walker.graphql('mutation { changePassword(input: { currentPassword: "walking passphrase 2", newPassword: "walking passphrase 3" }) }');
    },
  },
  recordGuardianConsent: {
    audit: 'person.record_guardian_consent',
    run: async (api, as) => {
      await as.applicant.graphql('mutation { sendGuardianCode(guardianPhone: "13900000002") { sentTo } }');
      const code = await latestCode(api, '13900000002');
      return as.applicant.graphql('mutation ($code: String!) { recordGuardianConsent(input: { dateOfBirth: "2010-05-01", guardianName: "张父", guardianPhone: "13900000002", consentVersion: "2026-2", guardianCode: $code }) { id } }', { code });
    },
  },
  withdrawGuardianConsent: { audit: 'person.withdraw_guardian_consent', run: (_api, as) => as.applicant.graphql('mutation { withdrawGuardianConsent { id } }') },
  inviteStaff: { audit: 'account.invite', run: (_api, as) => as.admin.graphql('mutation { inviteStaff(input: { email: "walk-staff@yingcai.test", displayName: "吴老师", roles: [{ role: ANALYST }] }) { email } }') },
  acceptInvitation: {
    audit: 'account.accept_invitation',
    run: async (api) => {
      const token = await latestLinkToken(api, 'walk-staff@yingcai.test');
      return api.browser().graphql(`mutation { acceptInvitation(input: { token: "${token}", password: "staff walking passphrase" }) { id } }`);
    },
  },
  setAccountRoles: { audit: 'account.set_roles', run: (_api, as) => as.admin.graphql('mutation ($id: ID!) { setAccountRoles(accountId: $id, roles: [{ role: ANALYST }]) { id } }', { id: as.analyst.accountId }) },
  setAccountDisabled: { audit: 'account.disable', run: (_api, as) => as.admin.graphql('mutation ($id: ID!) { setAccountDisabled(accountId: $id, disabled: true, reason: "测试") { id } }', { id: as.analyst.accountId }) },
  revealAccountContact: { audit: 'account.reveal_contact', run: (_api, as) => as.admin.graphql('mutation ($id: ID!) { revealAccountContact(accountId: $id, reason: "核对") { email } }', { id: as.mentor.accountId }) },
  submitParticipation: {
    audit: 'participation.submit',
    run: async (api, as) => {
      const school = await api.orm.em.fork().findOneOrFail(School, { name: '太原市第五中学（演示）' });
      const person = (name: string, phone: string) => ({ name, phone, title: '副校长' });
      const team = { leader: person('刘校长', '13500000001'), contact: person('赵老师', '13500000002'), teachers: [{ disciplineCode: 'physics', person: person('钱老师', '13500000003') }] };
      return as.school_coordinator.graphql('mutation ($id: ID!, $team: GuidanceTeamInput!) { submitParticipation(year: 2026, schoolId: $id, team: $team) { id } }', { id: school.id, team });
    },
  },
  decideParticipation: {
    audit: 'participation.approve',
    run: async (_api, as) => {
      const list = await as.office_staff.graphql<{ participations: { rows: { id: number; version: number }[] } }>('{ participations(year: 2026) { rows { id version } } }');
      const row = list.data!.participations.rows[0]!;
      return as.office_staff.graphql('mutation ($id: Int!, $v: Int!) { decideParticipation(id: $id, approve: true, version: $v) { status } }', { id: row.id, v: row.version });
    },
  },
  recommendMentor: {
    audit: 'mentor.recommend',
    run: (api) => inRecommendationWindow(api, async () => {
      const university = api.browser();
      await university.graphql(LOGIN, { login: 'university@yingcai.test', password: DEMO_PASSWORD });
      const result = await university.graphql<{ recommendMentor: AppointmentRow }>(RECOMMEND, { input: candidate(await universityId(api), '魏导师', 'walk.mentor@sxu.test') });
      walk.appointment = result.data?.recommendMentor;
      walk.candidate = api.browser();
      await walk.candidate.graphql(`mutation { acceptInvitation(input: { token: "${await latestLinkToken(api, 'walk.mentor@sxu.test')}", password: "mentor walking passphrase" }) { id } }`);
      return result;
    }),
  },
  updateMentorData: {
    audit: 'mentor.update',
    run: async () => {
      const { id, version } = walk.appointment!;
      const data = { title: '研究员', honours: ['academician'], researchFields: ['凝聚态物理'], profile: '简介', capacity: 2, team: [] };
      const result = await walk.candidate!.graphql<{ updateMentorData: AppointmentRow }>('mutation ($id: Int!, $v: Int!, $data: MentorDataInput!) { updateMentorData(id: $id, version: $v, data: $data) { id version status letterNumber } }', { id, v: version, data });
      walk.appointment = result.data?.updateMentorData;
      return result;
    },
  },
  confirmMentor: {
    audit: 'mentor.confirm',
    run: async () => {
      const result = await walk.candidate!.graphql<{ confirmMentor: AppointmentRow }>(CONFIRM, { id: walk.appointment!.id, version: walk.appointment!.version });
      walk.appointment = result.data?.confirmMentor;
      return result;
    },
  },
  decideMentor: {
    audit: 'mentor.university_approve',
    run: (_api, as) => as.university_coordinator.graphql(DECIDE, { id: walk.appointment!.id, version: walk.appointment!.version, approve: true }),
  },
  carryOverMentors: {
    audit: 'mentor.carry_over',
    run: async (api, as) => {
      const em = api.orm.em.fork();
      await insertCycle(em, { ...shanxi2026, year: 2027, name: '2027年山西省中学生英才计划' });
      const mentor = em.create(Mentor, { name: '池导师', university: await em.findOneOrFail(University, { name: '山西大学' }), disciplineCode: 'biology' });
      em.create(MentorAppointment, { cycle: await em.findOneOrFail(Cycle, { year: 2026 }), mentor, status: 'approved', capacity: 2, recommendedAt: new Date('2025-10-10') });
      await em.flush();
      return as.office_staff.graphql('mutation ($ids: [ID!]!) { carryOverMentors(year: 2027, mentorIds: $ids) { id } }', { ids: [mentor.id] });
    },
  },
  createSchool: {
    audit: 'school.create',
    run: (_api, as) => as.office_staff.graphql('mutation { createSchool(input: { name: "太原市第十二中学", districtCode: "140105", schoolType: SENIOR_HIGH, ownership: PUBLIC }) { id } }'),
  },
  updateSchool: {
    audit: 'school.update',
    run: async (api, as) => {
      const school = await api.orm.em.fork().findOneOrFail(School, { name: '太原市第十二中学' });
      return as.office_staff.graphql('mutation ($id: ID!) { updateSchool(id: $id, input: { name: "太原市第十二中学", districtCode: "140105", schoolType: COMPLETE, ownership: PUBLIC }) { id } }', { id: school.id });
    },
  },
  saveApplicationDraft: {
    audit: 'application.save_draft',
    run: async (api, as) => {
      const em = api.orm.em.fork();
      const school = await approveParticipation(em, '山西省实验中学（演示）');
      const mentor = await addMentor(em, { name: '陶导师' });
      return as.applicant.graphql('mutation ($input: ApplicationDraftInput!) { saveApplicationDraft(year: 2026, input: $input) { id } }', { input: completeDraft(school.id, mentor.id) });
    },
  },
  submitApplication: {
    audit: 'application.submit',
    run: (api) => inRegistrationWindow(api, async () => {
      const applicant = api.browser();
      await applicant.graphql(LOGIN, { login: '13800000001', password: DEMO_PASSWORD });
      const own = await applicant.graphql<{ myApplication: { version: number } }>(MY_APPLICATION);
      return applicant.graphql(SUBMIT, { version: own.data!.myApplication.version });
    }),
  },
  recommendApplication: {
    audit: 'application.school_recommend',
    run: (api) => inRegistrationWindow(api, async () => {
      const em = api.orm.em.fork();
      const school = await em.findOneOrFail(School, { name: '太原市第五中学（演示）' });
      await addSubmittedApplication(em, { school, mentorId: (await addMentor(em, { name: '范导师' })).id, sequence: 900, status: 'submitted' });
      const coordinator = api.browser();
      await coordinator.graphql(LOGIN, { login: 'school@yingcai.test', password: DEMO_PASSWORD });
      const list = await coordinator.graphql<{ schoolApplications: { rows: StaffRow[] } }>(SCHOOL_APPLICATIONS, { filter: { status: 'SUBMITTED' } });
      const row = list.data!.schoolApplications.rows[0]!;
      return coordinator.graphql(RECOMMEND_APPLICATION, { id: row.id, version: row.version, recommend: true });
    }),
  },
  reviewApplication: {
    audit: 'application.mark_conformant',
    run: (api) => inWindow(api, REVIEW, async (as) => {
      const queue = await as.office_staff.graphql<{ reviewQueue: { rows: StaffRow[] } }>(REVIEW_QUEUE);
      const row = queue.data!.reviewQueue.rows[0]!;
      return as.office_staff.graphql(REVIEW_APPLICATION, { id: row.id, version: row.version, conformant: true });
    }),
  },
  reviewApplications: {
    audit: 'application.mark_conformant',
    run: (api) => inWindow(api, REVIEW, async (as) => {
      const em = api.orm.em.fork();
      const school = await em.findOneOrFail(School, { name: '太原市第五中学（演示）' });
      const application = await addSubmittedApplication(em, { school, mentorId: (await addMentor(em, { name: '秦导师' })).id, sequence: 901 });
      return as.office_staff.graphql(REVIEW_APPLICATIONS, { items: [{ id: String(application.id), version: application.version }] });
    }),
  },
  publishInvitations: {
    // One row per publication; each invited application has its own application.invite row too.
    audit: 'selection.publish_invitations',
    run: (api) => inWindow(api, SELECTION, async (as) => {
      const em = api.orm.em.fork();
      const school = await em.findOneOrFail(School, { name: '太原市第五中学（演示）' });
      await addAssessedApplications(em, { school, mentorId: (await addMentor(em, { name: '邹导师', disciplineCode: 'biology' })).id, disciplineCode: 'biology', from: 970, scores: [90, 80, 70] });
      const set = await as.office_staff.graphql<{ setCutOff: { disciplines: { disciplineCode: string; version: number }[] } }>(
        'mutation { setCutOff(year: 2026, input: { disciplineCode: "biology", plannedAdmissions: 1, cutOff: 70 }) { disciplines { disciplineCode version } } }',
      );
      const version = set.data!.setCutOff.disciplines.find((d) => d.disciplineCode === 'biology')!.version;
      return as.office_staff.graphql('mutation ($version: Int!) { publishInvitations(year: 2026, disciplineCode: "biology", version: $version) { year } }', { version });
    }),
  },
  setCutOff: { notPersonalData: 'sets a discipline’s planned admissions and cut-off score; audited as selection.set_cut_off' },
  extendWindow: { notPersonalData: 'changes a window of the schedule; audited as window.extend all the same (naming the applicant when it is for one)' },
  remindUnfinishedDrafts: { notPersonalData: 'sends the same reminder to every unfinished draft; audited once as application.remind_drafts' },
  updateNoticeTemplate: { notPersonalData: 'edits the wording of a notice; audited as notice_template.update' },
  resetNoticeTemplate: { notPersonalData: 'restores the wording of a notice; audited as notice_template.reset' },
  setInterviewPanel: {
    audit: 'interview.set_panel',
    run: (api) => inWindow(api, SELECTION, async (as) => {
      await as.office_staff.graphql(CREATE_SLOT, { disciplineCode: 'physics', input: morningSlot() });
      const slot = await walkSlot(as);
      return as.office_staff.graphql(SET_PANEL, { slotId: slot.id, version: slot.version, accountIds: [as.mentor.accountId, as.office_staff.accountId] });
    }),
  },
  assignInterviewees: {
    audit: 'interview.assign',
    run: (api) => inWindow(api, SELECTION, async (as) => {
      const applicationId = await invitedApplicant(api, 950);
      const slot = await walkSlot(as);
      return as.office_staff.graphql(ASSIGN, { slotId: slot.id, version: slot.version, applicationIds: [applicationId] });
    }),
  },
  submitScoreSheet: {
    audit: 'interview.score',
    run: (api) => inWindow(api, SELECTION, async (as) => as.mentor.graphql(SUBMIT_SHEET, { assignmentId: await walkInterview(as.mentor, 'SX2026-00950'), input: sheet(30, 25, 25) })),
  },
  declareConflictOfInterest: {
    audit: 'interview.declare_conflict',
    run: (api) => inWindow(api, SELECTION, async (as) => as.office_staff.graphql(DECLARE_CONFLICT, { assignmentId: await walkInterview(as.office_staff, 'SX2026-00950'), reason: '亲属' })),
  },
  recordInterview: {
    audit: 'application.record_interview',
    run: async (_api, as) => {
      const slot = await walkSlot(as);
      const rows = (await as.office_staff.graphql<{ interviewees: { rows: { applicationId: string; version: number }[] } }>(INTERVIEWEES, { slotId: slot.id })).data!.interviewees.rows;
      return as.office_staff.graphql(RECORD, { applicationId: rows[0]!.applicationId, version: rows[0]!.version });
    },
  },
  unassignInterviewee: {
    audit: 'interview.unassign',
    run: (api) => inWindow(api, SELECTION, async (as) => {
      const applicationId = await invitedApplicant(api, 951);
      const slot = await walkSlot(as);
      await as.office_staff.graphql(ASSIGN, { slotId: slot.id, version: slot.version, applicationIds: [applicationId] });
      const assigned = await walkSlot(as);
      return as.office_staff.graphql(UNASSIGN, { slotId: assigned.id, version: assigned.version, applicationId });
    }),
  },
  autoAssignInterviewees: {
    audit: 'interview.assign',
    // 951 waits again since it was taken out: auto-assignment places it, one applicant, one row.
    run: (api) => inWindow(api, SELECTION, (as) => as.office_staff.graphql(AUTO_ASSIGN, { disciplineCode: 'physics' })),
  },
  // Admission is published before the confirmation entries admit and waitlist their own applicants directly.
  decideAdmission: {
    audit: 'application.decide_admission',
    run: (api) => inWindow(api, SELECTION, async (as) => {
      const em = api.orm.em.fork();
      const school = await em.findOneOrFail(School, { name: '太原市第五中学（演示）' });
      const mentorId = (await addMentor(em, { name: '孔导师', disciplineCode: 'mathematics' })).id;
      const [, second] = await addInterviewees(em, { school, mentorId, disciplineCode: 'mathematics', from: 960, scores: [[80, 80], [70, 70], [60, 60]], planned: 1 });
      return as.office_staff.graphql('mutation ($id: ID!, $version: Int!) { decideAdmission(applicationId: $id, decision: not_admitted, version: $version) { year } }', { id: String(second!.id), version: second!.version });
    }),
  },
  publishAdmissions: {
    // One row per publication; each interviewee has its own application.admit / waitlist / not_admit row too.
    audit: 'admission.publish',
    run: (api) => inWindow(api, SELECTION, async (as) => {
      await setAdmissionSettings(api.orm.em.fork(), { minAdmissions: 1 });
      return as.office_staff.graphql('mutation { publishAdmissions(year: 2026) { year } }');
    }),
  },
  raiseObjection: {
    audit: 'admission.raise_objection',
    run: async (api) => {
      const { entries } = (await api.graphql<{ admittedNotice: { entries: { id: string }[] } }>('query { admittedNotice(year: 2026) { entries { id } } }')).data!.admittedNotice;
      return api.browser().graphql('mutation ($id: ID!) { raiseObjection(year: 2026, input: { entryId: $id, objectorName: "吴先生", objectorContact: "13900000001", reason: "核实" }) }', { id: entries[0]!.id });
    },
  },
  answerObjection: {
    audit: 'admission.answer_objection',
    run: async (_api, as) => {
      const listed = await as.office_staff.graphql<{ noticeObjections: { id: string; version: number }[] }>('query { noticeObjections(year: 2026) { id version } }');
      const [objection] = listed.data!.noticeObjections;
      return as.office_staff.graphql('mutation ($id: ID!, $version: Int!) { answerObjection(id: $id, answer: "已核实", version: $version) { id } }', { id: objection!.id, version: objection!.version });
    },
  },
  revealObjectorContact: {
    audit: 'admission.reveal_objector_contact',
    run: async (_api, as) => {
      const listed = await as.office_staff.graphql<{ noticeObjections: { id: string }[] }>('query { noticeObjections(year: 2026) { id } }');
      return as.office_staff.graphql('mutation ($id: ID!) { revealObjectorContact(id: $id, reason: "电话核实") }', { id: listed.data!.noticeObjections[0]!.id });
    },
  },  confirmAdmission: { audit: 'application.confirm_admission', run: (api) => replyAsAdmitted(api, 980, CONFIRM_ADMISSION) },
  declineAdmission: { audit: 'application.decline_admission', run: (api) => replyAsAdmitted(api, 981, DECLINE_ADMISSION) },
  admitFromWaitlist: {
    audit: 'application.admit_from_waitlist',
    run: async (api) => {
      const em = api.orm.em.fork();
      const school = await em.findOneOrFail(School, { name: '太原市第五中学（演示）' });
      const mentorId = (await addMentor(em, { name: '候补导师', disciplineCode: 'mathematics' })).id;
      // Seven interviewed in mathematics: room under R-SEL-4 for the one waitlisted.
      const { waitlisted } = await addAdmissionResults(em, { school, mentorId, disciplineCode: 'mathematics', from: 982, admitted: 0, waitlisted: 1, notAdmitted: 6 });
      // Inside the window of confirmations and the waiting list (issue 11).
      api.setNow(new Date('2026-01-03T10:00:00+08:00'));
      try {
        return await (await signIn(api, 'office@yingcai.test')).graphql(ADMIT_FROM_WAITLIST, { applicationId: String(waitlisted[0]!.id), version: waitlisted[0]!.version });
      } finally {
        api.setNow(WALK_NOW);
      }
    },
  },
  lapseUnconfirmedAdmissions: {
    audit: 'selection.lapse_admissions',
    run: async (api) => {
      api.setNow(new Date('2026-01-06T10:00:00+08:00'));
      try {
        return await (await signIn(api, 'office@yingcai.test')).graphql(LAPSE_UNCONFIRMED);
      } finally {
        api.setNow(WALK_NOW);
      }
    },
  },
  proposeMentorAssignments: {
    // The student of 980, who confirmed above, gets their first choice: one student, one row.
    audit: 'student.assign_mentor',
    run: async (_api, as) => as.office_staff.graphql('mutation ($id: ID!) { proposeMentorAssignments(cycleId: $id) { unassigned } }', { id: await cycleIdOf(as, 2026) }),
  },
  assignMentor: {
    audit: 'student.assign_mentor',
    run: async (_api, as) => {
      const cohort = await as.office_staff.graphql<{ cohort: { students: { id: string; version: number; mentorId: string }[]; mentors: { mentorId: string; disciplineCode: string }[] } }>(
        'query ($id: ID!) { cohort(cycleId: $id) { students { id version mentorId } mentors { mentorId disciplineCode } } }', { id: await cycleIdOf(as, 2026) });
      const [student] = cohort.data!.cohort.students;
      const other = cohort.data!.cohort.mentors.find((m) => m.disciplineCode === 'physics' && m.mentorId !== student!.mentorId)!;
      return as.office_staff.graphql('mutation ($s: ID!, $v: Int!, $m: ID!) { assignMentor(studentId: $s, version: $v, mentorId: $m) { unassigned } }', { s: student!.id, v: student!.version, m: other.mentorId });
    },
  },
  copyCycle: { notPersonalData: 'makes a cycle from another (numbers, windows); audited as cycle.copy all the same' },
  updateCycle: { notPersonalData: 'changes a cycle’s numbers and windows; audited as cycle.update with what moved' },
  createInterviewSlot: { notPersonalData: 'opens a slot (time, place, capacity); audited as interview.create_slot all the same' },
  updateInterviewSlot: { notPersonalData: 'changes a slot’s time, place or capacity; its applicants are told; audited as interview.update_slot' },
  deleteInterviewSlot: { notPersonalData: 'removes an empty slot; audited as interview.delete_slot' },
  login: { notPersonalData: 'starts a session; the session list shows it to the owner' },
  logout: { notPersonalData: 'ends a session' },
  endSession: { notPersonalData: 'ends one of my own sessions' },
  resendVerificationCode: { notPersonalData: 'sends a code; the outbox keeps it' },
  sendGuardianCode: { notPersonalData: "sends a code to the guardian's phone; the outbox keeps it" },
  requestPasswordReset: { notPersonalData: 'sends a code; the outbox keeps it' },

};

describe('every mutation on personal data leaves an audit row (walking the schema)', () => {
  let api: TestApi;
  let as: Browsers;
  beforeAll(async () => {
    // Inside the 2026 cycle's school participation window.
    api = await startTestApi({ now: WALK_NOW });
    as = await signInEveryRole(api);
  });
  afterAll(() => api.close());

  it('every mutation of the schema is classified here', async () => {
    const mutation = (await createSchema()).getMutationType() as GraphQLObjectType;
    expect(Object.keys(mutation.getFields()).sort()).toEqual(Object.keys(MUTATIONS).sort());
  });

  it.each(Object.entries(MUTATIONS).filter(([, m]) => 'audit' in m))('%s writes an audit row in its own transaction', async (_name, entry) => {
    if (!('audit' in entry)) return;
    const before = await api.orm.em.fork().count(AuditEntry, { action: entry.audit });
    const result = (await entry.run(api, as)) as Awaited<ReturnType<TestBrowser['graphql']>>;
    expect(result.errors).toBeUndefined();
    expect(await api.orm.em.fork().count(AuditEntry, { action: entry.audit })).toBe(before + 1);
  });

  it('the audit log is append-only: the database refuses to change or delete a row', async () => {
    const connection = api.orm.em.fork().getConnection();
    await expect(connection.execute("update audit_entry set reason = 'edited'")).rejects.toThrow(/append-only/);
    await expect(connection.execute('delete from audit_entry')).rejects.toThrow(/append-only/);
  });
});
