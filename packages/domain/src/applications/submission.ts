import { checkGuardianConsent, type GuardianConsent } from '../consent/guardian-consent.js';
import type { CalendarDate } from '../cycle/cycle.js';
import type { RuleViolation } from '../result.js';
import { checkWindow, type DateWindow } from '../windows/window.js';
import { checkEligibility, type EligibilityInput, type EligibilityResult, type EligibilityRules } from './eligibility.js';
import { checkIdNumber } from './id-number.js';
import type { InputError } from './input-error.js';
import { checkMaterial, checkMaterialCount, type MaterialInput } from './materials.js';
import { checkMentorChoices, type MentorChoice, type MentorChoiceContext } from './mentor-choices.js';

export interface SubmissionInput {
  /** The submission date in Asia/Shanghai (toProgrammeDate of the request's instant). */
  today: CalendarDate;
  registrationWindow: DateWindow;
  /** The office's extension of the registration window, if any (for everyone or this school). */
  extendedUntil?: CalendarDate | null;
  idNumber: string;
  consent: GuardianConsent | null;
  eligibility: EligibilityInput;
  eligibilityRules: EligibilityRules;
  mentorChoices: readonly MentorChoice[];
  mentorContext: MentorChoiceContext;
  materials: readonly MaterialInput[];
}

export interface SubmissionResult {
  ok: boolean;
  violations: RuleViolation[];
  inputErrors: InputError[];
  eligibility: EligibilityResult;
}

function personChecks(input: SubmissionInput, inputErrors: InputError[]): RuleViolation[] {
  const id = checkIdNumber(input.idNumber);
  if (!id.ok) {
    inputErrors.push({ field: 'idNumber', ...id.error });
    return [];
  }
  // R-CONSENT-1: age on the submission date, from the date of birth in the ID number.
  return checkGuardianConsent({ dateOfBirth: id.value.dateOfBirth, today: input.today, consent: input.consent });
}

/**
 * Everything an applicant's submission must meet, all reported at once: R-APP-4 the registration
 * window (with any extension) holds today; R-CONSENT-1 a guardian's consent when under 18 on the submission date (the date of
 * birth comes from the ID number, so a malformed number is an input error and consent waits for
 * it); R-APP-1/2 eligibility; R-APP-3 mentor choices and 0..5 materials of an accepted type and size.
 * R-APP-5 (one application per student) is not judged here: refusing a second application with an ID
 * number would tell anyone whether that number has applied (issue 23). The application is taken and the
 * office's conformity review flags both (`conformityFlags`).
 */
export function checkApplicationSubmission(input: SubmissionInput): SubmissionResult {
  const window = checkWindow({ window: input.registrationWindow, today: input.today, extendedUntil: input.extendedUntil ?? null, rule: 'R-APP-4' });
  const inputErrors: InputError[] = [];
  const person = personChecks(input, inputErrors);
  const eligibility = checkEligibility(input.eligibility, input.eligibilityRules);
  inputErrors.push(...eligibility.inputErrors);
  const violations = [
    ...window,
    ...person,
    ...eligibility.violations,
    ...checkMentorChoices(input.mentorChoices, input.mentorContext),
    ...checkMaterialCount(input.materials.length),
    ...input.materials.flatMap((material) => checkMaterial(material)),
  ];
  return { ok: violations.length === 0 && inputErrors.length === 0, violations, inputErrors, eligibility };
}
