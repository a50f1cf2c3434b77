import { programmeTime } from '@yingcai/domain/cycle';
import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import { type Application, sendApplicantNotice } from '../applications/index.js';
import type { InterviewSlot } from './interview-slot.entity.js';

const dayOf = (at: Date) => {
  const t = programmeTime(at);
  return `${t.year}年${Number(t.month)}月${Number(t.day)}日`;
};
const timeOf = (at: Date) => {
  const t = programmeTime(at);
  return `${t.hour}:${t.minute}`;
};

/** `2025年12月20日 09:00–12:00`, in Asia/Shanghai (the end's date too when the slot runs past midnight). */
export function slotTimeText(startsAt: Date, endsAt: Date): string {
  const end = dayOf(startsAt) === dayOf(endsAt) ? timeOf(endsAt) : `${dayOf(endsAt)} ${timeOf(endsAt)}`;
  return `${dayOf(startsAt)} ${timeOf(startsAt)}–${end}`;
}

/** R-SEL-5: the applicant is told the slot they are given, or its new time or place. */
export async function notifyInterviewSlot(em: EntityManager, ctx: Context, application: Application, slot: InterviewSlot, changed = false): Promise<void> {
  const where = [...(slot.place ? [`地点：${slot.place}`] : []), ...(slot.onlineLink ? [`线上面试链接：${slot.onlineLink}`] : [])].join('\n');
  await sendApplicantNotice(em, ctx, application, changed ? 'interview_slot_changed' : 'interview_slot', { time: slotTimeText(slot.startsAt, slot.endsAt), where });
}
