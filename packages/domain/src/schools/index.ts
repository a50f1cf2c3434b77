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
