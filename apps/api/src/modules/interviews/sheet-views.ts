import type { RubricCriterion } from '@yingcai/domain/interviews';
import type { PanelScore } from '@yingcai/domain/selection';
import type { Application } from '../applications/index.js';
import type { InterviewCriterion } from './interview-criterion.entity.js';
import type { InterviewSlot } from './interview-slot.entity.js';
import type { ApplicantInterviewType, IntervieweeFields, ScoreSheetType } from './interview.type.js';
import type { ScoreSheet } from './score-sheet.entity.js';

export const toRubric = (criteria: readonly InterviewCriterion[]): RubricCriterion[] =>
  [...criteria].sort((a, b) => a.position - b.position).map(({ code, name, maxPoints }) => ({ code, name, maxPoints }));

/** A sheet as staff see it, its points in the rubric's order. Needs `sheet.member`. */
export function toSheetType(sheet: ScoreSheet, rubric: readonly RubricCriterion[]): ScoreSheetType {
  const points = sheet.points ?? {};
  return {
    memberAccountId: sheet.member.id, memberName: sheet.member.getEntity().displayName, conflict: sheet.conflict,
    conflictReason: sheet.conflictReason, total: sheet.total, comment: sheet.comment, submittedAt: sheet.submittedAt,
    points: rubric.filter((criterion) => criterion.code in points).map((criterion) => ({ criterion: criterion.code, points: points[criterion.code]! })),
  };
}

/** R-SEL-5: what each current panel member has given: a score, a conflict, or nothing yet. */
export function panelScores(slot: InterviewSlot, sheets: readonly ScoreSheet[]): PanelScore[] {
  return slot.members.getItems().map((member) => {
    const sheet = sheets.find((candidate) => candidate.member.id === member.account.id);
    return { memberId: member.account.id, score: sheet?.total ?? null, conflict: sheet?.conflict ?? false };
  });
}

/** Who the interviewee is, for the panel and the office: no contact or ID numbers. Needs `application.school`. */
export const toIntervieweeFields = (application: Application): IntervieweeFields => ({
  applicationId: String(application.id), applicationNumber: application.applicationNumber, name: application.name,
  schoolName: application.school?.getEntity().name ?? null, grade: application.grade,
});

export const toSlotTime = (slot: InterviewSlot): ApplicantInterviewType => ({
  disciplineCode: slot.disciplineCode, startsAt: slot.startsAt, endsAt: slot.endsAt, place: slot.place, onlineLink: slot.onlineLink,
});
