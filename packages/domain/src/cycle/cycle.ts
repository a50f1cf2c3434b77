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

/** How the public reaches the province's office (the home page's 联系我们): data of the cycle, filled in by the office. */
export interface CycleContact {
  office: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  hours: string | null;
}

export const CYCLE_CONTACT_FIELDS = ['office', 'address', 'phone', 'email', 'hours'] as const satisfies readonly (keyof CycleContact)[];
export const CYCLE_CONTACT_MAX_LENGTH = 200;
