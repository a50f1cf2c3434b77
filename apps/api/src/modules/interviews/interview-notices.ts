import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import { type Application, sendApplicantNotice } from '../applications/index.js';
import type { InterviewSlot } from './interview-slot.entity.js';

const inShanghai = (at: Date, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hourCycle: 'h23', ...options }).format(at);

/** `2025年12月20日 09:00–12:00`, in Asia/Shanghai (the end's date too when the slot runs past midnight). */
export function slotTimeText(startsAt: Date, endsAt: Date): string {
  const day = { year: 'numeric', month: 'long', day: 'numeric' } as const;
  const time = { hour: '2-digit', minute: '2-digit' } as const;
  const sameDay = inShanghai(startsAt, day) === inShanghai(endsAt, day);
  const end = sameDay ? inShanghai(endsAt, time) : `${inShanghai(endsAt, day)} ${inShanghai(endsAt, time)}`;
  return `${inShanghai(startsAt, day)} ${inShanghai(startsAt, time)}–${end}`;
}

/** R-SEL-5: the applicant is told the slot they are given, or its new time or place. */
export async function notifyInterviewSlot(em: EntityManager, ctx: Context, application: Application, slot: InterviewSlot, changed = false): Promise<void> {
  const where = [...(slot.place ? [`地点：${slot.place}`] : []), ...(slot.onlineLink ? [`线上面试链接：${slot.onlineLink}`] : [])].join('\n');
  await sendApplicantNotice(em, ctx, application, changed ? 'interview_slot_changed' : 'interview_slot', { time: slotTimeText(slot.startsAt, slot.endsAt), where });
}
