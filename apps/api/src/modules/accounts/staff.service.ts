import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { checkPassword, isWellFormedGrant, ROLE_SCOPE, STAFF_ROLES, type RoleGrant as GrantData } from '@yingcai/domain/access';
import type { Context } from '../../graphql/context.js';
import { AppError, notFound } from '../../graphql/errors.js';
import { checkPage } from '../../graphql/page.js';
import { audit } from '../audit/index.js';
import { University } from '../cycles/index.js';
import { Mentor } from '../mentors/index.js';
import { School } from '../schools/index.js';
import { Account } from './account.entity.js';
import { provinces } from './binding-targets.js';
import { accountError, weakPassword } from './accounts.errors.js';
import { signIn } from './auth.service.js';
import { emailAddress, mainlandMobile } from '@yingcai/domain';
import { contactWhere, emailWhere, parseContact } from './contact.js';
import { Invitation } from './invitation.entity.js';
import { RoleGrant } from './role-grant.entity.js';
import { hashPassword, newToken, sha256 } from './secrets.js';
import { endSessions } from './sessions.js';

const INVITATION_LIFETIME_MS = 72 * 3600_000;

/** Each grant is a staff role, bound exactly when its role is bound, to a school, mentor or university that exists. */
export async function checkGrants(em: EntityManager, grants: GrantData[]): Promise<GrantData[]> {
  if (grants.length === 0) throw accountError('BAD_USER_INPUT', 'BAD_GRANT', 'give at least one role');
  for (const grant of grants) {
    if (!STAFF_ROLES.includes(grant.role) || !isWellFormedGrant(grant)) {
      throw accountError('BAD_USER_INPUT', 'BAD_GRANT', `role ${grant.role} ${ROLE_SCOPE[grant.role] ? `needs a ${ROLE_SCOPE[grant.role]}` : 'takes no binding'}`);
    }
    if (grant.scopeId && !(await scopeExists(em, grant))) {
      throw accountError('BAD_USER_INPUT', 'BAD_GRANT', `no ${ROLE_SCOPE[grant.role]} with id ${grant.scopeId}`);
    }
  }
  return grants;
}

async function scopeExists(em: EntityManager, grant: GrantData): Promise<boolean> {
  const id = grant.scopeId!;
  if (ROLE_SCOPE[grant.role] === 'school') return (await em.count(School, { id })) > 0;
  if (ROLE_SCOPE[grant.role] === 'mentor') return (await em.count(Mentor, { id })) > 0;
  if (ROLE_SCOPE[grant.role] === 'province') return (await provinces(em)).includes(id);
  return /^\d+$/.test(id) && (await em.count(University, { id: Number(id) })) > 0;
}

export async function inviteStaff(ctx: Context, input: { email: string; displayName: string; roles: GrantData[] }) {
  const contact = parseContact(input.email);
  if (contact.kind !== 'email') throw accountError('BAD_USER_INPUT', 'BAD_CONTACT', 'staff are invited by e-mail address');
  return ctx.em.transactional(async (em) => {
    const grants = await checkGrants(em, input.roles);
    if (await em.count(Account, contactWhere(contact))) {
      throw accountError('CONFLICT', 'CONTACT_IN_USE', 'this e-mail address already has an account: change its roles instead');
    }
    const expiresAt = await sendInvitation(em, ctx, {
      email: contact.value, displayName: input.displayName, grants,
      subject: '英才计划管理后台：账号邀请',
      body: (link) => `${input.displayName}，您好：\n您被邀请使用山西省中学生英才计划管理后台。请在72小时内打开以下链接设置密码：\n${link}`,
    });
    audit(em, ctx, { action: 'account.invite', subjectType: 'invitation', subjectId: contact.value, as: 'admin' });
    return { email: contact.value, expiresAt };
  });
}

/** Stores a one-time link that creates an account with these grants, and sends it; returns when it expires. */
export async function sendInvitation(
  em: EntityManager,
  ctx: Context,
  input: { email: string; displayName: string; grants: GrantData[]; subject: string; body: (link: string) => string },
): Promise<Date> {
  const token = newToken();
  const expiresAt = new Date(ctx.now.getTime() + INVITATION_LIFETIME_MS);
  em.create(Invitation, {
    tokenHash: sha256(token), email: input.email, displayName: input.displayName.trim(), grants: input.grants,
    invitedBy: ctx.actor ? em.getReference(Account, ctx.actor.accountId) : null, createdAt: ctx.now, expiresAt,
  });
  // Issue 23: in the fragment, which browsers never send, so no server or proxy logs the token.
  const link = `${ctx.publicUrl}/admin/invitation#token=${token}`;
  await ctx.notifier.send(em, { channel: 'email', recipient: input.email, subject: input.subject, body: input.body(link) }, ctx.now);
  return expiresAt;
}

/** An invitation a link names, if it can still be accepted. */
export async function openInvitation(em: EntityManager, token: string, now: Date): Promise<Invitation> {
  const invitation = await em.findOne(Invitation, { tokenHash: sha256(token) });
  if (!invitation) throw notFound('no such invitation');
  if (invitation.acceptedAt) throw accountError('BAD_USER_INPUT', 'INVITATION_USED', 'this invitation was already used: log in instead');
  if (invitation.expiresAt <= now) throw accountError('BAD_USER_INPUT', 'INVITATION_EXPIRED', 'this invitation has expired: ask the admin for a new one');
  return invitation;
}

export async function acceptInvitation(ctx: Context, input: { token: string; password: string }): Promise<Account> {
  return ctx.em.transactional(async (em) => {
    const invitation = await openInvitation(em, input.token, ctx.now);
    const problems = checkPassword(input.password, { email: invitation.email, displayName: invitation.displayName });
    if (problems.length > 0) throw weakPassword(problems);
    if (await em.count(Account, emailWhere(invitation.email))) throw accountError('CONFLICT', 'CONTACT_IN_USE', 'this e-mail address already has an account');
    const account = em.create(Account, {
      email: invitation.email, displayName: invitation.displayName, passwordHash: await hashPassword(input.password), status: 'active',
    });
    for (const grant of invitation.grants) em.create(RoleGrant, { account, ...grant });
    invitation.acceptedAt = ctx.now;
    account.lastLoginAt = ctx.now;
    audit(em, ctx, { action: 'account.accept_invitation', subjectType: 'account', subjectId: account.id, subjectAccountId: account.id, as: 'self' });
    await signIn(em, ctx, account);
    return account;
  });
}

export interface AccountFilter {
  search?: string | null;
  role?: string | null;
  status?: string | null;
}

/** Issue 22: contacts are stored encrypted, so a search finds one only by its whole address or number, through its hash. */
function wholeContact(search: string): FilterQuery<Account>[] {
  const email = emailAddress(search);
  const phone = mainlandMobile(search);
  if (email) return [contactWhere({ kind: 'email', value: email })];
  return phone ? [contactWhere({ kind: 'phone', value: phone })] : [];
}

export async function listAccounts(em: EntityManager, filter: AccountFilter, page: { page: number; pageSize: number } | null) {
  const { limit, offset } = checkPage(page);
  const where: FilterQuery<Account> = {};
  if (filter.status) where.status = filter.status as Account['status'];
  if (filter.role) where.grants = { role: filter.role as RoleGrant['role'] };
  if (filter.search?.trim()) {
    where.$or = [{ displayName: { $like: `%${filter.search.trim()}%` } }, ...wholeContact(filter.search)];
  }
  const [rows, total] = await em.findAndCount(Account, where, {
    populate: ['grants'], orderBy: { createdAt: 'desc', id: 'asc' }, limit, offset,
  });
  return { rows, total };
}

async function loadAccount(em: EntityManager, id: string): Promise<Account> {
  const account = await em.findOne(Account, { id }, { populate: ['grants'] });
  if (!account) throw notFound(`no account ${id}`);
  return account;
}

/** Disabling ends the account's sessions at once; the reason is kept and audited. */
export async function setAccountDisabled(ctx: Context, input: { accountId: string; disabled: boolean; reason: string }): Promise<Account> {
  if (!input.reason.trim()) throw new AppError('BAD_USER_INPUT', 'give a reason');
  if (input.accountId === ctx.actor?.accountId) throw new AppError('BAD_USER_INPUT', 'an admin cannot disable their own account');
  return ctx.em.transactional(async (em) => {
    const account = await loadAccount(em, input.accountId);
    account.status = input.disabled ? 'disabled' : account.passwordHash ? 'active' : 'unverified';
    account.disabledReason = input.disabled ? input.reason.trim() : null;
    if (input.disabled) await endSessions(em, account.id);
    audit(em, ctx, { action: input.disabled ? 'account.disable' : 'account.enable', subjectType: 'account', subjectId: account.id, subjectAccountId: account.id, as: 'admin', reason: input.reason.trim() });
    return account;
  });
}

export async function setAccountRoles(ctx: Context, input: { accountId: string; roles: GrantData[] }): Promise<Account> {
  return ctx.em.transactional(async (em) => {
    const account = await loadAccount(em, input.accountId);
    const grants = await checkGrants(em, input.roles);
    const key = (g: GrantData) => `${g.role}:${g.scopeId ?? ''}`;
    const wanted = new Set(grants.map(key));
    // An applicant's own role is theirs, not the admin's to take away.
    if (account.grants.getItems().some((g) => g.role === 'applicant')) wanted.add('applicant:');
    for (const grant of account.grants.getItems()) if (!wanted.has(key(grant))) account.grants.remove(grant);
    const held = new Set(account.grants.getItems().map(key));
    for (const grant of grants) if (!held.has(key(grant))) account.grants.add(em.create(RoleGrant, { account, ...grant }));
    audit(em, ctx, { action: 'account.set_roles', subjectType: 'account', subjectId: account.id, subjectAccountId: account.id, as: 'admin', reason: grants.map((g) => `${g.role}${g.scopeId ? `:${g.scopeId}` : ''}`).join(',') });
    return account;
  });
}

/** Full contact details for a stated reason: the reveal itself is audited. */
export async function revealContact(ctx: Context, input: { accountId: string; reason: string }) {
  if (input.reason.trim().length < 2) throw new AppError('BAD_USER_INPUT', 'give the reason for revealing contact details');
  const account = await loadAccount(ctx.em, input.accountId);
  audit(ctx.em, ctx, { action: 'account.reveal_contact', subjectType: 'account', subjectId: account.id, subjectAccountId: account.id, as: 'admin', reason: input.reason.trim() });
  await ctx.em.flush();
  return { email: account.email, phone: account.phone };
}
