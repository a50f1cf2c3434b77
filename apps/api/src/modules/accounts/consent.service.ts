import { checkDateOfBirth } from '@yingcai/domain/applications';
import { toProgrammeDate } from '@yingcai/domain/cycle';
import type { Context } from '../../graphql/context.js';
import { AppError } from '../../graphql/errors.js';
import { audit } from '../audit/index.js';
import { Account } from './account.entity.js';
import { GUARDIAN_CONSENT } from './consent-text.js';
import { checkCode, consumeCode, maskContact, refuseWhenLimited, sendCode } from './codes.js';
import { parseContact, type Contact } from './contact.js';
import { GuardianConsent } from './guardian-consent.entity.js';

export interface ConsentInput {
  dateOfBirth: string;
  guardianName: string;
  guardianPhone: string;
  consentVersion: string;
  /** Issue 23: the code sent to the guardian's phone, which the guardian told the applicant. */
  guardianCode: string;
}

/** The guardian's mobile, never the applicant's own: the code must reach someone else (issue 23). */
async function guardianPhoneOf(ctx: Context, accountId: string, given: string): Promise<{ phone: Contact; account: Account }> {
  const phone = parseContact(given);
  if (phone.kind !== 'phone') throw new AppError('BAD_USER_INPUT', "give the guardian's 11-digit mobile number", { field: 'guardianPhone' });
  const account = await ctx.em.findOneOrFail(Account, { id: accountId });
  if (account.phone === phone.value) {
    throw new AppError('BAD_USER_INPUT', "the guardian confirms on their own phone, not the applicant's", { field: 'guardianPhone', reason: 'GUARDIAN_PHONE_IS_OWN' });
  }
  return { phone, account };
}

/** Issue 23: a code goes to the guardian's own phone; the guardian reads the consent text and tells the applicant. */
export async function sendGuardianCode(ctx: Context, accountId: string, guardianPhone: string): Promise<string> {
  const { phone, account } = await guardianPhoneOf(ctx, accountId, guardianPhone);
  await refuseWhenLimited(ctx, phone);
  await ctx.em.transactional(async (em) => sendCode(em, ctx, em.merge(account), phone, 'guardian_consent'));
  return maskContact(phone);
}

/** Issue 23: the guardian takes the consent back; the processing it covered stops and the office's log says so. */
export async function withdrawGuardianConsent(ctx: Context, accountId: string): Promise<void> {
  await ctx.em.transactional(async (em) => {
    const consent = await em.findOne(GuardianConsent, { account: accountId, withdrawnAt: null });
    if (!consent) throw new AppError('BAD_USER_INPUT', 'there is no consent in force to withdraw', { reason: 'NO_CONSENT' });
    consent.withdrawnAt = ctx.now;
    audit(em, ctx, { action: 'person.withdraw_guardian_consent', subjectType: 'account', subjectId: accountId, subjectAccountId: accountId, as: 'self' });
  });
}

/** R-CONSENT-1: the guardian's consent, with the exact text and version agreed and the time. */
export async function recordGuardianConsent(ctx: Context, accountId: string, input: ConsentInput): Promise<void> {
  const today = toProgrammeDate(ctx.now);
  const problem = checkDateOfBirth(input.dateOfBirth, today);
  if (problem) throw new AppError('BAD_USER_INPUT', `dateOfBirth must be a date YYYY-MM-DD from 1900-01-01 to ${today}`, { field: 'dateOfBirth', reason: problem });
  const { phone, account: applicant } = await guardianPhoneOf(ctx, accountId, input.guardianPhone);
  if (input.consentVersion !== GUARDIAN_CONSENT.version) {
    throw new AppError('CONFLICT', `the consent text changed (now version ${GUARDIAN_CONSENT.version}): read it again`);
  }
  const checked = await checkCode(ctx, phone, applicant, 'guardian_consent', input.guardianCode);
  await ctx.em.transactional(async (em) => {
    await consumeCode(em, checked, ctx.now);
    const account = em.getReference(Account, accountId);
    const consent = (await em.findOne(GuardianConsent, { account: accountId })) ?? em.create(GuardianConsent, {
      account, dateOfBirth: input.dateOfBirth, guardianName: '', guardianPhone: '', consentVersion: '', consentText: '', consentedAt: ctx.now,
    });
    em.assign(consent, {
      dateOfBirth: input.dateOfBirth,
      guardianName: input.guardianName.trim(),
      guardianPhone: phone.value,
      consentVersion: GUARDIAN_CONSENT.version,
      consentText: GUARDIAN_CONSENT.text,
      consentedAt: ctx.now,
      withdrawnAt: null,
    });
    audit(em, ctx, { action: 'person.record_guardian_consent', subjectType: 'account', subjectId: accountId, subjectAccountId: accountId, as: 'self' });
  });
}
