import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import { AppError, ruleViolation } from '../../graphql/errors.js';
import { type Account, RoleGrant } from '../accounts/index.js';
import { checkVersion, saveLocked } from '../../orm/locked-unit-of-work.js';
import { audit } from '../audit/index.js';
import { type Cycle, loadCycle, requireStepOpen } from '../cycles/index.js';
import { MentorAppointment } from '../mentors/index.js';
import { asRole, requireArranger, slotConflict } from './interview-access.js';
import type { InterviewSlot } from './interview-slot.entity.js';
import { PanelMember, type PanelRole } from './panel-member.entity.js';
import { ScoreSheet } from './score-sheet.entity.js';
import { loadSlot } from './slot-loading.js';

export interface PanelCandidate {
  account: Account;
  role: PanelRole;
}

/**
 * R-SEL-5: who may sit on a panel of a discipline: active office staff, or an active mentor account
 * whose mentor is approved for the cycle in that discipline. Office staff sit as office staff.
 */
export async function panelCandidatesOf(em: EntityManager, cycle: Cycle, disciplineCode: string, accountIds?: readonly string[]): Promise<Map<string, PanelCandidate>> {
  const account = { status: 'active' as const, ...(accountIds ? { id: { $in: [...accountIds] } } : {}) };
  const grants = await em.find(RoleGrant, { role: { $in: ['office_staff', 'mentor'] }, account }, { populate: ['account'] });
  const mentorIds = grants.filter((grant) => grant.role === 'mentor' && grant.scopeId).map((grant) => grant.scopeId!);
  const approved = mentorIds.length === 0 ? [] : await em.find(MentorAppointment, { cycle, status: 'approved', mentor: { id: { $in: mentorIds }, disciplineCode } });
  const approvedMentors = new Set(approved.map((appointment) => appointment.mentor.id));
  const candidates = new Map<string, PanelCandidate>();
  for (const grant of grants) {
    const id = grant.account.id;
    if (grant.role === 'office_staff') candidates.set(id, { account: grant.account.getEntity(), role: 'office_staff' });
    else if (approvedMentors.has(grant.scopeId!) && !candidates.has(id)) candidates.set(id, { account: grant.account.getEntity(), role: 'mentor' });
  }
  return candidates;
}

/** The accounts the office may put on a panel of the discipline, mentors first, then by name. */
export async function listPanelCandidates(ctx: Context, year: number, disciplineCode: string): Promise<PanelCandidate[]> {
  const cycle = await loadCycle(ctx.em, year);
  requireArranger(ctx, cycle);
  const candidates = [...(await panelCandidatesOf(ctx.em, cycle, disciplineCode)).values()];
  return candidates.sort((a, b) => a.role.localeCompare(b.role) || a.account.displayName.localeCompare(b.account.displayName, 'zh-CN'));
}

/** A member who has scored or declared a conflict in the slot stays: their sheets are part of its interviews (R-SEL-5). */
async function keepMembersWhoScored(em: EntityManager, slot: InterviewSlot, leaving: readonly PanelMember[]): Promise<void> {
  if (leaving.length === 0) return;
  const sheets = await em.find(ScoreSheet, { assignment: { slot }, member: { $in: leaving.map((member) => member.account.id) } }, { populate: ['member'] });
  if (sheets.length === 0) return;
  const names = [...new Set(sheets.map((sheet) => sheet.member.getEntity().displayName))].join('、');
  throw ruleViolation([{ rule: 'R-SEL-5', message: `${names} already scored or declared a conflict in this slot and stays on its panel` }]);
}

/** R-SEL-5: the panel of a slot, as the whole list of its members; the slot's version guards against two staff arranging at once. */
export async function setPanel(ctx: Context, slotId: string, version: number, accountIds: readonly string[]): Promise<InterviewSlot> {
  return saveLocked(ctx, async (em) => {
    const slot = await loadSlot(em, slotId);
    const { side } = requireArranger(ctx, slot.cycle.getEntity());
    await requireStepOpen(em, ctx, slot.cycle.id, 'arrange_interviews');
    checkVersion(slot, version, slotConflict(slot.id));
    const wanted = [...new Set(accountIds)];
    const eligible = await panelCandidatesOf(em, slot.cycle.getEntity(), slot.disciplineCode, wanted);
    const refused = wanted.filter((id) => !eligible.has(id));
    if (refused.length > 0) {
      throw new AppError('BAD_USER_INPUT', `${refused.join(', ')}: a panel member is office staff or a mentor approved for the cycle in ${slot.disciplineCode}`, { field: 'accountIds', accountIds: refused });
    }
    const leaving = slot.members.getItems().filter((member) => !wanted.includes(member.account.id));
    await keepMembersWhoScored(em, slot, leaving);
    leaving.forEach((member) => slot.members.remove(member));
    const present = new Set(slot.members.getItems().map((member) => member.account.id));
    for (const id of wanted.filter((accountId) => !present.has(accountId))) em.create(PanelMember, { slot, ...eligible.get(id)! });
    em.assign(slot, { arrangementChanges: slot.arrangementChanges + 1, updatedAt: ctx.now });
    const names = slot.members.getItems().map((member) => member.account.getEntity().displayName).join('、');
    audit(em, ctx, { action: 'interview.set_panel', subjectType: 'interview_slot', subjectId: String(slot.id), as: asRole(side), reason: names || null });
    return slot;
  }, slotConflict(Number(slotId)));
}
