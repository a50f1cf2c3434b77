import { OptimisticLockError, type EntityManager, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import { can, type Actor } from '@yingcai/domain/access';
import { toProgrammeDate } from '@yingcai/domain/cycle';
import { checkGuidanceTeam, checkSchoolEligibility, decideParticipation, type GuidanceTeam, type ParticipationStatus } from '@yingcai/domain/schools';
import { checkWindow } from '@yingcai/domain/windows';
import type { Context } from '../../graphql/context.js';
import { AppError, notFound, ruleViolation } from '../../graphql/errors.js';
import { checkPage } from '../../graphql/page.js';
import { RoleGrant } from '../accounts/index.js';
import { audit } from '../audit/index.js';
import { type Cycle, extendedUntil, loadCycle } from '../cycles/index.js';
import { Participation } from './participation.entity.js';
import { School } from './school.entity.js';

const PARTICIPATION_WINDOW = 'school_participation';

function refuseUnless(actor: Actor | null, allowed: boolean): asserts actor is Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED', 'sign in first');
  if (!allowed) throw new AppError('FORBIDDEN', 'this school is not yours');
}

const cycleOf = (em: EntityManager, year: number): Promise<Cycle> => loadCycle(em, year, ['districts', 'disciplines', 'milestones']);

/** A school coordinator applies for their school, inside the window, from the eligible area, with a whole team. */
export async function submitParticipation(ctx: Context, input: { year: number; schoolId: string; team: GuidanceTeam }): Promise<Participation> {
  refuseUnless(ctx.actor, can(ctx.actor, 'participation.submit', { kind: 'school', schoolId: input.schoolId }).allowed);
  return ctx.em.transactional(async (em) => {
    const cycle = await cycleOf(em, input.year);
    const school = await em.findOne(School, { id: input.schoolId });
    if (!school) throw notFound(`no school ${input.schoolId}`);
    const window = cycle.milestones.getItems().find((m) => m.key === PARTICIPATION_WINDOW);
    const violations = [
      ...checkSchoolEligibility({ districtCode: school.districtCode, eligibleDistrictCodes: cycle.districts.map((d) => d.code) }),
      ...(window ? checkWindow({ window, today: toProgrammeDate(ctx.now), rule: 'R-SCOPE-3', extendedUntil: await extendedUntil(em, cycle, PARTICIPATION_WINDOW, school.id) }) : []),
      ...checkGuidanceTeam(input.team, cycle.disciplines.map((d) => d.code)),
    ];
    if (violations.length > 0) throw ruleViolation(violations);
    const existing = await em.findOne(Participation, { cycle, school });
    if (existing?.status === 'approved') throw new AppError('CONFLICT', 'this school already takes part in the cycle');
    const participation = existing ?? em.create(Participation, { cycle, school, team: input.team, submittedAt: ctx.now });
    em.assign(participation, { team: input.team, status: 'submitted', submittedAt: ctx.now, rejectionReason: null, decidedAt: null, decidedBy: null });
    audit(em, ctx, { action: 'participation.submit', subjectType: 'participation', subjectId: school.id, as: 'school_coordinator' });
    return participation;
  });
}

/** The office sees every school's; a school coordinator only their own school's. */
export type ParticipationSort = { field: 'school' | 'submittedAt' | 'status'; direction: 'asc' | 'desc' };

const ORDER: Record<ParticipationSort['field'], (dir: 'asc' | 'desc') => QueryOrderMap<Participation>> = {
  school: (dir) => ({ school: { name: dir } }),
  submittedAt: (dir) => ({ submittedAt: dir }),
  status: (dir) => ({ status: dir, school: { name: 'asc' } }),
};

export async function listParticipations(
  ctx: Context,
  filter: { year: number; status?: ParticipationStatus | null },
  page: { page: number; pageSize: number } | null,
  sort: ParticipationSort = { field: 'submittedAt', direction: 'desc' },
) {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'sign in first');
  const { limit, offset } = checkPage(page);
  const where: FilterQuery<Participation> = { cycle: { year: filter.year } };
  if (filter.status) where.status = filter.status;
  if (!can(ctx.actor, 'participation.read', { kind: 'programme' }).allowed) {
    const schoolIds = ctx.actor.grants.filter((g) => g.role === 'school_coordinator' && g.scopeId).map((g) => g.scopeId!);
    if (schoolIds.length === 0) throw new AppError('FORBIDDEN', 'participation.read is not allowed for this account');
    where.school = { id: { $in: schoolIds } };
  }
  const [rows, total] = await ctx.em.findAndCount(Participation, where, {
    populate: ['school'],
    orderBy: [ORDER[sort.field](sort.direction), { id: 'asc' }],
    limit,
    offset,
  });
  return { rows, total };
}

/** The office approves, or rejects with a reason; the version guards against two staff deciding at once. */
export async function decide(ctx: Context, input: { id: number; approve: boolean; reason?: string | null; version: number }): Promise<Participation> {
  refuseUnless(ctx.actor, can(ctx.actor, 'participation.decide', { kind: 'programme' }).allowed);
  try {
    const decided = await ctx.em.transactional(async (em) => {
      const participation = await em.findOne(Participation, { id: input.id }, { populate: ['school'] });
      if (!participation) throw notFound(`no participation ${input.id}`);
      if (participation.version !== input.version) throw conflict();
      const decided = decideParticipation(participation.status, { approve: input.approve, reason: input.reason ?? undefined });
      if (!decided.ok) throw ruleViolation([decided.error]);
      em.assign(participation, {
        status: decided.value,
        decidedAt: ctx.now,
        decidedBy: ctx.actor!.accountId,
        rejectionReason: input.approve ? null : (input.reason ?? '').trim(),
      });
      audit(em, ctx, { action: `participation.${input.approve ? 'approve' : 'reject'}`, subjectType: 'participation', subjectId: participation.school.id, as: 'office_staff', reason: input.reason ?? null });
      await notifyCoordinators(em, ctx, participation);
      return participation;
    });
    // after the commit: the public list of participating schools must show an approval at once
    ctx.caches.participatingSchools.clear();
    return decided;
  } catch (error) {
    if (error instanceof OptimisticLockError) throw conflict();
    throw error;
  }
}

const conflict = () => new AppError('CONFLICT', 'someone else decided this application first: reload it');

async function notifyCoordinators(em: EntityManager, ctx: Context, participation: Participation): Promise<void> {
  const grants = await em.find(RoleGrant, { role: 'school_coordinator', scopeId: participation.school.id }, { populate: ['account'] });
  const school = participation.school.getEntity();
  const outcome = participation.status === 'approved' ? '已通过' : `未通过，原因：${participation.rejectionReason}`;
  for (const grant of grants) {
    const account = grant.account.getEntity();
    const recipient = account.email ?? account.phone;
    if (!recipient) continue;
    await ctx.notifier.send(em, {
      channel: account.email ? 'email' : 'sms',
      recipient,
      subject: '英才计划：参与中学申请结果',
      body: `${school.name}参与本年度英才计划的申请${outcome}。`,
    }, ctx.now);
  }
}
