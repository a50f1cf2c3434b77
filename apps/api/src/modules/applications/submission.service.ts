import type { EntityManager } from '@mikro-orm/core';
import { advanceApplication, checkApplicationSubmission, type SubmissionResult } from '@yingcai/domain/applications';
import type { Context } from '../../graphql/context.js';
import { AppError, notFound, ruleViolation } from '../../graphql/errors.js';
import { idNumberHash } from '../../crypto/lookup-hash.js';
import { audit } from '../audit/index.js';
import { type Cycle, loadCycle } from '../cycles/index.js';
import { requireApplicant } from './application-access.js';
import { notifyApplicant } from './application-notices.js';
import { checkVersion, saveLocked } from '../../orm/locked-unit-of-work.js';
import { Application } from './application.entity.js';
import { findOwnApplication } from './draft.service.js';
import { submissionInput, type CompleteDraft } from './submission-input.js';

const REQUIRED = ['name', 'gender', 'dateOfBirth', 'idNumber', 'school', 'grade', 'className', 'phone', 'disciplineCode', 'gradeSize', 'statement'] as const;

/**
 * The fields a submission needs; a missing one is BAD_USER_INPUT naming them all (the API's name for school
 * is schoolId). A school named outside the list stands in for it, and R-APP-1 then refuses it by rule.
 */
function requireComplete(application: Application): CompleteDraft {
  const given = (field: (typeof REQUIRED)[number]) => application[field] !== null || (field === 'school' && application.unlistedSchool !== null);
  const missing = REQUIRED.filter((field) => !given(field)).map((field) => (field === 'school' ? 'schoolId' : field));
  if (missing.length > 0) throw new AppError('BAD_USER_INPUT', `fill in ${missing.join(', ')} before submitting`, { field: missing[0], fields: missing, reason: 'INCOMPLETE' });
  const { id, idNumber, grade, gradeSize, disciplineCode, subjectRank, overallRank, mentorChoices } = application;
  return { id, applicantId: application.applicant.id, idNumber: idNumber!, schoolId: application.school?.id ?? '', grade: grade!, gradeSize: gradeSize!, disciplineCode: disciplineCode!, subjectRank, overallRank, mentorChoices };
}

/** Every rule broken is named; numbers the rules cannot judge come with them, or alone as BAD_USER_INPUT. */
function refusal(result: SubmissionResult): AppError {
  const { violations, inputErrors } = result;
  if (violations.length === 0) {
    const first = inputErrors[0]!;
    return new AppError('BAD_USER_INPUT', inputErrors.map((e) => `${e.field}: ${e.message}`).join('; '), { field: first.field, reason: first.code, inputErrors });
  }
  const { message, extensions } = ruleViolation(violations);
  return new AppError('RULE_VIOLATION', message, { rules: extensions.rules, violations, inputErrors });
}

/** 报名号: the cycle's prefix, the year and the count of submissions; the unique index refuses a shared number. */
async function nextApplicationNumber(em: EntityManager, cycle: Cycle): Promise<string> {
  const submitted = await em.count(Application, { cycle, applicationNumber: { $ne: null } });
  return `${cycle.applicationNumberPrefix}${cycle.year}-${String(submitted + 1).padStart(5, '0')}`;
}

/**
 * R-APP-1..5, R-CONSENT-1: the applicant submits their draft. Every rule is checked at once
 * (`checkApplicationSubmission`); a refusal changes nothing, so the draft is kept as it was.
 */
export async function submitApplication(ctx: Context, year: number, version: number): Promise<Application> {
  const actor = requireApplicant(ctx, 'application.submit');
  return saveLocked(ctx, async (em) => {
    const cycle = await loadCycle(em, year);
    const application = await findOwnApplication(em, cycle, actor.accountId);
    if (!application) throw notFound(`no application for ${year}: save a draft first`);
    checkVersion(application, version);
    const step = advanceApplication(application.status, 'submit', 'applicant');
    if (!step.ok) throw ruleViolation([step.error]);
    const result = checkApplicationSubmission(await submissionInput(em, ctx, cycle, requireComplete(application)));
    if (!result.ok) throw refusal(result);
    const applicationNumber = await nextApplicationNumber(em, cycle);
    em.assign(application, { status: step.value, applicationNumber, submittedIdHash: idNumberHash(application.idNumber!), submittedAt: ctx.now, updatedAt: ctx.now });
    audit(em, ctx, { action: 'application.submit', subjectType: 'application', subjectId: applicationNumber, subjectAccountId: actor.accountId, as: 'self' });
    await notifyApplicant(em, ctx, application);
    return application;
  });
}
