import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PageInput } from '../../graphql/page.js';
import { assignInterviewees, autoAssign, listWaiting, unassignInterviewee } from './assignment.service.js';
import { toInterviewee } from './interviewee-views.js';
import { InterviewSlotInput } from './interview.input.js';
import {
  AutoAssignmentType, IntervieweePageType, IntervieweeType, InterviewSlotPageType, InterviewSlotType, PanelCandidateType,
  WaitingIntervieweePageType, type PanelRoleValue,
} from './interview.type.js';
import { listPanelCandidates, setPanel } from './panel.service.js';
import { listInterviewees, recordInterview } from './record.service.js';
import { toIntervieweeFields } from './sheet-views.js';
import { assignedCounts, toSlotType } from './slot-loading.js';
import { createSlot, deleteSlot, listSlots, updateSlot } from './slot.service.js';
import type { InterviewSlot } from './interview-slot.entity.js';

/** R-SEL-5: the office and the university arrange interviews: slots, panels, interviewees, and record each interview. */
@Resolver()
export class InterviewArrangementResolver {
  private async slotOf(ctx: Context, slot: InterviewSlot): Promise<InterviewSlotType> {
    return toSlotType(slot, (await assignedCounts(ctx.em, [slot])).get(slot.id)!);
  }

  @Authorized()
  @Query(() => InterviewSlotPageType, { description: 'R-SEL-5: the interview slots of a cycle, of one discipline or all, in time order' })
  async interviewSlots(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('disciplineCode', () => String, { nullable: true }) disciplineCode: string | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
  ): Promise<InterviewSlotPageType> {
    const { rows, total, counts } = await listSlots(ctx, year, disciplineCode, page);
    return { rows: rows.map((slot) => toSlotType(slot, counts.get(slot.id)!)), total };
  }

  @Authorized()
  @Mutation(() => InterviewSlotType, { description: 'R-SEL-5: opens an interview slot of a discipline' })
  async createInterviewSlot(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('disciplineCode', () => String) disciplineCode: string,
    @Arg('input', () => InterviewSlotInput) input: InterviewSlotInput,
  ): Promise<InterviewSlotType> {
    return toSlotType(await createSlot(ctx, year, disciplineCode, input), 0);
  }

  @Authorized()
  @Mutation(() => InterviewSlotType, { description: 'R-SEL-5: a new time, place, link or capacity; the slot’s applicants are told of a new time or place' })
  async updateInterviewSlot(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => InterviewSlotInput) input: InterviewSlotInput,
  ): Promise<InterviewSlotType> {
    return this.slotOf(ctx, await updateSlot(ctx, id, version, input));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Removes an interview slot without applicants' })
  deleteInterviewSlot(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<boolean> {
    return deleteSlot(ctx, id, version);
  }

  @Authorized()
  @Query(() => [PanelCandidateType], { description: 'R-SEL-5: who may sit on a panel of the discipline: mentors approved for the cycle in it, and office staff' })
  async panelCandidates(@Ctx() ctx: Context, @Arg('year', () => Int) year: number, @Arg('disciplineCode', () => String) disciplineCode: string): Promise<PanelCandidateType[]> {
    const candidates = await listPanelCandidates(ctx, year, disciplineCode);
    return candidates.map(({ account, role }) => ({ accountId: account.id, name: account.displayName, role: role as PanelRoleValue }));
  }

  @Authorized()
  @Mutation(() => InterviewSlotType, { description: 'R-SEL-5: the whole panel of a slot; a member who has scored there stays' })
  async setInterviewPanel(
    @Ctx() ctx: Context,
    @Arg('slotId', () => ID) slotId: string,
    @Arg('version', () => Int) version: number,
    @Arg('accountIds', () => [ID]) accountIds: string[],
  ): Promise<InterviewSlotType> {
    return this.slotOf(ctx, await setPanel(ctx, slotId, version, accountIds));
  }

  @Authorized()
  @Query(() => WaitingIntervieweePageType, { description: 'R-SEL-5: invited applicants of a discipline without a slot, in application number order' })
  async waitingInterviewees(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('disciplineCode', () => String) disciplineCode: string,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
  ): Promise<WaitingIntervieweePageType> {
    const [rows, total] = await listWaiting(ctx, year, disciplineCode, page);
    return { rows: rows.map(toIntervieweeFields), total };
  }

  @Authorized()
  @Mutation(() => InterviewSlotType, { description: 'R-SEL-5: puts invited applicants of the slot’s discipline into it, within its capacity; each is told the slot' })
  async assignInterviewees(
    @Ctx() ctx: Context,
    @Arg('slotId', () => ID) slotId: string,
    @Arg('version', () => Int) version: number,
    @Arg('applicationIds', () => [ID]) applicationIds: string[],
  ): Promise<InterviewSlotType> {
    return this.slotOf(ctx, await assignInterviewees(ctx, slotId, version, applicationIds));
  }

  @Authorized()
  @Mutation(() => InterviewSlotType, { description: 'Takes an applicant nobody has scored yet out of a slot' })
  async unassignInterviewee(
    @Ctx() ctx: Context,
    @Arg('slotId', () => ID) slotId: string,
    @Arg('version', () => Int) version: number,
    @Arg('applicationId', () => ID) applicationId: string,
  ): Promise<InterviewSlotType> {
    return this.slotOf(ctx, await unassignInterviewee(ctx, slotId, version, applicationId));
  }

  @Authorized()
  @Mutation(() => AutoAssignmentType, { description: 'R-SEL-5: the discipline’s invited applicants without a slot fill its slots in application number order, earliest slot first' })
  autoAssignInterviewees(@Ctx() ctx: Context, @Arg('year', () => Int) year: number, @Arg('disciplineCode', () => String) disciplineCode: string): Promise<AutoAssignmentType> {
    return autoAssign(ctx, year, disciplineCode);
  }

  @Authorized()
  @Query(() => IntervieweePageType, { description: 'R-SEL-5: a slot’s applicants with every sheet, the mean so far and the recorded score' })
  async interviewees(
    @Ctx() ctx: Context,
    @Arg('slotId', () => ID) slotId: string,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
  ): Promise<IntervieweePageType> {
    const { slot, rows, total, sheets, rubric } = await listInterviewees(ctx, slotId, page);
    return { rows: rows.map((assignment) => toInterviewee(assignment, slot, sheets, rubric)), total };
  }

  @Authorized()
  @Mutation(() => IntervieweeType, { description: 'R-SEL-5: records the interview with the mean of the unconflicted members’ scores; refused when nobody scored' })
  async recordInterview(@Ctx() ctx: Context, @Arg('applicationId', () => ID) applicationId: string, @Arg('version', () => Int) version: number): Promise<IntervieweeType> {
    const { assignment, slot, rubric } = await recordInterview(ctx, applicationId, version);
    return toInterviewee(assignment, slot, assignment.sheets.getItems(), rubric);
  }
}
