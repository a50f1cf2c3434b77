import type { CycleRules } from '../cycle/cycle.js';
import { isInTopPercent } from '../eligibility/top-percent.js';
import type { RuleViolation } from '../result.js';
import type { InputError } from './input-error.js';

/** R-APP-1: the grades that may apply (高一, 高二). */
export const ELIGIBLE_GRADES: readonly number[] = [10, 11];

export interface EligibilityInput {
  grade: number;
  schoolId: string;
  /** Students in the applicant's grade at the school. */
  gradeSize: number;
  /** Rank in the subject of the chosen discipline; null when not given. */
  subjectRank: number | null;
  /** Overall rank in the grade; null when not given. */
  overallRank: number | null;
}

export interface EligibilityRules extends Pick<CycleRules, 'subjectRankTopPercent' | 'overallRankTopPercent'> {
  /** R-APP-1, R-SCOPE-3: the schools approved to take part in the cycle. */
  participatingSchoolIds: readonly string[];
}

/** The two ways of meeting R-APP-2; a route not given or not judged is false. */
export interface EligibilityRoutes {
  subject: boolean;
  overall: boolean;
}

export interface EligibilityResult {
  eligible: boolean;
  violations: RuleViolation[];
  inputErrors: InputError[];
  routes: EligibilityRoutes;
}

type RankField = 'subjectRank' | 'overallRank';

function judgeRank(field: RankField, rank: number | null, gradeSize: number, percent: number, errors: InputError[]): boolean {
  if (rank === null) return false;
  const result = isInTopPercent(rank, gradeSize, percent);
  if (result.ok) return result.value;
  // A percent is a setting of the cycle, not something the applicant typed.
  if (result.error.code === 'INVALID_PERCENT') throw new RangeError(result.error.message);
  const errorField = result.error.code === 'INVALID_GRADE_SIZE' ? 'gradeSize' : field;
  if (!errors.some((error) => error.field === errorField)) errors.push({ field: errorField, ...result.error });
  return false;
}

function gradeAndSchool(input: EligibilityInput, rules: EligibilityRules, errors: InputError[]): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (!Number.isInteger(input.grade)) {
    errors.push({ field: 'grade', code: 'INVALID_GRADE', message: `grade must be a whole number, got ${input.grade}` });
  } else if (!ELIGIBLE_GRADES.includes(input.grade)) {
    violations.push({ rule: 'R-APP-1', message: `only students of grade 10 or 11 may apply, not grade ${input.grade}` });
  }
  if (!rules.participatingSchoolIds.includes(input.schoolId)) {
    violations.push({ rule: 'R-APP-1', message: 'the school is not a participating school of the cycle (R-SCOPE-3)' });
  }
  return violations;
}

function ranks(input: EligibilityInput, rules: EligibilityRules, errors: InputError[]): { routes: EligibilityRoutes; violations: RuleViolation[] } {
  const { subjectRank, overallRank, gradeSize } = input;
  const { subjectRankTopPercent: p, overallRankTopPercent: q } = rules;
  if (subjectRank === null && overallRank === null) {
    errors.push({ field: 'subjectRank', code: 'NO_RANK', message: 'give the subject rank, the overall rank or both' });
    return { routes: { subject: false, overall: false }, violations: [] };
  }
  const routes = { subject: judgeRank('subjectRank', subjectRank, gradeSize, p, errors), overall: judgeRank('overallRank', overallRank, gradeSize, q, errors) };
  if (routes.subject || routes.overall || errors.length > 0) return { routes, violations: [] };
  const given = [subjectRank === null ? null : `subject rank ${subjectRank} is not in the top ${p}%`, overallRank === null ? null : `overall rank ${overallRank} is not in the top ${q}%`];
  const message = `${given.filter((part) => part !== null).join(' and ')} of a grade of ${gradeSize}; either the subject rank in the top ${p}% or the overall rank in the top ${q}% is needed`;
  return { routes, violations: [{ rule: 'R-APP-2', message }] };
}

/**
 * R-APP-1 and R-APP-2: may this student apply? R-APP-1: grade 10 or 11 at a participating school.
 * R-APP-2: the subject rank in the top p% OR the overall rank in the top q% (isInTopPercent, decision
 * 006); `routes` says which qualified, so a self-check can say why. A rank left null is a route not
 * taken; numbers that cannot be judged are input errors, not violations, and make the student not
 * (yet) eligible. A percent outside (0, 100] is a bad cycle setting and throws a RangeError.
 */
export function checkEligibility(input: EligibilityInput, rules: EligibilityRules): EligibilityResult {
  const inputErrors: InputError[] = [];
  const violations = gradeAndSchool(input, rules, inputErrors);
  const judged = ranks(input, rules, inputErrors);
  violations.push(...judged.violations);
  return { eligible: violations.length === 0 && inputErrors.length === 0, violations, inputErrors, routes: judged.routes };
}
