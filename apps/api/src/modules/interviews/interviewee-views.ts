import type { RubricCriterion } from '@yingcai/domain/interviews';
import { interviewScore } from '@yingcai/domain/selection';
import type { InterviewAssignment } from './interview-assignment.entity.js';
import type { InterviewSlot } from './interview-slot.entity.js';
import type { IntervieweeType, MyInterviewType } from './interview.type.js';
import type { ScoreSheet } from './score-sheet.entity.js';
import { panelScores, toIntervieweeFields, toSheetType, toSlotTime } from './sheet-views.js';

/** R-SEL-5: an interviewee as the office sees them: every sheet, who is still to score, the mean so far. */
export function toInterviewee(assignment: InterviewAssignment, slot: InterviewSlot, sheets: readonly ScoreSheet[], rubric: readonly RubricCriterion[]): IntervieweeType {
  const application = assignment.application.getEntity();
  const own = sheets.filter((sheet) => sheet.assignment.id === assignment.id);
  const scores = panelScores(slot, own);
  return {
    ...toIntervieweeFields(application), status: application.status, version: application.version,
    sheets: own.map((sheet) => toSheetType(sheet, rubric)), awaiting: scores.filter((row) => !row.conflict && row.score === null).length,
    meanScore: interviewScore(scores), score: assignment.score, recordedAt: assignment.recordedAt,
  };
}

/** R-SEL-5: an interviewee as a panel member sees them, with the member's own sheet only. */
export function toMyInterview(assignment: InterviewAssignment, sheet: ScoreSheet | null, rubric: readonly RubricCriterion[]): MyInterviewType {
  const application = assignment.application.getEntity();
  const recorded = assignment.recordedAt !== null || application.status !== 'invited';
  return {
    ...toIntervieweeFields(application), assignmentId: String(assignment.id), slot: toSlotTime(assignment.slot.getEntity()),
    sheet: sheet && toSheetType(sheet, rubric), recorded, asked: !recorded && !sheet?.conflict,
  };
}
