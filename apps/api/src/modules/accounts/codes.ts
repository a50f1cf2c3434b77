import type { EntityManager } from '@mikro-orm/core';
import { maskEmail, maskPhone } from '@yingcai/domain/privacy';
import type { Context } from '../../graphql/context.js';
import type { Account } from './account.entity.js';
import { accountError, rateLimited } from './accounts.errors.js';
import type { Contact } from './contact.js';
import { OneTimeCode, type CodePurpose } from './one-time-code.entity.js';
import { newCode, sameHash, sha256 } from './secrets.js';

const CODE_LIFETIME_MS = 10 * 60_000;
const MAX_FAILED_ATTEMPTS = 5;

const WORDING: Record<CodePurpose, { subject: string; line: string }> = {
  verify_contact: { subject: '英才计划：验证码', line: '您正在注册山西省中学生英才计划账号' },
  reset_password: { subject: '英才计划：重置密码验证码', line: '您正在重置山西省中学生英才计划账号的密码' },
};

export const maskContact = (contact: Contact): string => (contact.kind === 'email' ? maskEmail(contact.value) : maskPhone(contact.value));

/** Sends a new code (earlier unused ones of the same purpose stop working), within the sending limits. */
export async function sendCode(em: EntityManager, ctx: Context, account: Account, contact: Contact, purpose: CodePurpose): Promise<string> {
  await refuseWhenLimited(ctx, contact);
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
  await ctx.notifier.send(
    em,
    { channel: contact.kind === 'email' ? 'email' : 'sms', recipient: contact.value, subject, body: `${line}，验证码 ${code}，10分钟内有效。如非本人操作，请忽略。` },
    ctx.now,
  );
  return maskContact(contact);
}

async function refuseWhenLimited(ctx: Context, contact: Contact): Promise<void> {
  const waits = await Promise.all([ctx.limits.hit('code_contact', contact.value), ctx.limits.hit('code_ip', ctx.ip ?? 'unknown')]);
  const wait = Math.max(...waits);
  if (wait > 0) throw rateLimited(wait);
}

/** Uses the newest code of a purpose: expired, used, locked after five misses, or wrong — each said plainly. */
export async function useCode(em: EntityManager, account: Account, purpose: CodePurpose, code: string, now: Date): Promise<void> {
  const latest = await em.findOne(OneTimeCode, { account, purpose }, { orderBy: { id: 'desc' } });
  if (!latest) throw accountError('BAD_USER_INPUT', 'CODE_INVALID', 'no code was sent: ask for a new one');
  if (latest.usedAt) throw accountError('BAD_USER_INPUT', 'CODE_USED', 'this code was already used or replaced: ask for a new one');
  if (latest.expiresAt <= now) throw accountError('BAD_USER_INPUT', 'CODE_EXPIRED', 'this code has expired: ask for a new one');
  if (latest.failedAttempts >= MAX_FAILED_ATTEMPTS) {
    throw accountError('BAD_USER_INPUT', 'CODE_LOCKED', 'too many wrong codes: ask for a new one');
  }
  if (!sameHash(latest.codeHash, sha256(`${account.id}:${code.trim()}`))) {
    latest.failedAttempts += 1;
    await em.flush();
    const left = MAX_FAILED_ATTEMPTS - latest.failedAttempts;
    throw accountError('BAD_USER_INPUT', left > 0 ? 'CODE_INVALID' : 'CODE_LOCKED', `wrong code; ${left} attempts left`, { attemptsLeft: left });
  }
  latest.usedAt = now;
}
