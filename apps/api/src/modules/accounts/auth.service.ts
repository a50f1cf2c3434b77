import type { EntityManager } from '@mikro-orm/core';
import { checkPassword } from '@yingcai/domain/access';
import type { Context } from '../../graphql/context.js';
import { audit } from '../audit/index.js';
import { Account } from './account.entity.js';
import { PRIVACY_NOTICE } from './privacy-notice.js';
import { accountError, rateLimited, weakPassword } from './accounts.errors.js';
import { checkCode, consumeCode, maskContact, refuseWhenLimited, sendCode } from './codes.js';
import { contactFields, contactKey, contactWhere, parseContact, type Contact } from './contact.js';
import { RoleGrant } from './role-grant.entity.js';
import { hashPassword, spendPasswordTime, verifyPassword } from './secrets.js';
import { Session } from './session.entity.js';
import { actorOf, endSessions, startSession } from './sessions.js';

function refuseWeakPassword(password: string, account: { email: string | null; phone: string | null; displayName: string }): void {
  const problems = checkPassword(password, account);
  if (problems.length > 0) throw weakPassword(problems);
}

/**
 * An applicant registers with an e-mail address or phone and a password; a code verifies the contact.
 * A contact that already has an account gets the same answer, after the same limits and the same
 * password work, and a notice telling its owner how to sign in or reset the password.
 */
export async function register(ctx: Context, input: { contact: string; password: string; displayName: string; privacyNoticeVersion: string }): Promise<string> {
  const contact = parseContact(input.contact);
  const displayName = input.displayName.trim();
  if (input.privacyNoticeVersion !== PRIVACY_NOTICE.version) {
    throw accountError('BAD_USER_INPUT', 'PRIVACY_NOTICE', `read and accept the privacy notice in force (version ${PRIVACY_NOTICE.version}) first`, { field: 'privacyNoticeVersion' });
  }
  const fields = { ...contactFields(contact), displayName, privacyNoticeVersion: PRIVACY_NOTICE.version, privacyNoticeAcceptedAt: ctx.now };
  refuseWeakPassword(input.password, fields);
  await refuseWhenLimited(ctx, contact);
  const passwordHash = await hashPassword(input.password);
  await ctx.em.transactional(async (em) => {
    if (await em.count(Account, contactWhere(contact))) return tellAccountExists(em, ctx, contact);
    const account = em.create(Account, { ...fields, passwordHash });
    em.create(RoleGrant, { account, role: 'applicant', scopeId: null });
    audit(em, ctx, { action: 'account.register', subjectType: 'account', subjectId: account.id, subjectAccountId: account.id, as: 'self' });
    await sendCode(em, ctx, account, contact, 'verify_contact');
  });
  return maskContact(contact);
}

async function tellAccountExists(em: EntityManager, ctx: Context, contact: Contact): Promise<void> {
  const body = `有人（可能是您）正在用此${contact.kind === 'email' ? '邮箱' : '手机号'}注册山西省中学生英才计划账号，但它已有账号。请直接登录；忘记密码请在登录页选择“忘记密码”。如非本人操作，请忽略。`;
  await ctx.notifier.send(em, { channel: contact.kind === 'email' ? 'email' : 'sms', recipient: contact.value, subject: '英才计划：此联系方式已有账号', body, template: 'account_exists' }, ctx.now);
}

/** Answers the same for every contact; only an account waiting for verification gets a new code. */
export async function resendVerification(ctx: Context, rawContact: string): Promise<string> {
  const contact = parseContact(rawContact);
  await refuseWhenLimited(ctx, contact);
  await ctx.em.transactional(async (em) => {
    const account = await em.findOne(Account, contactWhere(contact));
    if (account?.status === 'unverified') await sendCode(em, ctx, account, contact, 'verify_contact');
  });
  return maskContact(contact);
}

/** The right code activates the account and signs it in. */
export async function verifyContact(ctx: Context, input: { contact: string; code: string }): Promise<Account> {
  const contact = parseContact(input.contact);
  const found = await findByContact(ctx.em, contact);
  const checked = await checkCode(ctx, contact, found?.status === 'unverified' ? found : null, 'verify_contact', input.code);
  return ctx.em.transactional(async (em) => {
    await consumeCode(em, checked, ctx.now);
    const account = em.merge(checked.account);
    account.status = 'active';
    audit(em, ctx, { action: 'account.verify_contact', subjectType: 'account', subjectId: account.id, subjectAccountId: account.id, as: 'self' });
    await signIn(em, ctx, account);
    return account;
  });
}

/** Counts failures only: a success gives the address its point back and clears the account's count. */
export async function login(ctx: Context, input: { login: string; password: string }): Promise<Account> {
  const contact = parseContact(input.login);
  const ip = ctx.ip ?? 'unknown';
  const wait = Math.max(await ctx.limits.hit('login_ip', ip), await ctx.limits.hit('login_account', contactKey(contact)));
  if (wait > 0) throw rateLimited(wait);
  const account = await findByContact(ctx.em, contact);
  if (!account?.passwordHash) {
    await spendPasswordTime(input.password);
    throw accountError('UNAUTHENTICATED', 'WRONG_CREDENTIALS', 'wrong login or password');
  }
  if (!(await verifyPassword(account.passwordHash, input.password))) {
    throw accountError('UNAUTHENTICATED', 'WRONG_CREDENTIALS', 'wrong login or password');
  }
  await Promise.all([ctx.limits.refund('login_ip', ip), ctx.limits.reset('login_account', contactKey(contact))]);
  if (account.status === 'disabled') throw accountError('FORBIDDEN', 'ACCOUNT_DISABLED', 'this account is disabled: contact the programme office');
  if (account.status === 'unverified') throw accountError('FORBIDDEN', 'ACCOUNT_UNVERIFIED', 'verify your contact with the code sent to you first');
  account.lastLoginAt = ctx.now;
  await signIn(ctx.em, ctx, account);
  await ctx.em.flush();
  return account;
}

export async function logout(ctx: Context): Promise<void> {
  if (ctx.sessionId) await ctx.em.nativeDelete(Session, { id: ctx.sessionId });
  ctx.cookie.clear();
}

/** Always answers the same, whether or not the contact has an account. */
export async function requestPasswordReset(ctx: Context, rawContact: string): Promise<void> {
  const contact = parseContact(rawContact);
  await refuseWhenLimited(ctx, contact);
  await ctx.em.transactional(async (em) => {
    const account = await findByContact(em, contact);
    if (account?.status === 'active') await sendCode(em, ctx, account, contact, 'reset_password');
  });
}

/**
 * The code is checked before the password (a weak-password answer would tell that the contact has an account),
 * and the new password hashed before the unit of work opens, which holds one connection.
 */
export async function resetPassword(ctx: Context, input: { contact: string; code: string; password: string }): Promise<void> {
  const contact = parseContact(input.contact);
  const found = await findByContact(ctx.em, contact);
  const checked = await checkCode(ctx, contact, found?.status === 'active' ? found : null, 'reset_password', input.code);
  refuseWeakPassword(input.password, checked.account);
  const passwordHash = await hashPassword(input.password);
  await ctx.em.transactional(async (em) => {
    await consumeCode(em, checked, ctx.now);
    await setPassword(em, ctx, em.merge(checked.account), passwordHash);
  });
}

export async function changePassword(ctx: Context, account: Account, input: { currentPassword: string; newPassword: string }): Promise<void> {
  if (!account.passwordHash || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw accountError('BAD_USER_INPUT', 'WRONG_PASSWORD', 'the current password is wrong');
  }
  refuseWeakPassword(input.newPassword, account);
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.em.transactional(async (em) => {
    await setPassword(em, ctx, em.merge(account), passwordHash);
    await signIn(em, ctx, account);
  });
}

/** A new password ends every session of the account. */
async function setPassword(em: EntityManager, ctx: Context, account: Account, passwordHash: string): Promise<void> {
  account.passwordHash = passwordHash;
  account.passwordChangedAt = ctx.now;
  await endSessions(em, account.id);
  audit(em, ctx, { action: 'account.password_change', subjectType: 'account', subjectId: account.id, subjectAccountId: account.id, as: 'self' });
}

/** A fresh session and cookie; the request's own session, if any, ends (rotation). */
export async function signIn(em: EntityManager, ctx: Context, account: Account): Promise<void> {
  if (ctx.sessionId) await em.nativeDelete(Session, { id: ctx.sessionId });
  const started = startSession(em, account, { ip: ctx.ip, userAgent: ctx.userAgent, now: ctx.now });
  ctx.cookie.set(started.token, started.maxAgeSeconds);
  ctx.actor = actorOf(account);
}

export function findByContact(em: EntityManager, contact: Contact): Promise<Account | null> {
  return em.findOne(Account, contactWhere(contact), { populate: ['grants'] });
}
