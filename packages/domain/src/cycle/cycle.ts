/** A calendar date in Asia/Shanghai, `YYYY-MM-DD`. */
export type CalendarDate = string;

export interface Discipline {
  code: string;
  name: string;
}

/** One step of a cycle's schedule (RULES.md, "Schedule"); both ends inclusive. */
export interface Milestone {
  key: string;
  name: string;
  startsOn: CalendarDate;
  endsOn: CalendarDate;
}

/** The numbers in bold in RULES.md: settings of one cycle, never constants. */
export interface CycleRules {
  /** R-APP-2: subject rank in the top this-many percent of the grade. */
  subjectRankTopPercent: number;
  /** R-APP-2: overall rank in the top this-many percent of the grade. */
  overallRankTopPercent: number;
  /** R-SEL-4: interviewees per admitted student, at least. */
  interviewRatio: number;
  /** R-SEL-6: admitted students in the cycle, at least. */
  minAdmissions: number;
  /** R-TRAIN-4: training sessions per student, at least. */
  minTrainingSessions: number;
}
