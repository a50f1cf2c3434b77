import type { EntityManager } from '@mikro-orm/core';
import { advanceApplication, type ApplicationStatus } from '@yingcai/domain/applications';
import { toProgrammeDate } from '@yingcai/domain/cycle';
import { offerReplyDeadline, offerToWaitlist, ratioCounts, WAITLIST_REPLY_DAYS, type WaitlistOffer } from '@yingcai/domain/selection';
import type { Context } from '../../graphql/context.js';
import { ruleViolation } from '../../graphql/errors.js';
import { sendApplicantNotice, Application } from '../applications/index.js';
import { audit } from '../audit/index.js';
import { type Cycle, WindowExtension } from '../cycles/index.js';
import { CONFIRMATION_WINDOW, cycleDeadline } from './confirmation-deadline.js';
import { PlaceOffer } from './place-offer.entity.js';

const COUNTED: ApplicationStatus[] = ['interviewed', 'admitted', 'waitlisted', 'not_admitted', 'confirmed', 'declined'];

/** R-SEL-4: interviewees and places held per discipline as stored now (pending changes flushed first). Needs the disciplines loaded. */
export async function currentCounts(em: EntityManager, cycle: Cycle, disciplineCode?: string | null) {
  await em.flush();
  const rows = await em.find(Application, { cycle, status: { $in: COUNTED } });
  const codes = cycle.disciplines.getItems().map((d) => d.code);
  if (disciplineCode && !codes.includes(disciplineCode)) codes.push(disciplineCode);
  return ratioCounts(codes, rows.map((row) => ({ disciplineCode: row.disciplineCode ?? '', status: row.status })));
}

/** A discipline's waiting list in order of position; one without a position (not yet published) is never offered a place. */
export function waitingList(em: EntityManager, cycle: Cycle, disciplineCode: string): Promise<Application[]> {
  return em.find(Application, { cycle, disciplineCode, status: 'waitlisted', waitlistPosition: { $ne: null } }, { orderBy: { waitlistPosition: 'asc', id: 'asc' } });
}

/** R-SEL-4, R-SEL-5: would one more admission in the discipline keep the ratio? The offer goes to `candidates[0]` if so. */
export async function tryOffer(em: EntityManager, cycle: Cycle, disciplineCode: string, candidates: Application[]): Promise<WaitlistOffer<Application>> {
  return offerToWaitlist({ disciplineCode, waitlist: candidates, perDiscipline: await currentCounts(em, cycle, disciplineCode), interviewRatio: cycle.interviewRatio });
}

/**
 * The offered applicant becomes admitted (admit_from_waitlist, the office's step, taken for it when
 * a decline frees the place), gets a reply deadline of at least WAITLIST_REPLY_DAYS (kept as an
 * extension of the confirmation window for them alone) and is told.
 */
async function admitOffered(em: EntityManager, ctx: Context, cycle: Cycle, application: Application, because: string): Promise<string> {
  const step = advanceApplication(application.status, 'admit_from_waitlist', 'office');
  if (!step.ok) throw ruleViolation([step.error]);
  const today = toProgrammeDate(ctx.now);
  const everyone = await cycleDeadline(em, cycle);
  const replyBy = offerReplyDeadline(everyone ?? today, today);
  if (replyBy !== everyone) {
    em.create(WindowExtension, {
      cycle, milestoneKey: CONFIRMATION_WINDOW, schoolId: null, applicantId: application.applicant.id, extendedUntil: replyBy,
      reason: `候补录取：自录取之日起 ${WAITLIST_REPLY_DAYS} 天内确认`, grantedBy: ctx.actor?.accountId ?? null, grantedAt: ctx.now,
    });
  }
  em.assign(application, { status: step.value, updatedAt: ctx.now });
  audit(em, ctx, {
    action: 'application.admit_from_waitlist', subjectType: 'application', subjectId: application.applicationNumber,
    subjectAccountId: application.applicant.id, as: 'office_staff', reason: `${because}，请于 ${replyBy} 前答复`,
  });
  await sendApplicantNotice(em, ctx, application, 'waitlist_offer', { replyBy });
  return replyBy;
}

const WAITLIST_EMPTY = 'the waiting list is empty';

function unfilled(result: WaitlistOffer<Application>): string {
  return result.violations.length > 0 ? result.violations.map((v) => `${v.rule}: ${v.message}`).join('; ') : WAITLIST_EMPTY;
}

/** Why a place stayed empty, as a code a client maps to its own sentence: the list was empty, or the rule it would break. */
export const unfilledCodeOf = (reason: string | null): string | null =>
  reason === null ? null : reason === WAITLIST_EMPTY ? 'WAITLIST_EMPTY' : (/^R-[A-Z]+-\d+/.exec(reason)?.[0] ?? 'OTHER');

/** R-SEL-4: the outcome of an offer, kept for the office's 录取确认 screen; the place is filled if the domain allowed it. */
export async function settleOffer(
  em: EntityManager, ctx: Context, cycle: Cycle, disciplineCode: string, result: WaitlistOffer<Application>, vacatedBy: Application | null,
): Promise<PlaceOffer> {
  const because = vacatedBy ? `递补 ${vacatedBy.applicationNumber} 放弃的名额` : '省级管理办公室递补';
  const replyBy = result.offer ? await admitOffered(em, ctx, cycle, result.offer, because) : null;
  return em.create(PlaceOffer, {
    cycle, disciplineCode, vacatedBy, offeredTo: result.offer, unfilledReason: result.offer ? null : unfilled(result), replyBy, createdAt: ctx.now,
  });
}

/** R-SEL-4: a declined place goes to the next on its discipline's waiting list while the ratio holds; otherwise it stays empty, and why is kept. */
export async function offerDeclinedPlace(em: EntityManager, ctx: Context, cycle: Cycle, declined: Application): Promise<PlaceOffer> {
  const disciplineCode = declined.disciplineCode ?? '';
  const result = await tryOffer(em, cycle, disciplineCode, await waitingList(em, cycle, disciplineCode));
  return settleOffer(em, ctx, cycle, disciplineCode, result, declined);
}
