import type { EntityManager } from '@mikro-orm/core';
import { can } from '@yingcai/domain/access';
import { isCalendarDate } from '@yingcai/domain/cycle';
import type { Context } from '../../graphql/context.js';
import { AppError, notFound } from '../../graphql/errors.js';
import { audit } from '../audit/audit.js';
import { School } from '../schools/school.entity.js';
import { Cycle } from './cycle.entity.js';
import type { WindowExtensionType } from './cycle.type.js';
import { WindowExtension } from './window-extension.entity.js';

export interface ExtensionInput {
  year: number;
  milestoneKey: string;
  schoolId: string | null;
  extendedUntil: string;
  reason: string;
}

/** The office extends a window for everyone or for one school; the extension and its reason are audited. */
export async function extendWindow(ctx: Context, input: ExtensionInput): Promise<WindowExtension> {
  if (!can(ctx.actor, 'school.manage', { kind: 'programme' }).allowed) throw new AppError('FORBIDDEN', 'only the office extends windows');
  if (!isCalendarDate(input.extendedUntil)) throw new AppError('BAD_USER_INPUT', 'extendedUntil must be a date YYYY-MM-DD');
  if (!input.reason.trim()) throw new AppError('BAD_USER_INPUT', 'give the reason for the extension');
  return ctx.em.transactional(async (em) => {
    const cycle = await em.findOne(Cycle, { year: input.year }, { populate: ['milestones'] });
    const milestone = cycle?.milestones.getItems().find((m) => m.key === input.milestoneKey);
    if (!cycle || !milestone) throw notFound(`no milestone ${input.milestoneKey} in ${input.year}`);
    if (input.schoolId && !(await em.findOne(School, { id: input.schoolId }))) throw notFound(`no school ${input.schoolId}`);
    if (input.extendedUntil <= milestone.endsOn) throw new AppError('BAD_USER_INPUT', `the window already runs to ${milestone.endsOn}`);
    const extension = em.create(WindowExtension, {
      cycle, milestoneKey: input.milestoneKey, schoolId: input.schoolId, extendedUntil: input.extendedUntil,
      reason: input.reason.trim(), grantedBy: ctx.actor!.accountId, grantedAt: ctx.now,
    });
    audit(em, ctx, { action: 'window.extend', subjectType: 'milestone', subjectId: `${input.year}:${input.milestoneKey}:${input.schoolId ?? '*'}`, as: 'office_staff', reason: input.reason.trim() });
    return extension;
  });
}

/** The latest last day granted for a milestone to a school (or to everyone), if any. */
export async function extendedUntil(em: EntityManager, cycle: Cycle, milestoneKey: string, schoolId: string | null): Promise<string | null> {
  const extensions = await em.find(WindowExtension, { cycle, milestoneKey, $or: [{ schoolId }, { schoolId: null }] });
  return extensions.map((e) => e.extendedUntil).sort().at(-1) ?? null;
}

/** The office's extensions of a year's windows, newest first, each with the name of the school it is for. */
export async function listExtensions(ctx: Context, year: number): Promise<WindowExtensionType[]> {
  if (!can(ctx.actor, 'school.manage', { kind: 'programme' }).allowed) throw new AppError('FORBIDDEN', 'only the office sees window extensions');
  const extensions = await ctx.em.find(WindowExtension, { cycle: { year } }, { orderBy: { grantedAt: 'desc', id: 'desc' } });
  const schoolIds = extensions.map((e) => e.schoolId).filter((id): id is string => id !== null);
  const schools = await ctx.em.find(School, { id: { $in: schoolIds } });
  return extensions.map((e) => toExtensionType(e, schools.find((s) => s.id === e.schoolId)?.name ?? null));
}

export const toExtensionType = (e: WindowExtension, schoolName: string | null): WindowExtensionType => ({
  milestoneKey: e.milestoneKey,
  schoolId: e.schoolId,
  schoolName,
  extendedUntil: e.extendedUntil,
  reason: e.reason,
  grantedAt: e.grantedAt,
});
