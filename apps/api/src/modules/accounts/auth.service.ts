import type { EntityManager } from '@mikro-orm/core';
import { checkPassword } from '@yingcai/domain/access';
import type { Context } from '../../graphql/context.js';
import { audit } from '../audit/audit.js';
import { Account } from './account.entity.js';
import { accountError, rateLimited, weakPassword } from './accounts.errors.js';
import { sendCode, useCode } from './codes.js';
import { contactWhere, parseContact, type Contact } from './contact.js';
import { RoleGrant } from './role-grant.entity.js';
import { hashPassword, spendPasswordTime, verifyPassword } from './secrets.js';
import { Session } from './session.entity.js';
import { actorOf, endSessions, startSession } from './sessions.js';

function refuseWeakPassword(password: string, account: { email: string | null; phone: string | null; displayName: string }): void {
  const problems = checkPassword(password, account);
  if (problems.length > 0) throw weakPassword(problems);
}

/** An applicant registers with an e-mail address or phone and a password; a code verifies the contact. */
export async function register(ctx: Context, input: { contact: string; password: string; displayName: string }): Promise<string> {
  const contact = parseContact(input.contact);
  const displayName = input.displayName.trim();
  if (!displayName) throw accountError('BAD_USER_INPUT', 'BAD_CONTACT', 'give your name');
  const fields = { email: contact.kind === 'email' ? contact.value : null, phone: contact.kind === 'phone' ? contact.value : null, displayName };
  refuseWeakPassword(input.password, fields);
  return ctx.em.transactional(async (em) => {
    if (await em.count(Account, contactWhere(contact))) {
      throw accountError('CONFLICT', 'CONTACT_IN_USE', `${contact.kind === 'email' ? 'this e-mail address' : 'this phone number'} already has an account: log in or reset the password`);
    }
    const account = em.create(Account, { ...fields, passwordHash: await hashPassword(input.password) });
    em.create(RoleGrant, { account, role: 'applicant', scopeId: null });
    audit(em, ctx, { action: 'account.register', subjectType: 'account', subjectId: account.id, subjectAccountId: account.id, as: 'self' });
    return sendCode(em, ctx, account, contact, 'verify_contact');
  });
}

export async function resendVerification(ctx: Context, rawContact: string): Promise<string> {
  const contact = parseContact(rawContact);
  return ctx.em.transactional(async (em) => {
    const account = await em.findOne(Account, contactWhere(contact));
    if (!account || account.status !== 'unverified') throw accountError('BAD_USER_INPUT', 'CODE_INVALID', 'nothing to verify for this contact');
    return sendCode(em, ctx, account, contact, 'verify_contact');
  });
}

/** The right code activates the account and signs it in. */
export async function verifyContact(ctx: Context, input: { contact: string; code: string }): Promise<Account> {
  const contact = parseContact(input.contact);
  return ctx.em.transactional(async (em) => {
    const account = await findByContact(em, contact);
    if (account?.status !== 'unverified') throw accountError('BAD_USER_INPUT', 'CODE_INVALID', 'nothing to verify for this contact');
    await useCode(em, account, 'verify_contact', input.code, ctx.now);
    account.status = 'active';
    audit(em, ctx, { action: 'account.verify_contact', subjectType: 'account', subjectId: account.id, subjectAccountId: account.id, as: 'self' });
    await signIn(em, ctx, account);
    return account;
  });
}

export async function login(ctx: Context, input: { login: string; password: string }): Promise<Account> {
  const contact = parseContact(input.login);
  const wait = Math.max(await ctx.limits.hit('login_ip', ctx.ip ?? 'unknown'), await ctx.limits.hit('login_account', contact.value));
  if (wait > 0) throw rateLimited(wait);
  const account = await findByContact(ctx.em, contact);
  if (!account?.passwordHash) {
    await spendPasswordTime(input.password);
    throw accountError('UNAUTHENTICATED', 'WRONG_CREDENTIALS', 'wrong login or password');
  }
  if (!(await verifyPassword(account.passwordHash, input.password))) {
    throw accountError('UNAUTHENTICATED', 'WRONG_CREDENTIALS', 'wrong login or password');
  }
  if (account.status === 'disabled') throw accountError('FORBIDDEN', 'ACCOUNT_DISABLED', 'this account is disabled: contact the programme office');
  if (account.status === 'unverified') throw accountError('FORBIDDEN', 'ACCOUNT_UNVERIFIED', 'verify your contact with the code sent to you first');
  await ctx.limits.reset('login_account', contact.value);
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
  await ctx.em.transactional(async (em) => {
    const account = await findByContact(em, contact);
    if (account?.status === 'active') await sendCode(em, ctx, account, contact, 'reset_password');
  });
}

export async function resetPassword(ctx: Context, input: { contact: string; code: string; password: string }): Promise<void> {
  const contact = parseContact(input.contact);
  await ctx.em.transactional(async (em) => {
    const account = await findByContact(em, contact);
    if (account?.status !== 'active') throw accountError('BAD_USER_INPUT', 'CODE_INVALID', 'no reset was asked for this contact');
    refuseWeakPassword(input.password, account);
    await useCode(em, account, 'reset_password', input.code, ctx.now);
    await setPassword(em, ctx, account, input.password);
  });
}

export async function changePassword(ctx: Context, account: Account, input: { currentPassword: string; newPassword: string }): Promise<void> {
  if (!account.passwordHash || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw accountError('BAD_USER_INPUT', 'WRONG_PASSWORD', 'the current password is wrong');
  }
  refuseWeakPassword(input.newPassword, account);
  await ctx.em.transactional(async (em) => {
    await setPassword(em, ctx, em.merge(account), input.newPassword);
    await signIn(em, ctx, account);
  });
}

/** A new password ends every session of the account. */
async function setPassword(em: EntityManager, ctx: Context, account: Account, password: string): Promise<void> {
  account.passwordHash = await hashPassword(password);
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
