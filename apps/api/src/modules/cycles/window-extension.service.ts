import type { EntityManager } from '@mikro-orm/core';
import { can } from '@yingcai/domain/access';
import { isCalendarDate } from '@yingcai/domain/cycle';
import type { Context } from '../../graphql/context.js';
import { AppError, notFound } from '../../graphql/errors.js';
import { audit } from '../audit/index.js';
import { Account, findByContact, parseContact } from '../accounts/index.js';
import { School } from '../schools/index.js';
import type { Cycle } from './cycle.entity.js';
import { loadCycle } from './cycle.service.js';
import type { WindowExtensionType } from './cycle.type.js';
import { WindowExtension } from './window-extension.entity.js';

export interface ExtensionInput {
  year: number;
  milestoneKey: string;
  schoolId: string | null;
  /** The applicant's e-mail or phone, for an extension of registration to one applicant. */
  applicantContact: string | null;
  extendedUntil: string;
  reason: string;
}

/** The windows an applicant has of their own: registration (R-APP-4) and confirming an admission (R-SEL-5). */
const APPLICANT_WINDOWS: readonly string[] = ['registration', 'admission_confirmation'];

async function applicantOf(em: EntityManager, input: ExtensionInput): Promise<Account | null> {
  if (!input.applicantContact?.trim()) return null;
  if (input.schoolId) throw new AppError('BAD_USER_INPUT', 'extend for one school or for one applicant, not both', { field: 'applicantContact' });
  if (!APPLICANT_WINDOWS.includes(input.milestoneKey)) throw new AppError('BAD_USER_INPUT', `only the ${APPLICANT_WINDOWS.join(' and ')} windows are extended for one applicant`, { field: 'applicantContact' });
  const account = await findByContact(em, parseContact(input.applicantContact));
  if (!account) throw notFound(`no account with ${input.applicantContact.trim()}`);
  return account;
}

/** The office extends a window for everyone, one school or one applicant; the extension and its reason are audited. */
export async function extendWindow(ctx: Context, input: ExtensionInput): Promise<WindowExtensionType> {
  if (!can(ctx.actor, 'school.manage', { kind: 'programme' }).allowed) throw new AppError('FORBIDDEN', 'only the office extends windows');
  if (!isCalendarDate(input.extendedUntil)) throw new AppError('BAD_USER_INPUT', 'extendedUntil must be a date YYYY-MM-DD');
  if (!input.reason.trim()) throw new AppError('BAD_USER_INPUT', 'give the reason for the extension');
  return ctx.em.transactional(async (em) => {
    const cycle = await loadCycle(em, input.year, ['milestones']);
    const milestone = cycle.milestones.getItems().find((m) => m.key === input.milestoneKey);
    if (!milestone) throw notFound(`no milestone ${input.milestoneKey} in ${input.year}`);
    if (input.schoolId && !(await em.findOne(School, { id: input.schoolId }))) throw notFound(`no school ${input.schoolId}`);
    const applicant = await applicantOf(em, input);
    if (input.extendedUntil <= milestone.endsOn) throw new AppError('BAD_USER_INPUT', `the window already runs to ${milestone.endsOn}`);
    const extension = em.create(WindowExtension, {
      cycle, milestoneKey: input.milestoneKey, schoolId: input.schoolId, applicantId: applicant?.id ?? null, extendedUntil: input.extendedUntil,
      reason: input.reason.trim(), grantedBy: ctx.actor!.accountId, grantedAt: ctx.now,
    });
    // The applicant is the audit row's subject account; their id would overflow the 64 characters of subjectId.
    const forWhom = input.schoolId ?? (applicant ? 'applicant' : '*');
    audit(em, ctx, { action: 'window.extend', subjectType: 'milestone', subjectId: `${input.year}:${input.milestoneKey}:${forWhom}`, subjectAccountId: applicant?.id ?? null, as: 'office_staff', reason: input.reason.trim() });
    return (await describe(em, [extension]))[0]!;
  });
}

/** The latest last day granted for a milestone to everyone, to a school, or to one applicant, if any. */
export async function extendedUntil(em: EntityManager, cycle: Cycle, milestoneKey: string, schoolId: string | null, applicantId: string | null = null): Promise<string | null> {
  const forWhom = [{ schoolId: null, applicantId: null }, ...(schoolId ? [{ schoolId }] : []), ...(applicantId ? [{ applicantId }] : [])];
  const extensions = await em.find(WindowExtension, { cycle, milestoneKey, $or: forWhom });
  return extensions.map((e) => e.extendedUntil).sort().at(-1) ?? null;
}

/** The office's extensions of a year's windows, newest first, each with the school or applicant it is for. */
export async function listExtensions(ctx: Context, year: number): Promise<WindowExtensionType[]> {
  if (!can(ctx.actor, 'school.manage', { kind: 'programme' }).allowed) throw new AppError('FORBIDDEN', 'only the office sees window extensions');
  const extensions = await ctx.em.find(WindowExtension, { cycle: { year } }, { orderBy: { grantedAt: 'desc', id: 'desc' } });
  return describe(ctx.em, extensions);
}

async function describe(em: EntityManager, extensions: WindowExtension[]): Promise<WindowExtensionType[]> {
  const ids = (pick: (e: WindowExtension) => string | null) => extensions.map(pick).filter((id): id is string => id !== null);
  const schools = await em.find(School, { id: { $in: ids((e) => e.schoolId) } });
  const applicants = await em.find(Account, { id: { $in: ids((e) => e.applicantId) } });
  return extensions.map((e) => ({
    milestoneKey: e.milestoneKey,
    schoolId: e.schoolId,
    schoolName: schools.find((s) => s.id === e.schoolId)?.name ?? null,
    applicantName: applicants.find((a) => a.id === e.applicantId)?.displayName ?? null,
    extendedUntil: e.extendedUntil,
    reason: e.reason,
    grantedAt: e.grantedAt,
  }));
}
