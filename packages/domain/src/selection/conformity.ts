import { checkEligibility, type EligibilityInput, type EligibilityRules } from '../applications/eligibility.js';
import { checkMentorChoices, type MentorChoice } from '../applications/mentor-choices.js';
import type { RuleViolation } from '../result.js';

export interface ConformityApplication {
  disciplineCode: string;
  eligibility: EligibilityInput;
  mentorChoices: readonly MentorChoice[];
  /** R-CONSENT-1 (issue 23): the day the guardian withdrew the consent, when they did. */
  consentWithdrawnOn?: string | null;
}

export interface ConformityContext {
  eligibilityRules: EligibilityRules;
  maxChoices: number;
  approvedMentorIdsByDiscipline: Readonly<Record<string, readonly string[]>>;
  /** R-APP-5: numbers of the cycle's other applications with the same ID number. */
  duplicateApplicationNumbers: readonly string[];
}

/**
 * R-SEL-1: what the office's conformity review (资料审核) should look at, one flag per rule not met:
 * grade and participating school (R-APP-1, R-SCOPE-3), ranks (R-APP-2; a number that cannot be
 * judged is flagged too), mentors of the chosen discipline (R-APP-3), the same person applying
 * twice (R-APP-5), a guardian's consent withdrawn (R-CONSENT-1). An empty list means conformant; the
 * office still decides, with a reason to reject.
 */
export function conformityFlags(application: ConformityApplication, context: ConformityContext): RuleViolation[] {
  const eligibility = checkEligibility(application.eligibility, context.eligibilityRules);
  const unreadable: RuleViolation[] = eligibility.inputErrors.map((error) => ({
    rule: error.field === 'grade' ? 'R-APP-1' : 'R-APP-2',
    message: `${error.field}: ${error.message}`,
  }));
  const mentors = checkMentorChoices(application.mentorChoices, {
    disciplineCode: application.disciplineCode,
    maxChoices: context.maxChoices,
    approvedMentorIdsByDiscipline: context.approvedMentorIdsByDiscipline,
  });
  const others = context.duplicateApplicationNumbers;
  const duplicate: RuleViolation[] = others.length === 0
    ? []
    : [{ rule: 'R-APP-5', message: `the same ID number is on other applications of the cycle: ${others.join(', ')}` }];
  const withdrawn: RuleViolation[] = application.consentWithdrawnOn
    ? [{ rule: 'R-CONSENT-1', message: `the guardian withdrew the consent on ${application.consentWithdrawnOn}` }]
    : [];
  return [...eligibility.violations, ...unreadable, ...mentors, ...duplicate, ...withdrawn];
}
