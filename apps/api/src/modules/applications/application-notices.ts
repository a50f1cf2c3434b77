import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import { Account } from '../accounts/account.entity.js';
import type { Application } from './application.entity.js';

/** What the applicant is told after the school's or the office's decision (R-APP-4, R-SEL-1). */
function outcomeOf(application: Application): string | null {
  switch (application.status) {
    case 'school_recommended': return '已获学校推荐，等待省英才计划办公室资料审核';
    case 'school_declined': return `未获学校推荐，学校说明：${application.schoolNote}`;
    case 'conformant': return '已通过资料审核，请留意潜质测评通知';
    case 'nonconformant': return `未通过资料审核，原因：${application.reviewReason}`;
    default: return null;
  }
}

/** The applicant hears of each decision on their application, by e-mail or else by SMS. */
export async function notifyApplicant(em: EntityManager, ctx: Context, application: Application): Promise<void> {
  const outcome = outcomeOf(application);
  if (outcome) await sendApplicantNotice(em, ctx, application, '英才计划：报名审核进展', outcome);
}

/** A notice to the applicant about their application (`…（报名号 …）<news>。`), by e-mail or else by SMS. */
export async function sendApplicantNotice(em: EntityManager, ctx: Context, application: Application, subject: string, news: string): Promise<void> {
  const account = await em.findOneOrFail(Account, { id: application.applicant.id });
  const recipient = account.email ?? account.phone;
  if (!recipient) return;
  const body = `${application.name}同学，您好：\n您的英才计划报名（报名号 ${application.applicationNumber}）${news}。`;
  await ctx.notifier.send(em, { channel: account.email ? 'email' : 'sms', recipient, subject, body }, ctx.now);
}
