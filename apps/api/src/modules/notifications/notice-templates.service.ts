import type { EntityManager } from '@mikro-orm/core';
import {
  checkNoticeText, DEFAULT_NOTICE_TEMPLATES, isNoticeTemplateKey, NOTICE_TEMPLATE_KEYS, renderNotice,
  type NoticeTemplateKey, type NoticeText,
} from '@yingcai/domain/notices';
import type { Context } from '../../graphql/context.js';
import { AppError, notFound } from '../../graphql/errors.js';
import type { Account } from '../accounts/index.js';
import { audit } from '../audit/index.js';
import { requireMay } from '../../graphql/access.js';
import { NoticeTemplate } from './notice-template.entity.js';
import type { NoticeTemplateType } from './notice-template.type.js';

const toType = (ctx: Context, key: NoticeTemplateKey, row: NoticeTemplate | null): NoticeTemplateType => ({
  key,
  subject: row?.subject ?? DEFAULT_NOTICE_TEMPLATES[key].subject,
  body: row?.body ?? DEFAULT_NOTICE_TEMPLATES[key].body,
  variables: DEFAULT_NOTICE_TEMPLATES[key].variables,
  edited: row !== null,
  version: row?.version ?? 0,
  updatedAt: row?.updatedAt ?? null,
  smsProvider: ctx.sms?.provider ?? null,
  smsTemplateId: ctx.sms?.templates[key] ?? null,
});

/** Each unit of work reads a template once, however many notices it sends (a publication tells hundreds). */
const readTexts = new WeakMap<EntityManager, Map<NoticeTemplateKey, Promise<NoticeText>>>();

/** The text a notice goes out with: the office's edit, else the default. */
export function noticeText(em: EntityManager, key: NoticeTemplateKey): Promise<NoticeText> {
  const texts = readTexts.get(em) ?? new Map<NoticeTemplateKey, Promise<NoticeText>>();
  readTexts.set(em, texts);
  if (!texts.has(key)) texts.set(key, em.findOne(NoticeTemplate, { key }).then((row) => row ?? DEFAULT_NOTICE_TEMPLATES[key]));
  return texts.get(key)!;
}

/** The account's e-mail, else its phone: where a notice to it goes; none when it has neither. */
export function addressOf(account: Account): { channel: 'email' | 'sms'; recipient: string } | null {
  if (account.email) return { channel: 'email', recipient: account.email };
  return account.phone ? { channel: 'sms', recipient: account.phone } : null;
}

/** Sends one templated notice to an account; false when the account has no address. */
export async function sendNotice(em: EntityManager, ctx: Context, key: NoticeTemplateKey, account: Account, values: Record<string, string | number>): Promise<boolean> {
  const address = addressOf(account);
  if (!address) return false;
  const notice = renderNotice(await noticeText(em, key), values);
  await ctx.notifier.send(em, { ...address, ...notice, template: key, values }, ctx.now);
  return true;
}

export async function listNoticeTemplates(ctx: Context): Promise<NoticeTemplateType[]> {
  requireMay(ctx, 'notice.edit_templates', { kind: 'programme' });
  const rows = await ctx.em.find(NoticeTemplate, {});
  return NOTICE_TEMPLATE_KEYS.map((key) => toType(ctx, key, rows.find((row) => row.key === key) ?? null));
}

function requireKey(key: string): NoticeTemplateKey {
  if (!isNoticeTemplateKey(key)) throw notFound(`no notice template ${key}`);
  return key;
}

const staleTemplate = (key: string) => new AppError('CONFLICT', `the ${key} template was changed by someone else: reload it and edit again`, { key });

/** The office saves its own text of a notice (version 0 for the first edit); audited. */
export async function updateNoticeTemplate(ctx: Context, input: { key: string; subject: string; body: string; version: number }): Promise<NoticeTemplateType> {
  const actor = requireMay(ctx, 'notice.edit_templates', { kind: 'programme' });
  const key = requireKey(input.key);
  const text = { subject: input.subject.trim(), body: input.body.trim() };
  const errors = checkNoticeText(text, DEFAULT_NOTICE_TEMPLATES[key].variables);
  if (errors.length > 0) throw new AppError('BAD_USER_INPUT', errors.map((e) => e.message).join('; '), { field: errors[0]!.field, reason: errors[0]!.code, inputErrors: errors });
  return ctx.em.transactional(async (em) => {
    const row = await em.findOne(NoticeTemplate, { key });
    if ((row?.version ?? 0) !== input.version) throw staleTemplate(key);
    const saved = row ? em.assign(row, { ...text, updatedBy: actor.accountId, updatedAt: ctx.now }) : em.create(NoticeTemplate, { key, ...text, updatedBy: actor.accountId, updatedAt: ctx.now });
    audit(em, ctx, { action: 'notice_template.update', subjectType: 'notice_template', subjectId: key, as: 'office_staff' });
    await em.flush();
    return toType(ctx, key, saved);
  });
}

/** Back to the programme's default text; audited. */
export async function resetNoticeTemplate(ctx: Context, keyInput: string, version: number): Promise<NoticeTemplateType> {
  requireMay(ctx, 'notice.edit_templates', { kind: 'programme' });
  const key = requireKey(keyInput);
  return ctx.em.transactional(async (em) => {
    const row = await em.findOne(NoticeTemplate, { key });
    if ((row?.version ?? 0) !== version) throw staleTemplate(key);
    if (row) em.remove(row);
    audit(em, ctx, { action: 'notice_template.reset', subjectType: 'notice_template', subjectId: key, as: 'office_staff' });
    return toType(ctx, key, null);
  });
}
