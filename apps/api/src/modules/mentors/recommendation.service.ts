import type { EntityManager } from '@mikro-orm/core';
import { toProgrammeDate } from '@yingcai/domain/cycle';
import { advanceMentor } from '@yingcai/domain/mentors';
import { checkWindow } from '@yingcai/domain/windows';
import type { Context } from '../../graphql/context.js';
import { AppError, ruleViolation } from '../../graphql/errors.js';
import { Account, emailWhere, parseContact, RoleGrant, sendInvitation } from '../accounts/index.js';
import { audit } from '../audit/index.js';
import { type Cycle, type University, loadCycle, extendedUntil } from '../cycles/index.js';
import { loadAppointment, saveVersioned } from './appointments.js';
import { requireMay, signedIn } from '../../graphql/access.js';
import { mentorResource } from './mentor-access.js';
import { MentorAppointment } from './mentor-appointment.entity.js';
import { applyMentorData, checkMentorData, type MentorData } from './mentor-data.js';
import { Mentor } from './mentor.entity.js';

const RECOMMENDATION_WINDOW = 'mentor_recommendation';

export interface Recommendation extends MentorData {
  year: number;
  universityId: string;
  name: string;
  disciplineCode: string;
  email: string;
}

/** R-MENTOR-2: in the window, a university coordinator recommends a candidate of one of the cycle's disciplines; the candidate is invited to confirm. */
export async function recommendMentor(ctx: Context, input: Recommendation): Promise<MentorAppointment> {
  requireMay(ctx, 'mentor.recommend', { kind: 'university', universityId: input.universityId });
  const data = checkMentorData(input);
  const name = input.name.trim();
  const contact = parseContact(input.email);
  if (!name) throw new AppError('BAD_USER_INPUT', 'give the candidate’s name', { field: 'name' });
  if (contact.kind !== 'email') throw new AppError('BAD_USER_INPUT', 'the candidate is invited by e-mail address', { field: 'email' });
  return ctx.em.transactional(async (em) => {
    const cycle = await loadCycle(em, input.year);
    const university = cycleUniversity(cycle, input.universityId);
    if (!cycle.disciplines.getItems().some((d) => d.code === input.disciplineCode)) {
      throw new AppError('BAD_USER_INPUT', `${input.disciplineCode} is not a discipline of the ${input.year} cycle`, { field: 'disciplineCode' });
    }
    await checkRecommendationWindow(em, ctx, cycle);
    await refuseDuplicate(em, cycle, { university, name, disciplineCode: input.disciplineCode });
    const mentor = em.create(Mentor, { name, university, disciplineCode: input.disciplineCode, email: contact.value });
    const appointment = em.create(MentorAppointment, { cycle, mentor, capacity: data.capacity, recommendedAt: ctx.now, recommendedBy: ctx.actor!.accountId });
    applyMentorData(mentor, appointment, data);
    await em.flush();
    await inviteCandidate(em, ctx, mentor, university.name);
    audit(em, ctx, { action: 'mentor.recommend', subjectType: 'mentor', subjectId: mentor.id, as: 'university_coordinator' });
    return appointment;
  });
}

/** While recommended, the mentor (or their university) completes the data; the version guards against overwriting. */
export async function updateMentorData(ctx: Context, input: { id: number; version: number; data: MentorData }): Promise<MentorAppointment> {
  const data = checkMentorData(input.data);
  const actor = signedIn(ctx);
  return saveVersioned(ctx, async (em) => {
    const appointment = await loadAppointment(em, actor, input.id, input.version);
    const mentor = appointment.mentor.getEntity();
    const as = actor.grants.some((g) => g.role === 'mentor' && g.scopeId === mentor.id) ? 'mentor' : 'university_coordinator';
    if (as === 'university_coordinator') requireMay(ctx, 'mentor.university_decide', mentorResource(mentor));
    if (appointment.status !== 'recommended') {
      throw ruleViolation([{ rule: 'R-MENTOR-2', message: `the data is fixed once the mentor has confirmed it (status ${appointment.status})` }]);
    }
    applyMentorData(mentor, appointment, data);
    audit(em, ctx, { action: 'mentor.update', subjectType: 'mentor', subjectId: mentor.id, as });
    return appointment;
  });
}

/** R-MENTOR-2: the mentor confirms their own data; then the university decides. */
export async function confirmMentor(ctx: Context, input: { id: number; version: number }): Promise<MentorAppointment> {
  const actor = signedIn(ctx);
  return saveVersioned(ctx, async (em) => {
    const appointment = await loadAppointment(em, actor, input.id, input.version);
    requireMay(ctx, 'mentor.confirm', mentorResource(appointment.mentor.getEntity()));
    const step = advanceMentor(appointment.status, 'confirm', 'mentor');
    if (!step.ok) throw ruleViolation([step.error]);
    Object.assign(appointment, { status: step.value, confirmedAt: ctx.now });
    audit(em, ctx, { action: 'mentor.confirm', subjectType: 'mentor', subjectId: appointment.mentor.id, as: 'mentor' });
    return appointment;
  });
}

function cycleUniversity(cycle: Cycle, universityId: string): University {
  const university = cycle.universities.getItems().find((u) => String(u.id) === universityId);
  if (!university) throw new AppError('BAD_USER_INPUT', `university ${universityId} is not an implementing university of the ${cycle.year} cycle (R-SCOPE-2)`, { field: 'universityId' });
  return university;
}

async function checkRecommendationWindow(em: EntityManager, ctx: Context, cycle: Cycle): Promise<void> {
  const window = cycle.milestones.getItems().find((m) => m.key === RECOMMENDATION_WINDOW);
  if (!window) return;
  const violations = checkWindow({ window, today: toProgrammeDate(ctx.now), rule: 'R-MENTOR-2', extendedUntil: await extendedUntil(em, cycle, RECOMMENDATION_WINDOW, null) });
  if (violations.length > 0) throw ruleViolation(violations);
}

async function refuseDuplicate(em: EntityManager, cycle: Cycle, key: { university: University; name: string; disciplineCode: string }): Promise<void> {
  const existing = await em.findOne(Mentor, key);
  if (!existing) return;
  const inCycle = await em.count(MentorAppointment, { cycle, mentor: existing });
  throw new AppError('CONFLICT', inCycle > 0
    ? `${key.name} is already recommended for the ${cycle.year} cycle`
    : `${key.name} is in the mentor pool: take them over from the pool instead (R-MENTOR-3)`, { mentorId: existing.id });
}

/** A candidate without an account gets an invitation bound to their mentor record; one with an account gets the role added. */
async function inviteCandidate(em: EntityManager, ctx: Context, mentor: Mentor, universityName: string): Promise<void> {
  const email = mentor.email!;
  const subject = '英才计划：导师推荐，请确认资料';
  const intro = `${mentor.name}老师，您好：\n${universityName}推荐您担任中学生英才计划导师。`;
  const account = await em.findOne(Account, emailWhere(email));
  if (!account) {
    await sendInvitation(em, ctx, {
      email, displayName: mentor.name, grants: [{ role: 'mentor', scopeId: mentor.id }], subject,
      body: (link) => `${intro}请在72小时内打开以下链接设置密码，登录后补充并确认您的资料：\n${link}`,
    });
    return;
  }
  em.create(RoleGrant, { account, role: 'mentor', scopeId: mentor.id });
  await ctx.notifier.send(em, { channel: 'email', recipient: email, subject, body: `${intro}请登录管理后台补充并确认您的资料：\n${ctx.publicUrl}/admin/` }, ctx.now);
}
