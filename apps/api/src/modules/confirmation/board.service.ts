import type { EntityManager } from '@mikro-orm/core';
import { maxAdmissions, offerToWaitlist, type DisciplineCounts } from '@yingcai/domain/selection';
import type { Context } from '../../graphql/context.js';
import { Application } from '../applications/index.js';
import { type Cycle, loadCycle } from '../cycles/index.js';
import { requireMay } from '../../graphql/access.js';
import { applicantDeadline, cycleDeadline, isPast } from './confirmation-deadline.js';
import type { ConfirmationBoardType, DisciplineConfirmationType, PlaceOfferType } from './confirmation.type.js';
import { PlaceOffer } from './place-offer.entity.js';
import { currentCounts, unfilledCodeOf } from './place-offers.js';

/** R-SEL-4: why one more admission in a discipline would break the ratio there or overall; null when it would not. */
function blockedBy(code: string, counts: DisciplineCounts[], ratio: number): string | null {
  const { violations } = offerToWaitlist({ disciplineCode: code, waitlist: [code], perDiscipline: counts, interviewRatio: ratio });
  return violations.length === 0 ? null : violations.map((v) => `${v.rule}: ${v.message}`).join('; ');
}

function disciplineRow(cycle: Cycle, counts: DisciplineCounts[], row: DisciplineCounts, applications: Application[]): DisciplineConfirmationType {
  const own = applications.filter((a) => a.disciplineCode === row.code);
  const count = (status: Application['status']) => own.filter((a) => a.status === status).length;
  const waitlist = own.filter((a) => a.status === 'waitlisted').sort((a, b) => (a.waitlistPosition ?? Infinity) - (b.waitlistPosition ?? Infinity) || a.id - b.id);
  return {
    disciplineCode: row.code,
    disciplineName: cycle.disciplines.getItems().find((d) => d.code === row.code)?.name ?? row.code,
    interviewees: row.invited, admitted: count('admitted'), confirmed: count('confirmed'), declined: count('declined'),
    maxAdmitted: maxAdmissions(row.invited, cycle.interviewRatio),
    offerBlockedBy: blockedBy(row.code, counts, cycle.interviewRatio),
    waitlist: waitlist.map((a) => ({ id: String(a.id), version: a.version, applicationNumber: a.applicationNumber ?? '', name: a.name ?? '', waitlistPosition: a.waitlistPosition })),
  };
}

async function offersOf(em: EntityManager, cycle: Cycle): Promise<PlaceOfferType[]> {
  const offers = await em.find(PlaceOffer, { cycle }, { populate: ['vacatedBy', 'offeredTo'], orderBy: { createdAt: 'desc', id: 'desc' } });
  return offers.map((o) => ({
    id: String(o.id), disciplineCode: o.disciplineCode, vacatedBy: o.vacatedBy?.getEntity().applicationNumber ?? null,
    offeredTo: o.offeredTo?.getEntity().applicationNumber ?? null, offeredToName: o.offeredTo?.getEntity().name ?? null,
    unfilledReason: o.unfilledReason, unfilled: unfilledCodeOf(o.unfilledReason), replyBy: o.replyBy, createdAt: o.createdAt,
  }));
}

async function lapsableCount(em: EntityManager, ctx: Context, cycle: Cycle, applications: Application[]): Promise<number> {
  let lapsable = 0;
  for (const application of applications.filter((a) => a.status === 'admitted')) {
    const deadline = await applicantDeadline(em, cycle, application);
    if (deadline !== null && isPast(ctx, deadline)) lapsable += 1;
  }
  return lapsable;
}

/** R-SEL-4, R-SEL-5: the office's 录取确认 screen: per discipline the replies, the waiting list and the ratio, with the offers made. */
export async function confirmationBoard(ctx: Context, year: number): Promise<ConfirmationBoardType> {
  requireMay(ctx, 'selection.manage_confirmations', { kind: 'programme' });
  const { em } = ctx;
  const cycle = await loadCycle(em, year);
  const counts = await currentCounts(em, cycle);
  const applications = await em.find(Application, { cycle, status: { $in: ['admitted', 'confirmed', 'declined', 'waitlisted'] } });
  const deadline = await cycleDeadline(em, cycle);
  const interviewees = counts.reduce((sum, row) => sum + row.invited, 0);
  return {
    deadline, deadlinePassed: deadline !== null && isPast(ctx, deadline), interviewRatio: cycle.interviewRatio,
    disciplines: counts.map((row) => disciplineRow(cycle, counts, row, applications)),
    interviewees, held: counts.reduce((sum, row) => sum + row.admitted, 0), maxAdmitted: maxAdmissions(interviewees, cycle.interviewRatio),
    lapsable: await lapsableCount(em, ctx, cycle, applications),
    offers: await offersOf(em, cycle),
  };
}
