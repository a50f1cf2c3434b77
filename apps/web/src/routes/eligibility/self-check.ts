import { checkEligibility, ELIGIBLE_GRADES, type EligibilityResult, type EligibilityRules } from '@yingcai/domain/applications';
import { placesInTopPercent } from '@yingcai/domain/eligibility';
import { typedNumber } from '@yingcai/domain';

export type GradeChoice = '' | '10' | '11' | 'other';

/** What the student typed, as typed. */
export interface SelfCheckValues {
  grade: GradeChoice;
  /** A participating school's id, NOT_LISTED, or '' before a choice. */
  schoolId: string;
  disciplineCode: string;
  subjectRank: string;
  overallRank: string;
  gradeSize: string;
}

export type SelfCheckField = 'grade' | 'schoolId' | 'subjectRank' | 'overallRank' | 'gradeSize';

export const NOT_LISTED = 'not-listed';
// any grade but 10 and 11: 其他 is 初中 or 高三, which R-APP-1 refuses alike
const OTHER_GRADE = 0;

export type Percentages = Pick<EligibilityRules, 'subjectRankTopPercent' | 'overallRankTopPercent'>;

/** Choices the domain cannot be asked without: the keys of their messages. */
export function missingChoices(values: SelfCheckValues): Partial<Record<SelfCheckField, string>> {
  const missing: Partial<Record<SelfCheckField, string>> = {};
  if (values.grade === '') missing.grade = 'gradeRequired';
  if (values.schoolId === '') missing.schoolId = 'schoolRequired';
  if (values.gradeSize.trim() === '') missing.gradeSize = 'gradeSizeRequired';
  return missing;
}

const rankOf = (typed: string) => (typed.trim() === '' ? null : Number(typedNumber(typed)));
const gradeOf = (grade: GradeChoice) => (grade === 'other' ? OTHER_GRADE : Number(grade));

/** R-APP-1, R-APP-2: the same check the server runs when an application is submitted. */
export function runSelfCheck(values: SelfCheckValues, percentages: Percentages, schoolIds: readonly string[]): EligibilityResult {
  const input = {
    grade: gradeOf(values.grade),
    schoolId: values.schoolId === NOT_LISTED ? '' : values.schoolId,
    gradeSize: Number(typedNumber(values.gradeSize)),
    subjectRank: rankOf(values.subjectRank),
    overallRank: rankOf(values.overallRank),
  };
  return checkEligibility(input, { ...percentages, participatingSchoolIds: schoolIds });
}

/** One sentence of the outcome: a rule, met or not, and the key and values of its text. */
export interface Finding {
  rule: 'R-APP-1' | 'R-APP-2';
  met: boolean;
  text: string;
  values: Record<string, string | number>;
}

function rankFinding(route: 'subject' | 'overall', typed: string, size: number, percent: number, within: boolean): Finding {
  const values = { label: route, rank: Number(typedNumber(typed)), size, percent, places: placesInTopPercent(size, percent) };
  return { rule: 'R-APP-2', met: within, text: within ? 'rankWithin' : 'rankBeyond', values };
}

/** R-APP-2 met: the routes that met it; not met: every route given, each beyond its top percent. */
function rankFindings(values: SelfCheckValues, result: EligibilityResult, percentages: Percentages): Finding[] {
  const size = Number(typedNumber(values.gradeSize));
  const given = [
    { route: 'subject' as const, typed: values.subjectRank, percent: percentages.subjectRankTopPercent },
    { route: 'overall' as const, typed: values.overallRank, percent: percentages.overallRankTopPercent },
  ].filter((r) => r.typed.trim() !== '');
  const met = result.routes.subject || result.routes.overall;
  return given
    .filter((r) => !met || result.routes[r.route])
    .map((r) => rankFinding(r.route, r.typed, size, r.percent, result.routes[r.route]));
}

/** The outcome sentence by sentence, R-APP-1 first; none when an input error leaves it undecided. */
export function explain(values: SelfCheckValues, result: EligibilityResult, percentages: Percentages, schoolName: string | null): Finding[] {
  if (result.inputErrors.length > 0) return [];
  const gradeMet = ELIGIBLE_GRADES.includes(gradeOf(values.grade));
  return [
    { rule: 'R-APP-1', met: gradeMet, text: gradeMet ? 'gradeMet' : 'gradeUnmet', values: { grade: values.grade } },
    { rule: 'R-APP-1', met: schoolName !== null, text: schoolName ? 'schoolMet' : 'schoolUnmet', values: { school: schoolName ?? '' } },
    ...rankFindings(values, result, percentages),
  ];
}
