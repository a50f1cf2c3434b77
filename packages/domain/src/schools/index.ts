export {
  checkGuidanceTeam,
  checkSchoolEligibility,
  decideParticipation,
  PARTICIPATION_STATUSES,
  type GuidanceTeacher,
  type GuidanceTeam,
  type ParticipationDecision,
  type ParticipationStatus,
  type Person,
  type SchoolEligibilityInput,
} from './participation.js';
export { SCHOOL_OWNERSHIPS, SCHOOL_TYPES, type SchoolOwnership, type SchoolType } from './school-register.js';
export {
  checkSchoolRow,
  MAX_SCHOOL_NAME_LENGTH,
  type DistrictEntry,
  type SchoolRow,
  type SchoolRowField,
  type SchoolRowInput,
  type SchoolRowProblem,
  type SchoolRowReason,
} from './school-row.js';
export {
  planSchoolImport,
  reportSchoolImport,
  type SchoolImportPlan,
  type SchoolImportReport, type SchoolImportRow, type SchoolImportStatus } from './school-import.js';
