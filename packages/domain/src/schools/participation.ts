import { err, ok, type Result, type RuleViolation } from '../result.js';

const isBlank = (value: string | null | undefined): boolean => value == null || value.trim() === '';

export interface SchoolEligibilityInput {
  /** The school's district, as a code of the cycle's eligible area (e.g. 140105 for 小店区). */
  districtCode: string;
  /** The cycle's eligible area (for 2026 Shanxi, Taiyuan's six urban districts): a setting, never a constant. */
  eligibleDistrictCodes: readonly string[];
}

/**
 * R-SCOPE-3: a participating school comes from the cycle's eligible area. Codes are compared
 * exactly (they are data, not typed text); a blank code is its own violation.
 */
export function checkSchoolEligibility(input: SchoolEligibilityInput): RuleViolation[] {
  const { districtCode, eligibleDistrictCodes } = input;
  if (isBlank(districtCode)) return [{ rule: 'R-SCOPE-3', message: "a school must name its district to take part" }];
  if (eligibleDistrictCodes.includes(districtCode)) return [];
  return [{ rule: 'R-SCOPE-3', message: `district ${districtCode} is not in the cycle's eligible area` }];
}

export interface Person {
  name: string;
  phone: string;
  /** The post held, e.g. 副校长; required of the team leader, who must be a school leader. */
  title?: string | null;
}

export interface GuidanceTeacher {
  disciplineCode: string;
  person: Person;
}

/** A school's guidance team (§三(一)3): its leader, its contact for daily work, its guidance teachers. */
export interface GuidanceTeam {
  leader: Person | null;
  contact: Person | null;
  teachers: readonly GuidanceTeacher[];
}

/**
 * R-ORG-2: a school's guidance team is led by a school leader (a name and a title), has one contact
 * person for daily work (a name and a phone) and at least one guidance teacher (a name, in one of
 * the cycle's disciplines). Text is trimmed before it is judged. Every problem is its own
 * violation, so a form can show them all at once; teachers are named by position (1-based).
 * The leader may also be the contact: the plan asks for a designated person, not a different one.
 */
export function checkGuidanceTeam(team: GuidanceTeam, disciplineCodes: readonly string[]): RuleViolation[] {
  const problems: string[] = [];
  const { leader, contact, teachers } = team;
  if (leader === null) {
    problems.push('the guidance team needs a leader who is a school leader');
  } else {
    if (isBlank(leader.name)) problems.push("the team leader's name is required");
    if (isBlank(leader.title)) problems.push("the team leader must be a school leader: record the leader's title (e.g. 校长, 副校长)");
  }
  if (contact === null) {
    problems.push('the guidance team needs one contact person for daily work');
  } else {
    if (isBlank(contact.name)) problems.push("the contact person's name is required");
    if (isBlank(contact.phone)) problems.push("the contact person's phone number is required");
  }
  if (teachers.length === 0) problems.push('the guidance team needs at least one guidance teacher');
  teachers.forEach((teacher, index) => {
    const label = isBlank(teacher.person.name) ? `guidance teacher ${index + 1}` : `guidance teacher ${index + 1} (${teacher.person.name.trim()})`;
    if (isBlank(teacher.person.name)) problems.push(`${label}: a name is required`);
    if (!disciplineCodes.includes(teacher.disciplineCode)) {
      problems.push(`${label}: discipline ${JSON.stringify(teacher.disciplineCode)} is not one of the cycle's disciplines`);
    }
  });
  return problems.map((message) => ({ rule: 'R-ORG-2', message }));
}

/** A school's application to take part in a cycle (§八(一)). */
export type ParticipationStatus = 'draft' | 'submitted' | 'approved' | 'rejected';

export const PARTICIPATION_STATUSES: readonly ParticipationStatus[] = ['draft', 'submitted', 'approved', 'rejected'];

export interface ParticipationDecision {
  approve: boolean;
  /** Required, non-blank, for a rejection; kept (not required) with an approval. */
  reason?: string | null;
}

/**
 * R-SCOPE-3: the office approves or rejects a school's submitted application to take part. Only a
 * submitted application can be decided (a draft is not yet asked, a decided one stays decided); a
 * rejection records a non-blank reason.
 */
export function decideParticipation(status: ParticipationStatus, decision: ParticipationDecision): Result<ParticipationStatus, RuleViolation> {
  if (status !== 'submitted') {
    const why = status === 'draft' ? 'it is still a draft: the school submits it first' : `it has already been ${status}`;
    return err({ rule: 'R-SCOPE-3', message: `only a submitted application to take part can be decided; ${why}` });
  }
  if (decision.approve) return ok('approved');
  if (isBlank(decision.reason)) return err({ rule: 'R-SCOPE-3', message: 'a rejected application to take part needs a reason' });
  return ok('rejected');
}
