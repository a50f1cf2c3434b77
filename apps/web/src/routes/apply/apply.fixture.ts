import type { WebApplicationFragment, WebApplyCycleQuery, WebApplyMentorsQuery, WebMyApplicationQuery, WebParticipatingSchoolsQuery } from '@yingcai/schema';
import { buildMe, signedIn } from '../../test/account-fixtures';

export function applyCycleAnswer(): { data: WebApplyCycleQuery } {
  return {
    data: {
      cycle: {
        year: 2026,
        disciplines: [
          { code: 'physics', name: '物理学' },
          { code: 'math', name: '数学' },
        ],
        rules: { maxMentorChoices: 2 },
        stepWindows: [{ step: 'registration', startsOn: '2025-11-01', lastDay: '2025-11-30', open: true }],
      },
    },
  };
}

export function buildApplication(overrides: Partial<WebApplicationFragment> = {}): WebApplicationFragment {
  return {
    id: 'app-1', year: 2026, status: 'DRAFT', applicationNumber: null, name: '李明', gender: null, dateOfBirth: null, idNumber: null,
    schoolId: null, schoolName: null, unlistedSchool: null, grade: null, className: null, phone: null, disciplineCode: null, mentorChoices: [],
    subjectRank: null, overallRank: null, gradeSize: null, statement: null, submittedAt: null, materials: [], version: 3, ...overrides,
  };
}

/** The applicant's application as WebMyApplication answers; no interview slot unless given (R-SEL-5). */
type Interview = NonNullable<WebMyApplicationQuery['myApplication']>['interview'];

type AdmissionReply = NonNullable<WebMyApplicationQuery['myApplication']>['admissionReply'];

/** The applicant's application as WebMyApplication answers; no interview slot or admission reply unless given (R-SEL-5). */
export const myApplicationAnswer = (application: WebApplicationFragment | null = buildApplication(), interview: Interview = null, admissionReply: AdmissionReply = null) =>
  ({ data: { myApplication: application && { ...application, interview, admissionReply } } });
export const savedAnswer = (application: WebApplicationFragment) => ({ data: { saveApplicationDraft: application } });

export function schoolsAnswer(): { data: WebParticipatingSchoolsQuery } {
  return { data: { participatingSchools: [{ id: 's-1', name: '太原市成成中学', districtCode: '140105' }] } };
}

export function mentorsAnswer(): { data: WebApplyMentorsQuery } {
  return { data: { mentorDirectory: { rows: [{ id: 'm-1', name: '张教授', title: '教授', university: { name: '山西大学' }, researchFields: ['凝聚态物理'] }] } } };
}

/** Every query of /apply for a signed-in applicant. */
export function applyPageAnswers(application: WebApplicationFragment | null = buildApplication()) {
  return {
    WebSession: signedIn(buildMe()),
    WebApplyCycle: applyCycleAnswer(),
    WebMyApplication: myApplicationAnswer(application),
    WebParticipatingSchools: schoolsAnswer(),
    WebApplyMentors: mentorsAnswer(),
  };
}
