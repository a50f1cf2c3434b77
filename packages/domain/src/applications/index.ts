export { checkEligibility, ELIGIBLE_GRADES, type EligibilityInput, type EligibilityResult, type EligibilityRoutes, type EligibilityRules } from './eligibility.js';
export { checkDateOfBirth, EARLIEST_DATE_OF_BIRTH } from './date-of-birth.js';
export { checkIdNumber, idCheckCharacter, type Gender, type IdNumber, type IdNumberError, type IdNumberErrorCode } from './id-number.js';
export type { InputError } from './input-error.js';
export { checkMaterial, checkMaterialCount, MATERIAL_EXTENSIONS, MATERIAL_LIMITS, type MaterialInput, type MaterialProblem, type MaterialType, type MaterialViolation } from './materials.js';
export { checkMentorChoices, type MentorChoice, type MentorChoiceContext } from './mentor-choices.js';
export {
  advanceApplication,
  APPLICATION_STATUSES,
  APPLICATION_TRANSITIONS,
  nextSteps,
  type ApplicationActor,
  type ApplicationStatus,
  type ApplicationStep,
} from './application-status.js';
export { checkApplicationSubmission, type SubmissionInput, type SubmissionResult } from './submission.js';
export { SHORT_TEXT_MAX_LENGTH, STATEMENT_MAX_LENGTH } from './statement.js';
