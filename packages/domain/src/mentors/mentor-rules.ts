import { err, ok, type Result, type RuleId, type RuleViolation } from '../result.js';

/**
 * Something the office should look at, not a refusal: the action it is about goes ahead.
 * `subject` names what the warning is about when it is not the whole record (e.g. a team member).
 */
export interface RuleWarning {
  rule: RuleId;
  message: string;
  subject?: string;
}

/**
 * R-MENTOR-1: what a mentor is normally drawn from. `title`: the six honours mentors are "mainly"
 * (以……为主); `pool`: the mentors of the basic-discipline top students programme they are
 * "in principle" recommended from (原则上从……中推荐). The order is the plan's (§四(一)).
 */
export const HONOURS = [
  { code: 'academician', name: '两院院士', kind: 'title' },
  { code: 'distinguished_expert', name: '特聘专家', kind: 'title' },
  { code: 'changjiang_scholar', name: '长江学者特聘教授', kind: 'title' },
  { code: 'nsfc_distinguished_young', name: '国家杰出青年科学基金获得者', kind: 'title' },
  { code: 'national_teaching_master', name: '国家级教学名师', kind: 'title' },
  { code: 'provincial_teaching_master', name: '省级教学名师', kind: 'title' },
  { code: 'top_students_programme_mentor', name: '基础学科拔尖学生培养计划导师', kind: 'pool' },
] as const satisfies readonly { code: string; name: string; kind: 'title' | 'pool' }[];

export type HonourCode = (typeof HONOURS)[number]['code'];
export type Honour = (typeof HONOURS)[number];

const HONOUR_CODES: ReadonlySet<string> = new Set(HONOURS.map((honour) => honour.code));

export const isHonourCode = (code: string): code is HonourCode => HONOUR_CODES.has(code);

export type Degree = 'doctorate' | 'master' | 'bachelor' | 'other';
/** Professional title: 正高, 副高, 中级, 初级, none. */
export type ProfessionalTitle = 'senior' | 'associate_senior' | 'intermediate' | 'junior' | 'none';

export interface MentorTeamMember {
  name: string;
  degree: Degree;
  title: ProfessionalTitle;
}

export interface MentorCandidate {
  /** Codes of HONOURS; codes not in HONOURS are not honours and are ignored. */
  honours: readonly string[];
  team: readonly MentorTeamMember[];
}

const QUALIFYING_TITLES: ReadonlySet<ProfessionalTitle> = new Set(['senior', 'associate_senior']);

/** R-MENTOR-4: a doctorate, or an associate-senior title (副高) or above. */
export const isQualifiedTeamMember = (member: Pick<MentorTeamMember, 'degree' | 'title'>): boolean =>
  member.degree === 'doctorate' || QUALIFYING_TITLES.has(member.title);

/**
 * What the office is warned of when it reviews a mentor candidate; none of it refuses the
 * recommendation. R-MENTOR-1: one warning when the candidate holds none of HONOURS (neither one of
 * the six honours nor a mentor of the top students programme: either meets the plan's "normally").
 * R-MENTOR-4: one warning per team member with neither a doctorate nor an associate-senior title
 * or above, its subject the member's trimmed name (or "team member n", 1-based, when blank).
 */
export function mentorWarnings(candidate: MentorCandidate): RuleWarning[] {
  const warnings: RuleWarning[] = [];
  if (!candidate.honours.some(isHonourCode)) {
    warnings.push({
      rule: 'R-MENTOR-1',
      message: `the candidate holds none of the honours mentors are normally drawn from (${HONOURS.map((honour) => honour.name).join('、')})`,
    });
  }
  candidate.team.forEach((member, index) => {
    if (isQualifiedTeamMember(member)) return;
    const subject = member.name.trim() === '' ? `team member ${index + 1}` : member.name.trim();
    warnings.push({
      rule: 'R-MENTOR-4',
      subject,
      message: `${subject} holds neither a doctorate nor an associate-senior title or above`,
    });
  });
  return warnings;
}

/** R-MENTOR-2: a candidate's way from the university's recommendation to the office's approval. */
export type MentorStatus = 'recommended' | 'confirmed' | 'university_approved' | 'approved' | 'rejected';
export type MentorStep = 'confirm' | 'university_approve' | 'office_approve' | 'reject';
export type MentorActor = 'mentor' | 'university' | 'office';

export const MENTOR_STATUSES: readonly MentorStatus[] = ['recommended', 'confirmed', 'university_approved', 'approved', 'rejected'];

interface Transition {
  from: readonly MentorStatus[];
  actors: readonly MentorActor[];
  to: MentorStatus;
}

/** The chain as data: each step, from which statuses, by whom, to what. Anything else is refused. */
export const MENTOR_TRANSITIONS: Readonly<Record<MentorStep, Transition>> = {
  confirm: { from: ['recommended'], actors: ['mentor'], to: 'confirmed' },
  university_approve: { from: ['confirmed'], actors: ['university'], to: 'university_approved' },
  office_approve: { from: ['university_approved'], actors: ['office'], to: 'approved' },
  reject: { from: ['recommended', 'confirmed', 'university_approved'], actors: ['university', 'office'], to: 'rejected' },
};

/** What a status waits for, for the violation's message. */
const EXPECTED_NEXT: Record<MentorStatus, string> = {
  recommended: 'the mentor confirms their data (or the university or the office rejects the recommendation)',
  confirmed: 'the university approves (or the university or the office rejects)',
  university_approved: 'the office approves (or the university or the office rejects)',
  approved: 'nothing: the mentor is approved for the cycle',
  rejected: 'nothing: the recommendation was rejected',
};

const ACTORS_TEXT: Record<MentorStep, string> = {
  confirm: 'only the mentor confirms their own data',
  university_approve: 'only the university gives the university approval',
  office_approve: 'only the office gives the final approval',
  reject: 'only the university or the office rejects',
};

const violation = (message: string): Result<never, RuleViolation> => err({ rule: 'R-MENTOR-2', message });

/**
 * R-MENTOR-2: one step of the approval chain. The university recommends (status `recommended`);
 * the mentor confirms the personal and team data entered; the university approves; the office
 * approves, which makes the candidate a mentor of the cycle. The university or the office may
 * reject, with a non-blank reason, at any status before the final approval; `approved` and
 * `rejected` are final. Anything else is a violation saying what the status waits for. That the
 * acting mentor is this candidate (or the university this candidate's) is the caller's check.
 */
export function advanceMentor(
  status: MentorStatus,
  step: MentorStep,
  actor: MentorActor,
  reason?: string | null,
): Result<MentorStatus, RuleViolation> {
  const transition = MENTOR_TRANSITIONS[step];
  if (!transition) return violation(`${JSON.stringify(step)} is not a step of the mentor approval; expected next: ${EXPECTED_NEXT[status] ?? 'nothing'}`);
  if (!transition.from.includes(status)) {
    return violation(`a mentor candidate who is ${status} cannot take the step ${step}; expected next: ${EXPECTED_NEXT[status] ?? 'nothing'}`);
  }
  if (!transition.actors.includes(actor)) {
    return violation(`${ACTORS_TEXT[step]}, not the ${actor}; expected next: ${EXPECTED_NEXT[status]}`);
  }
  if (step === 'reject' && (reason == null || reason.trim() === '')) return violation('a rejected mentor candidate needs a reason');
  return ok(transition.to);
}

export interface CarryOverInput {
  /** The years of the cycles the mentor has served in (any order, repeats allowed). */
  servedCycleYears: readonly number[];
  /** The year of the cycle to take the mentor into. */
  targetYear: number;
  /** Whether the mentor is already a mentor of the target cycle. */
  alreadyInTarget: boolean;
}

const requireYear = (year: number, name: string): void => {
  if (!Number.isInteger(year)) throw new RangeError(`${name} must be a whole year, got ${year}`);
};

/**
 * R-MENTOR-3: a mentor of an earlier cycle is in the mentor pool and can be taken into a new cycle
 * without a new recommendation: they must have served a cycle of a year before the target (serving
 * only the target or a later one does not count) and must not already be in the target cycle.
 * Both problems are reported. A year that is not a whole number is a programming error (RangeError).
 */
export function canCarryOver(input: CarryOverInput): RuleViolation[] {
  const { servedCycleYears, targetYear, alreadyInTarget } = input;
  requireYear(targetYear, 'targetYear');
  servedCycleYears.forEach((year, index) => requireYear(year, `servedCycleYears[${index}]`));
  const violations: RuleViolation[] = [];
  if (!servedCycleYears.some((year) => year < targetYear)) {
    violations.push({
      rule: 'R-MENTOR-3',
      message: `only a mentor of a cycle before ${targetYear} is in the mentor pool; this one needs a recommendation (R-MENTOR-2)`,
    });
  }
  if (alreadyInTarget) violations.push({ rule: 'R-MENTOR-3', message: `the mentor is already a mentor of the ${targetYear} cycle` });
  return violations;
}
