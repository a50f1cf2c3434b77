import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { AppError } from '../../graphql/errors.js';
import { toMe } from './account-views.js';
import { ChangePasswordInput, GuardianConsentInput, LoginInput, RegisterInput, ResetPasswordInput, VerifyContactInput } from './account.input.js';
import { CodeSentType, ConsentTextType, MeType, PrivacyNoticeType, SessionInfoType } from './account.type.js';
import * as auth from './auth.service.js';
import { recordGuardianConsent, sendGuardianCode, withdrawGuardianConsent } from './consent.service.js';
import { GUARDIAN_CONSENT } from './consent-text.js';
import { PRIVACY_NOTICE } from './privacy-notice.js';
import { requireAccount } from './require-account.js';
import { Session } from './session.entity.js';

@Resolver()
export class AuthResolver {
  @Query(() => MeType, { nullable: true, description: 'The signed-in account, or null' })
  async me(@Ctx() ctx: Context): Promise<MeType | null> {
    return ctx.actor ? toMe(ctx.em, await requireAccount(ctx), ctx.now) : null;
  }

  @Mutation(() => CodeSentType, { description: 'An applicant registers; a code goes to the contact' })
  async register(@Ctx() ctx: Context, @Arg('input', () => RegisterInput) input: RegisterInput): Promise<CodeSentType> {
    return { sentTo: await auth.register(ctx, input) };
  }

  @Mutation(() => CodeSentType)
  async resendVerificationCode(@Ctx() ctx: Context, @Arg('contact', () => String) contact: string): Promise<CodeSentType> {
    return { sentTo: await auth.resendVerification(ctx, contact) };
  }

  @Mutation(() => MeType, { description: 'The code activates the account and signs it in' })
  async verifyContact(@Ctx() ctx: Context, @Arg('input', () => VerifyContactInput) input: VerifyContactInput): Promise<MeType> {
    return toMe(ctx.em, await auth.verifyContact(ctx, input), ctx.now);
  }

  @Mutation(() => MeType)
  async login(@Ctx() ctx: Context, @Arg('input', () => LoginInput) input: LoginInput): Promise<MeType> {
    return toMe(ctx.em, await auth.login(ctx, input), ctx.now);
  }

  @Mutation(() => Boolean)
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    await auth.logout(ctx);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Sends a code when the contact has an account; answers the same either way' })
  async requestPasswordReset(@Ctx() ctx: Context, @Arg('contact', () => String) contact: string): Promise<boolean> {
    await auth.requestPasswordReset(ctx, contact);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Sets a new password with the code; every session of the account ends' })
  async resetPassword(@Ctx() ctx: Context, @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput): Promise<boolean> {
    await auth.resetPassword(ctx, input);
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Every other session ends; this browser gets a new one' })
  async changePassword(@Ctx() ctx: Context, @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput): Promise<boolean> {
    await auth.changePassword(ctx, await requireAccount(ctx), input);
    return true;
  }

  @Authorized()
  @Query(() => [SessionInfoType])
  async mySessions(@Ctx() ctx: Context): Promise<SessionInfoType[]> {
    const sessions = await ctx.em.find(Session, { account: ctx.actor!.accountId }, { orderBy: { lastSeenAt: 'desc' } });
    return sessions.map((s) => ({ ...s, current: s.id === ctx.sessionId }));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Signs one of my sessions out' })
  async endSession(@Ctx() ctx: Context, @Arg('handle', () => ID) handle: string): Promise<boolean> {
    const ended = await ctx.em.nativeDelete(Session, { handle, account: ctx.actor!.accountId });
    if (ended === 0) throw new AppError('NOT_FOUND', 'no such session of yours');
    return true;
  }

  @Query(() => PrivacyNoticeType, { description: 'Issue 23: the privacy notice (个人信息处理规则) in force. Public.' })
  privacyNotice(): PrivacyNoticeType {
    return { ...PRIVACY_NOTICE, sections: PRIVACY_NOTICE.sections.map((section) => ({ ...section })) };
  }

  @Query(() => ConsentTextType, { description: 'The guardian consent text in force (R-CONSENT-1). Public.' })
  guardianConsentText(): ConsentTextType {
    return GUARDIAN_CONSENT;
  }

  @Authorized()
  @Mutation(() => CodeSentType, { description: "Issue 23: a code to the guardian's own phone (not the applicant's), to confirm the consent with" })
  async sendGuardianCode(@Ctx() ctx: Context, @Arg('guardianPhone', () => String) guardianPhone: string): Promise<CodeSentType> {
    return { sentTo: await sendGuardianCode(ctx, ctx.actor!.accountId, guardianPhone) };
  }

  @Authorized()
  @Mutation(() => MeType, { description: 'Issue 23: the guardian withdraws the consent; R-CONSENT-1 gates the submission again (audited)' })
  async withdrawGuardianConsent(@Ctx() ctx: Context): Promise<MeType> {
    await withdrawGuardianConsent(ctx, ctx.actor!.accountId);
    return toMe(ctx.em, await requireAccount(ctx), ctx.now);
  }

  @Authorized()
  @Mutation(() => MeType, { description: "R-CONSENT-1: records the guardian's consent, confirmed by the code sent to the guardian's phone, with the text's version and the time" })
  async recordGuardianConsent(@Ctx() ctx: Context, @Arg('input', () => GuardianConsentInput) input: GuardianConsentInput): Promise<MeType> {
    await recordGuardianConsent(ctx, ctx.actor!.accountId, input);
    return toMe(ctx.em, await requireAccount(ctx), ctx.now);
  }
}
