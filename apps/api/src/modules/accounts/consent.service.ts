import { checkDateOfBirth } from '@yingcai/domain/applications';
import { toProgrammeDate } from '@yingcai/domain/cycle';
import type { Context } from '../../graphql/context.js';
import { AppError } from '../../graphql/errors.js';
import { audit } from '../audit/index.js';
import { Account } from './account.entity.js';
import { GUARDIAN_CONSENT } from './consent-text.js';
import { parseContact } from './contact.js';
import { GuardianConsent } from './guardian-consent.entity.js';

export interface ConsentInput {
  dateOfBirth: string;
  guardianName: string;
  guardianPhone: string;
  consentVersion: string;
}

/** R-CONSENT-1: the guardian's consent, with the exact text and version agreed and the time. */
export async function recordGuardianConsent(ctx: Context, accountId: string, input: ConsentInput): Promise<void> {
  const today = toProgrammeDate(ctx.now);
  const problem = checkDateOfBirth(input.dateOfBirth, today);
  if (problem) throw new AppError('BAD_USER_INPUT', `dateOfBirth must be a date YYYY-MM-DD from 1900-01-01 to ${today}`, { field: 'dateOfBirth', reason: problem });
  if (!input.guardianName.trim()) throw new AppError('BAD_USER_INPUT', "give the guardian's name");
  const phone = parseContact(input.guardianPhone);
  if (phone.kind !== 'phone') throw new AppError('BAD_USER_INPUT', "give the guardian's 11-digit mobile number");
  if (input.consentVersion !== GUARDIAN_CONSENT.version) {
    throw new AppError('CONFLICT', `the consent text changed (now version ${GUARDIAN_CONSENT.version}): read it again`);
  }
  await ctx.em.transactional(async (em) => {
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
    });
    audit(em, ctx, { action: 'person.record_guardian_consent', subjectType: 'account', subjectId: accountId, subjectAccountId: accountId, as: 'self' });
  });
}
