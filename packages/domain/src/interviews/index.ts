export { planAssignments, type AssignmentPlan, type OpenSlot, type WaitingInterviewee } from './assignment-plan.js';
export { checkInterviewSlot, MAX_SLOT_CAPACITY, type InterviewSlotDraft } from './interview-slot.js';
export { checkScoreSheet, rubricMaximum, type RubricCriterion, type SheetError, type SheetPoints } from './rubric.js';
