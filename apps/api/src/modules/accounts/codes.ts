import { raw, type EntityManager } from '@mikro-orm/core';
import { maskEmail, maskPhone } from '@yingcai/domain/privacy';
import type { Context } from '../../graphql/context.js';
import type { Account } from './account.entity.js';
import { accountError, rateLimited } from './accounts.errors.js';
import { contactKey, type Contact } from './contact.js';
import { OneTimeCode, type CodePurpose } from './one-time-code.entity.js';
import { newCode, sameHash, sha256 } from './secrets.js';

const CODE_LIFETIME_MS = 10 * 60_000;
const MAX_ATTEMPTS = 5;

const WORDING: Record<CodePurpose, { subject: string; line: string }> = {
  verify_contact: { subject: '英才计划：验证码', line: '您正在注册山西省中学生英才计划账号' },
  reset_password: { subject: '英才计划：重置密码验证码', line: '您正在重置山西省中学生英才计划账号的密码' },
  guardian_consent: { subject: '英才计划：监护人同意验证码', line: '您的孩子正在报名山西省中学生英才计划。请阅读《监护人同意书》后，把验证码告诉孩子以确认您同意' },
};

export const maskContact = (contact: Contact): string => (contact.kind === 'email' ? maskEmail(contact.value) : maskPhone(contact.value));

/**
 * Sends a new code (earlier unused ones of the same purpose stop working). Inside the caller's unit of
 * work; the sending limits were counted before it opened (`refuseWhenLimited`).
 */
export async function sendCode(em: EntityManager, ctx: Context, account: Account, contact: Contact, purpose: CodePurpose): Promise<void> {
  await em.nativeUpdate(OneTimeCode, { account, purpose, usedAt: null }, { usedAt: ctx.now });
  const code = newCode();
  em.create(OneTimeCode, {
    account,
    purpose,
    codeHash: sha256(`${account.id}:${code}`),
    createdAt: ctx.now,
    expiresAt: new Date(ctx.now.getTime() + CODE_LIFETIME_MS),
  });
  const { subject, line } = WORDING[purpose];
  const minutes = CODE_LIFETIME_MS / 60_000;
  await ctx.notifier.send(em, {
    channel: contact.kind === 'email' ? 'email' : 'sms',
    recipient: contact.value,
    subject,
    body: `${line}，验证码 ${code}，${minutes}分钟内有效。如非本人操作，请忽略。`,
    template: `code_${purpose}`,
    values: { code, minutes },
  }, ctx.now);
}

/**
 * Counts a request to send to this contact, whether or not it has an account, so the limits tell
 * nothing. Outside any transaction: on PostgreSQL the counters take a connection of their own.
 */
export async function refuseWhenLimited(ctx: Context, contact: Contact): Promise<void> {
  const waits = await Promise.all([ctx.limits.hit('code_contact', contactKey(contact)), ctx.limits.hit('code_ip', ctx.ip ?? 'unknown')]);
  const wait = Math.max(...waits);
  if (wait > 0) throw rateLimited(wait);
}

/**
 * Wrong, expired, used, locked or never sent: one answer, so that a contact's codes tell nothing about
 * whether it has an account.
 */
const wrongCode = () => accountError('BAD_USER_INPUT', 'CODE_INVALID', 'wrong or no longer valid code: check it or ask for a new one');

/**
 * Checks a code entered for a contact against the newest code of the purpose sent to `account` (null when
 * the contact has no account in the right state). Runs outside any transaction, so the attempt it counts
 * stays counted when the caller's request fails: each guess first claims one of the code's five attempts
 * in a single statement, so no burst of parallel guesses gets more; wrong guesses also count against the
 * contact and the address.
 */
export async function checkCode(ctx: Context, contact: Contact, account: Account | null, purpose: CodePurpose, code: string): Promise<CheckedCode> {
  const ip = ctx.ip ?? 'unknown';
  const wait = Math.max(await ctx.limits.hit('guess_contact', contactKey(contact)), await ctx.limits.hit('guess_ip', ip));
  if (wait > 0) throw rateLimited(wait);
  const codeId = account ? await claimAttempt(ctx.em, account, purpose, code, ctx.now) : null;
  if (!account || codeId === null) throw wrongCode();
  await Promise.all([ctx.limits.refund('guess_contact', contactKey(contact)), ctx.limits.refund('guess_ip', ip)]);
  return { account, codeId };
}

export interface CheckedCode {
  account: Account;
  codeId: number;
}

/** The id of the newest code when it is live, has an attempt left, and matches. */
async function claimAttempt(em: EntityManager, account: Account, purpose: CodePurpose, code: string, now: Date): Promise<number | null> {
  const latest = await em.findOne(OneTimeCode, { account, purpose }, { orderBy: { id: 'desc' } });
  if (!latest || latest.usedAt || latest.expiresAt <= now) return null;
  const claimed = await em.nativeUpdate(OneTimeCode, { id: latest.id, failedAttempts: { $lt: MAX_ATTEMPTS } }, { failedAttempts: raw('failed_attempts + 1') });
  return claimed === 1 && sameHash(latest.codeHash, sha256(`${account.id}:${code.trim()}`)) ? latest.id : null;
}

/** Uses a checked code inside the request's unit of work; of two requests with the same code, one loses. */
export async function consumeCode(em: EntityManager, checked: CheckedCode, now: Date): Promise<void> {
  const used = await em.nativeUpdate(OneTimeCode, { id: checked.codeId, usedAt: null }, { usedAt: now });
  if (used === 0) throw wrongCode();
}
