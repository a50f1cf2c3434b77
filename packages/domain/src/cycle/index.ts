export type { CalendarDate, CycleContact, CycleRules, Discipline, Milestone } from './cycle.js';
export { CYCLE_CONTACT_FIELDS, CYCLE_CONTACT_MAX_LENGTH } from './cycle.js';
export {
  isCalendarDate, programmeDayBoundary, programmeTime, PROGRAMME_TIME_ZONE, toProgrammeDate, toProgrammeDateTime, type ProgrammeTime,
} from './calendar-date.js';
export { currentPhase, PHASE_BETWEEN, PHASE_FINISHED, PHASE_NOT_STARTED } from './current-phase.js';
export { provinceOfDistrict } from './provinces.js';
export { milestoneStatus, type MilestoneStatus } from './milestone-status.js';
export {
  CYCLE_SETTING_LIMITS,
  hasOpened,
  overlapProblems,
  settingProblems,
  shiftDate,
  shiftSchedule,
  windowProblems,
  type CycleSettingKey,
  type CycleSettings,
  type SettingLimit,
  type SettingProblem,
  type WindowProblem,
} from './settings.js';
