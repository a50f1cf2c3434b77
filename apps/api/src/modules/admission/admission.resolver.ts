import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { admissionBoard, decideAdmission, publishAdmissions } from './admission.service.js';
import { AdmissionBoardType, AdmissionDecisionValue } from './admission.type.js';
import { admittedNotice, answerObjection, listObjections, raiseObjection, revealObjectorContact } from './public-notice.service.js';
import { AdmittedNoticeType, NoticeObjectionType, ObjectionInput } from './public-notice.type.js';

@Resolver()
export class AdmissionResolver {
  @Authorized()
  @Query(() => AdmissionBoardType, { description: 'R-SEL-4..6: the admission (录取) per discipline: ranking with the cycle’s weights, proposal, decisions and checks' })
  admissionBoard(@Ctx() ctx: Context, @Arg('year', () => Int) year: number): Promise<AdmissionBoardType> {
    return admissionBoard(ctx, year);
  }

  @Authorized()
  @Mutation(() => AdmissionBoardType, { description: 'R-SEL-5: the office decides one interviewee before publication; a stale version is CONFLICT' })
  decideAdmission(
    @Ctx() ctx: Context,
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('decision', () => AdmissionDecisionValue) decision: AdmissionDecisionValue,
    @Arg('version', () => Int) version: number,
  ): Promise<AdmissionBoardType> {
    return decideAdmission(ctx, applicationId, decision, version);
  }

  @Authorized()
  @Mutation(() => AdmissionBoardType, { description: '发布录取结果: refused naming R-SEL-4 or R-SEL-6 unless they hold; then every interviewee takes their result and is told' })
  publishAdmissions(@Ctx() ctx: Context, @Arg('year', () => Int) year: number): Promise<AdmissionBoardType> {
    return publishAdmissions(ctx, year);
  }

  @Query(() => AdmittedNoticeType, { description: 'The public notice (公示) of the admitted: name, school and discipline during the notice period. Public.' })
  admittedNotice(@Ctx() ctx: Context, @Arg('year', () => Int) year: number): Promise<AdmittedNoticeType> {
    return admittedNotice(ctx, year);
  }

  @Mutation(() => Boolean, { description: 'Raise an objection (异议) to an entry of the open public notice. Public, rate limited.' })
  raiseObjection(@Ctx() ctx: Context, @Arg('year', () => Int) year: number, @Arg('input', () => ObjectionInput) input: ObjectionInput): Promise<boolean> {
    return raiseObjection(ctx, year, input);
  }

  @Authorized()
  @Mutation(() => String, { description: "Issue 23: an objector's whole contact, for the office, with a reason (audited)" })
  revealObjectorContact(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string): Promise<string> {
    return revealObjectorContact(ctx, id, reason);
  }

  @Authorized()
  @Query(() => [NoticeObjectionType], { description: '公示异议: the objections raised, for the office' })
  noticeObjections(@Ctx() ctx: Context, @Arg('year', () => Int) year: number): Promise<NoticeObjectionType[]> {
    return listObjections(ctx, year);
  }

  @Authorized()
  @Mutation(() => NoticeObjectionType, { description: 'The office answers an objection; the objector is told' })
  answerObjection(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('answer', () => String) answer: string,
    @Arg('version', () => Int) version: number,
  ): Promise<NoticeObjectionType> {
    return answerObjection(ctx, id, answer, version);
  }
}
