import type { EntityManager } from '@mikro-orm/core';
import { renderNotice } from '@yingcai/domain/notices';
import { lookupHash } from '../../crypto/lookup-hash.js';
import type { Context } from '../../graphql/context.js';
import { AppError, notFound } from '../../graphql/errors.js';
import { maskContact, rateLimited, parseContact } from '../accounts/index.js';
import { Application } from '../applications/index.js';
import { audit } from '../audit/index.js';
import { loadCycle } from '../cycles/index.js';
import { requireMay } from '../../graphql/access.js';
import { noticeText } from '../notifications/index.js';
import { AdmissionPublication } from './admission-publication.entity.js';
import { NoticeObjection } from './notice-objection.entity.js';
import type { AdmittedNoticeType, NoticeObjectionType, ObjectionInput } from './public-notice.type.js';

/** Shown on the notice: admitted, and admitted then confirmed. */
const ON_NOTICE = ['admitted', 'confirmed'] as const;
const LIMITS = { objectorName: 50, reason: 2000, answer: 2000 };

/** Issue 23: what names an entry of the notice: a keyed hash of the application, so no internal id is public. */
const entryToken = (applicationId: number): string => lookupHash('notice-entry', String(applicationId)).slice(0, 22);

const isOpen = (publication: AdmissionPublication | null, now: Date) => publication !== null && now < publication.noticeEndsAt;

async function noticeOf(em: EntityManager, year: number, now: Date): Promise<AdmittedNoticeType> {
  const cycle = await loadCycle(em, year, ['disciplines']);
  const publication = await em.findOne(AdmissionPublication, { cycle });
  const open = isOpen(publication, now);
  const admitted = open ? await em.find(Application, { cycle, status: { $in: [...ON_NOTICE] } }, { populate: ['school'], orderBy: { disciplineCode: 'asc', applicationNumber: 'asc' } }) : [];
  const disciplineName = new Map(cycle.disciplines.getItems().map((d) => [d.code, d.name]));
  return {
    year, open, publishedAt: publication?.publishedAt ?? null, endsAt: publication?.noticeEndsAt ?? null,
    entries: admitted.map((a) => ({ id: entryToken(a.id), name: a.name ?? '', schoolName: a.school?.getEntity().name ?? '', disciplineName: disciplineName.get(a.disciplineCode ?? '') ?? '' })),
  };
}

/**
 * The public notice (公示): only name, school and discipline of the admitted, only during the notice
 * period. Cached per instance; limited per address (issue 23), counted before the cache is read.
 */
export async function admittedNotice(ctx: Pick<Context, 'em' | 'caches' | 'now' | 'limits' | 'ip'>, year: number): Promise<AdmittedNoticeType> {
  const wait = await ctx.limits.hit('notice_ip', ctx.ip ?? 'unknown');
  if (wait > 0) throw rateLimited(wait);
  return ctx.caches.admittedNotice.read(`notice:${year}`, () => noticeOf(ctx.em.fork(), year, ctx.now));
}

function requireText(value: string, field: keyof typeof LIMITS | 'objectorName', max: number): string {
  const text = value.trim();
  if (text === '' || text.length > max) throw new AppError('BAD_USER_INPUT', `${field} must be 1 to ${max} characters`, { field });
  return text;
}

/** Anyone may object to an entry of the open notice; rate limited per IP address like the public code requests. */
export async function raiseObjection(ctx: Context, year: number, input: ObjectionInput): Promise<boolean> {
  const wait = await ctx.limits.hit('objection_ip', ctx.ip ?? 'unknown');
  if (wait > 0) throw rateLimited(wait);
  const objectorName = requireText(input.objectorName, 'objectorName', LIMITS.objectorName);
  const reason = requireText(input.reason, 'reason', LIMITS.reason);
  const contact = parseContact(input.objectorContact);
  await ctx.em.transactional(async (em) => {
    const cycle = await loadCycle(em, year, []);
    if (!isOpen(await em.findOne(AdmissionPublication, { cycle }), ctx.now)) {
      throw new AppError('BAD_USER_INPUT', 'the public notice is not open: objections are taken during its period only', { reason: 'NOTICE_CLOSED' });
    }
    const onNotice = await em.find(Application, { cycle, status: { $in: [...ON_NOTICE] } }, { fields: ['id'] });
    const entry = onNotice.find((a) => entryToken(a.id) === input.entryId);
    const application = entry ? await em.findOne(Application, { id: entry.id }) : null;
    if (!application) throw new AppError('BAD_USER_INPUT', 'no such student on the public notice', { field: 'entryId' });
    em.create(NoticeObjection, { cycle, application, objectorName, objectorContact: contact.value, reason, raisedAt: ctx.now });
    audit(em, ctx, { action: 'admission.raise_objection', subjectType: 'application', subjectId: application.applicationNumber, subjectAccountId: application.applicant.id });
  });
  return true;
}

const toObjection = (row: NoticeObjection): NoticeObjectionType => {
  const application = row.application.getEntity();
  return {
    id: String(row.id), applicationNumber: application.applicationNumber ?? '', studentName: application.name ?? '',
    schoolName: application.school?.getEntity().name ?? '', objectorName: row.objectorName, objectorContact: maskContact(parseContact(row.objectorContact)),
    reason: row.reason, raisedAt: row.raisedAt, answer: row.answer, answeredAt: row.answeredAt, version: row.version,
  };
};

export async function listObjections(ctx: Context, year: number): Promise<NoticeObjectionType[]> {
  requireMay(ctx, 'admission.answer_objections', { kind: 'programme' });
  const cycle = await loadCycle(ctx.em, year, []);
  const rows = await ctx.em.find(NoticeObjection, { cycle }, { populate: ['application', 'application.school'], orderBy: { raisedAt: 'asc', id: 'asc' } });
  audit(ctx.em, ctx, { action: 'admission.list_objections', subjectType: 'cycle', subjectId: String(year), as: 'office_staff' });
  await ctx.em.flush();
  return rows.map(toObjection);
}

/** The office answers an objection (audited); the objector is told at the contact they left. A stale version is CONFLICT. */
export async function answerObjection(ctx: Context, id: string, answerInput: string, version: number): Promise<NoticeObjectionType> {
  const actor = requireMay(ctx, 'admission.answer_objections', { kind: 'programme' });
  const answer = requireText(answerInput, 'answer', LIMITS.answer);
  return ctx.em.transactional(async (em) => {
    const row = Number.isInteger(Number(id)) ? await em.findOne(NoticeObjection, { id: Number(id) }, { populate: ['application', 'application.school', 'cycle'] }) : null;
    if (!row) throw notFound(`no objection ${id}`);
    if (row.version !== version) throw new AppError('CONFLICT', `objection ${id} was answered or changed by someone else first: reload it`, { objectionId: id });
    em.assign(row, { answer, answeredAt: ctx.now, answeredBy: actor.accountId });
    audit(em, ctx, { action: 'admission.answer_objection', subjectType: 'notice_objection', subjectId: id, as: 'office_staff', reason: answer });
    const contact = parseContact(row.objectorContact);
    const values = { objectorName: row.objectorName, year: row.cycle.getEntity().year, answer };
    const text = renderNotice(await noticeText(em, 'objection_answered'), values);
    await ctx.notifier.send(em, { channel: contact.kind === 'email' ? 'email' : 'sms', recipient: contact.value, ...text, template: 'objection_answered', values }, ctx.now);
    await em.flush();
    return toObjection(row);
  });
}

/** Issue 23: the objector's whole contact, for the office, with a reason the audit log keeps. */
export async function revealObjectorContact(ctx: Context, id: string, reason: string): Promise<string> {
  requireMay(ctx, 'admission.answer_objections', { kind: 'programme' });
  const why = requireText(reason, 'reason', LIMITS.reason);
  const row = Number.isInteger(Number(id)) ? await ctx.em.findOne(NoticeObjection, { id: Number(id) }) : null;
  if (!row) throw notFound(`no objection ${id}`);
  audit(ctx.em, ctx, { action: 'admission.reveal_objector_contact', subjectType: 'notice_objection', subjectId: id, as: 'office_staff', reason: why });
  await ctx.em.flush();
  return row.objectorContact;
}
