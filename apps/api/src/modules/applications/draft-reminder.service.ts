import { checkWindow, lastDayOf } from '@yingcai/domain/windows';
import { toProgrammeDate } from '@yingcai/domain/cycle';
import type { Context } from '../../graphql/context.js';
import { ruleViolation } from '../../graphql/errors.js';
import { audit } from '../audit/index.js';
import { loadCycle, extendedUntil } from '../cycles/index.js';
import { formatChineseDate } from '../mentors/index.js';
import { requireMay } from '../../graphql/access.js';
import { sendNotice } from '../notifications/index.js';
import { Application } from './application.entity.js';
import { REGISTRATION_WINDOW, registrationWindow } from './submission-input.js';

/** Drafts are read and reminded this many at a time, so any number of them fits in memory. */
export const REMINDER_BATCH = 500;

/**
 * R-APP-4: the office reminds every applicant whose draft is not yet submitted, however many,
 * while registration is open for everyone; returns how many were reminded (an account
 * without e-mail or phone cannot be). Audited once.
 */
export async function remindUnfinishedDrafts(ctx: Context, year: number): Promise<number> {
  requireMay(ctx, 'application.remind', { kind: 'programme' });
  return ctx.em.transactional(async (em) => {
    const cycle = await loadCycle(em, year);
    const window = registrationWindow(cycle);
    const extension = await extendedUntil(em, cycle, REGISTRATION_WINDOW, null);
    const closed = checkWindow({ window, today: toProgrammeDate(ctx.now), extendedUntil: extension, rule: 'R-APP-4' });
    if (closed.length > 0) throw ruleViolation(closed.map((v) => ({ ...v, message: `no reminder: ${v.message}` })));
    const deadline = formatChineseDate(lastDayOf(window, extension));
    let reminded = 0;
    for (let lastId = 0; ; ) {
      const drafts = await em.find(Application, { cycle, status: 'draft', id: { $gt: lastId } }, { populate: ['applicant'], orderBy: { id: 'asc' }, limit: REMINDER_BATCH });
      for (const draft of drafts) {
        const account = draft.applicant.getEntity();
        if (await sendNotice(em, ctx, 'draft_reminder', account, { name: draft.name ?? account.displayName, year, deadline })) reminded += 1;
      }
      if (drafts.length < REMINDER_BATCH) break;
      lastId = drafts.at(-1)!.id;
      await em.flush();
      em.clear();
    }
    audit(em, ctx, { action: 'application.remind_drafts', subjectType: 'cycle', subjectId: String(year), as: 'office_staff', reason: `已提醒 ${reminded} 份未提交的报名` });
    return reminded;
  });
}
