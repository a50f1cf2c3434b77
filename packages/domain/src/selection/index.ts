export { conformityFlags, type ConformityApplication, type ConformityContext } from './conformity.js';
export { checkCutOff, proposeCutOff, type CutOffCheckInput, type CutOffProposal } from './cut-off.js';
export { interviewScore, roundScore, type PanelScore } from './interview-score.js';
export { ADMISSION_DECISIONS, proposeAdmissions, type AdmissionCandidate, type AdmissionDecision, type AdmissionRow, type DisciplineAdmissions } from './admission.js';
export { admit, rankApplicants, type ApplicantScores, type RankedApplicant, type ScoreWeights } from './ranking.js';
export {
  checkAdmissions,
  checkInterviewRatio,
  checkPublication,
  maxAdmissions,
  requiredInterviewees,
  type DisciplineCounts,
  type PublicationInput,
  type SelectionViolation,
} from './ratio.js';
export { offerToWaitlist, type WaitlistOffer, type WaitlistOfferInput } from './waitlist.js';
export { FUNNEL_STAGES, funnelOf, type FunnelStage, type FunnelStep, type StatusCount } from './funnel.js';
export { findScoreColumns, SCORE_COLUMN_NAMES, type ScoreColumn, type ScoreColumns } from './score-columns.js';
export {
  BAD_SCORE_IMPORT_STATUSES,
  planScoreImport,
  reportScoreImport,
  type ScoreCandidate,
  type ScoreImportContext,
  type ScoreImportPlan,
  type ScoreImportReport,
  type ScoreImportReportRow,
  type ScoreImportRow,
  type ScoreImportStatus,
} from './score-import.js';
export {
  checkScoreRow,
  MAX_ASSESSMENT_SCORE,
  parseAssessmentScore,
  type ScoreRow,
  type ScoreRowField,
  type ScoreRowInput,
  type ScoreRowProblem,
  type ScoreRowReason,
} from './score-row.js';
export { offerReplyDeadline, ratioCounts, WAITLIST_REPLY_DAYS, type DisciplineStatus } from './confirmation.js';
