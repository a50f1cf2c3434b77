import { can, type Actor, type Resource } from '@yingcai/domain/access';
import type { Context } from '../../graphql/context.js';
import { AppError } from '../../graphql/errors.js';
import type { Cycle } from '../cycles/index.js';
import { signedIn } from '../../graphql/access.js';
import type { InterviewSlot } from './interview-slot.entity.js';

export interface Arranger {
  actor: Actor;
  /** The side of R-SEL-5 the actor arranges for: the office, or an implementing university of the cycle. */
  side: 'office' | 'university';
}

/** R-SEL-5: the office, or the coordinator of one of the cycle's implementing universities, arranges its interviews. Needs `cycle.universities`. */
export function requireArranger(ctx: Context, cycle: Cycle): Arranger {
  const actor = signedIn(ctx);
  if (can(actor, 'interview.arrange', { kind: 'programme' }).allowed) return { actor, side: 'office' };
  const universities = cycle.universities.getItems().map((university): Resource => ({ kind: 'university', universityId: String(university.id) }));
  if (universities.some((resource) => can(actor, 'interview.arrange', resource).allowed)) return { actor, side: 'university' };
  throw new AppError('FORBIDDEN', 'interview.arrange is not allowed for this account in this cycle');
}

/** The panel of a slot as the policy sees it: only its members reach it. Needs `slot.members`. */
export const panelOf = (slot: InterviewSlot): Resource => ({ kind: 'panel', memberAccountIds: slot.members.getItems().map((member) => member.account.id) });

export const slotConflict = (id: number) => () =>
  new AppError('CONFLICT', `interview slot ${id} was changed by someone else first: reload it and try again`, { slotId: String(id) });

/** The role an arranger's audit rows name. */
export const asRole = (side: Arranger['side']) => (side === 'office' ? 'office_staff' : 'university_coordinator');
