import type { EntityManager } from '@mikro-orm/core';
import { can, type Actor } from '@yingcai/domain/access';
import { advanceMentor, type MentorActor, type MentorStatus, type MentorStep } from '@yingcai/domain/mentors';
import type { Context } from '../../graphql/context.js';
import { AppError, ruleViolation } from '../../graphql/errors.js';
import { audit } from '../audit/index.js';
import { loadAppointment, saveVersioned } from './appointments.js';
import { signedIn } from '../../graphql/access.js';
import { mentorResource } from './mentor-access.js';
import { MentorAppointment } from './mentor-appointment.entity.js';
import type { Mentor } from './mentor.entity.js';
import { notifyMentorDecision } from './mentor-notices.js';

export interface MentorDecision {
  id: number;
  version: number;
  approve: boolean;
  reason?: string | null;
}

/** R-MENTOR-2: the university approves a confirmed candidate, then the office; either rejects with a reason. */
export async function decideMentor(ctx: Context, input: MentorDecision): Promise<MentorAppointment> {
  const actor = signedIn(ctx);
  const decided = await saveVersioned(ctx, async (em) => {
    const appointment = await loadAppointment(em, actor, input.id, input.version);
    const mentor = appointment.mentor.getEntity();
    const step = stepOf(appointment.status, input.approve);
    const as = deciderOf(actor, mentor, step);
    const next = advanceMentor(appointment.status, step, as, input.reason);
    if (!next.ok) throw ruleViolation([next.error]);
    appointment.status = next.value;
    appointment.decidedBy = actor.accountId;
    if (step === 'university_approve') appointment.universityApprovedAt = ctx.now;
    if (step === 'reject') appointment.rejectionReason = input.reason!.trim();
    if (next.value === 'approved') await approve(em, ctx, appointment);
    audit(em, ctx, {
      action: `mentor.${step}`, subjectType: 'mentor', subjectId: mentor.id,
      as: as === 'office' ? 'office_staff' : 'university_coordinator', reason: input.reason?.trim() || null,
    });
    await notifyMentorDecision(em, ctx, appointment);
    return appointment;
  });
  // After the commit, so a read in between cannot cache the directory without the new mentor.
  if (decided.status === 'approved') ctx.caches.mentorDirectory.clear();
  return decided;
}

const stepOf = (status: MentorStatus, approve: boolean): MentorStep =>
  !approve ? 'reject' : status === 'university_approved' ? 'office_approve' : 'university_approve';

/** Who decides: the office for the final step, the candidate's university for its own; either may reject. */
function deciderOf(actor: Actor, mentor: Mentor, step: MentorStep): MentorActor {
  const office = can(actor, 'mentor.office_decide', mentorResource(mentor)).allowed;
  const university = can(actor, 'mentor.university_decide', mentorResource(mentor)).allowed;
  if (!office && !university) throw new AppError('FORBIDDEN', 'only the candidate’s university or the office decides on a mentor candidate');
  if (step === 'university_approve') return university ? 'university' : 'office';
  if (step === 'office_approve') return office ? 'office' : 'university';
  return office ? 'office' : 'university';
}

/** A mentor approved for the first time gets an appointment letter number; a mentor of earlier cycles already holds one. */
async function approve(em: EntityManager, ctx: Context, appointment: MentorAppointment): Promise<void> {
  appointment.approvedAt = ctx.now;
  const earlier = await em.count(MentorAppointment, { mentor: appointment.mentor, status: 'approved', id: { $ne: appointment.id } });
  if (earlier > 0) return;
  const prefix = `YC${appointment.cycle.getEntity().year}-`;
  const issued = await em.count(MentorAppointment, { cycle: appointment.cycle, letterNumber: { $like: `${prefix}%` } });
  appointment.letterNumber = `${prefix}${String(issued + 1).padStart(3, '0')}`;
}
