import type { EntityManager } from '@mikro-orm/core';
import type { SubmissionInput } from '@yingcai/domain/applications';
import type { GuardianConsent as RecordedConsent } from '@yingcai/domain/consent';
import { toProgrammeDate } from '@yingcai/domain/cycle';
import type { Context } from '../../graphql/context.js';
import { ruleViolation } from '../../graphql/errors.js';
import { GuardianConsent } from '../accounts/index.js';
import { type Cycle, extendedUntil } from '../cycles/index.js';
import { ApplicationMaterial } from './application-material.entity.js';
import { readRows } from '../../orm/read-rows.js';
import { type Application } from './application.entity.js';

export const REGISTRATION_WINDOW = 'registration';

/** A draft with every field the rules need filled in (see `requireComplete`). */
export interface CompleteDraft {
  id: number;
  applicantId: string;
  idNumber: string;
  schoolId: string;
  grade: number;
  gradeSize: number;
  disciplineCode: string;
  subjectRank: number | null;
  overallRank: number | null;
  mentorChoices: Application['mentorChoices'];
}

export function registrationWindow(cycle: Cycle): SubmissionInput['registrationWindow'] {
  const milestone = cycle.milestones.getItems().find((m) => m.key === REGISTRATION_WINDOW);
  // R-APP-4: without a registration window nobody can apply.
  if (!milestone) throw ruleViolation([{ rule: 'R-APP-4', message: `the ${cycle.year} cycle has no registration window` }]);
  return { startsOn: milestone.startsOn, endsOn: milestone.endsOn };
}

/** R-CONSENT-1: the consent recorded with the applicant's account, if any. */
async function recordedConsent(em: EntityManager, accountId: string): Promise<RecordedConsent | null> {
  // Issue 23: a withdrawn consent is no consent: R-CONSENT-1 refuses as before it was given.
  const consent = await em.findOne(GuardianConsent, { account: accountId, withdrawnAt: null });
  if (!consent) return null;
  const { guardianName, guardianPhone, consentVersion } = consent;
  return { guardianName, guardianPhone, consentVersion, consentedAt: consent.consentedAt.toISOString() };
}

/** R-APP-1, R-SCOPE-3: the schools whose participation the office approved. */
export async function participatingSchoolIds(em: EntityManager, cycle: Cycle): Promise<string[]> {
  const rows = await readRows<{ school_id: string }>(em, "select school_id from participation where cycle_id = ? and status = 'approved'", [cycle.id]);
  return rows.map((row) => row.school_id);
}

/** R-APP-3: the mentors approved for the cycle, by discipline. */
export async function approvedMentorIdsByDiscipline(em: EntityManager, cycle: Cycle): Promise<Record<string, string[]>> {
  const rows = await readRows<{ id: string; discipline_code: string }>(
    em,
    "select m.id, m.discipline_code from mentor_appointment a join mentor m on m.id = a.mentor_id where a.cycle_id = ? and a.status = 'approved'",
    [cycle.id],
  );
  const byDiscipline: Record<string, string[]> = {};
  for (const row of rows) (byDiscipline[row.discipline_code] ??= []).push(row.id);
  return byDiscipline;
}

/** R-APP-3: the materials as uploaded; each was checked then, and is judged again with the count. */
async function materialInputs(em: EntityManager, applicationId: number): Promise<SubmissionInput['materials']> {
  const materials = await em.find(ApplicationMaterial, { application: applicationId });
  return materials.map((m) => ({ declaredName: m.fileName, detectedType: m.mediaType, size: m.size }));
}

/** Everything `checkApplicationSubmission` judges, read from the cycle, the account and the draft. */
export async function submissionInput(em: EntityManager, ctx: Context, cycle: Cycle, application: CompleteDraft): Promise<SubmissionInput> {
  return {
    today: toProgrammeDate(ctx.now),
    registrationWindow: registrationWindow(cycle),
    extendedUntil: await extendedUntil(em, cycle, REGISTRATION_WINDOW, application.schoolId, application.applicantId),
    idNumber: application.idNumber,
    consent: await recordedConsent(em, application.applicantId),
    eligibility: { grade: application.grade, schoolId: application.schoolId, gradeSize: application.gradeSize, subjectRank: application.subjectRank, overallRank: application.overallRank },
    eligibilityRules: { subjectRankTopPercent: cycle.subjectRankTopPercent, overallRankTopPercent: cycle.overallRankTopPercent, participatingSchoolIds: await participatingSchoolIds(em, cycle) },
    mentorChoices: application.mentorChoices,
    mentorContext: { disciplineCode: application.disciplineCode, maxChoices: cycle.maxMentorChoices, approvedMentorIdsByDiscipline: await approvedMentorIdsByDiscipline(em, cycle) },
    materials: await materialInputs(em, application.id),
  };
}
