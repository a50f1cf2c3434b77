import type { EntityManager } from '@mikro-orm/core';
import type { MentorStatus } from '@yingcai/domain/mentors';
import type { Context } from '../../graphql/context.js';
import { RoleGrant } from '../accounts/index.js';
import type { MentorAppointment } from './mentor-appointment.entity.js';

const OUTCOME: Partial<Record<MentorStatus, string>> = {
  university_approved: '已通过高校审核，等待省英才计划办公室审核',
  approved: '已通过审核，您已成为本年度英才计划导师',
  rejected: '未通过',
};

/** The mentor and their university's coordinators hear of each decision on the recommendation. */
export async function notifyMentorDecision(em: EntityManager, ctx: Context, appointment: MentorAppointment): Promise<void> {
  const mentor = appointment.mentor.getEntity();
  const outcome = OUTCOME[appointment.status as MentorStatus];
  if (!outcome) return;
  const reason = appointment.status === 'rejected' ? `，原因：${appointment.rejectionReason}` : '';
  const letter = appointment.letterNumber ? `聘书编号 ${appointment.letterNumber}，可登录管理后台下载聘书。` : '';
  const body = `${mentor.name}老师的${appointment.cycle.getEntity().year}年度英才计划导师推荐${outcome}${reason}。${letter}`;
  const grants = await em.find(RoleGrant, {
    $or: [{ role: 'mentor', scopeId: mentor.id }, { role: 'university_coordinator', scopeId: String(mentor.university.id) }],
  }, { populate: ['account'] });
  const recipients = new Set(grants.map((g) => g.account.getEntity().email).filter((email): email is string => !!email));
  if (mentor.email) recipients.add(mentor.email);
  for (const recipient of recipients) {
    await ctx.notifier.send(em, { channel: 'email', recipient, subject: '英才计划：导师推荐审核结果', body }, ctx.now);
  }
}
