import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('WaitlistedApplicant', { simpleResolvers: true, description: 'R-SEL-4: one applicant on a discipline’s waiting list (候补)' })
export class WaitlistedApplicantType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String)
  applicationNumber!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Null until the admitted list is published: such an applicant is never offered a place automatically' })
  waitlistPosition!: number | null;
}

@ObjectType('DisciplineConfirmation', { simpleResolvers: true, description: 'R-SEL-4, R-SEL-5: a discipline’s admissions and their replies (录取确认)' })
export class DisciplineConfirmationType {
  @Field(() => String)
  disciplineCode!: string;

  @Field(() => String)
  disciplineName!: string;

  @Field(() => Int, { description: 'Everyone interviewed, whatever came of it' })
  interviewees!: number;

  @Field(() => Int, { description: 'Admitted, not yet replied' })
  admitted!: number;

  @Field(() => Int)
  confirmed!: number;

  @Field(() => Int)
  declined!: number;

  @Field(() => Int, { description: 'R-SEL-4: the most places the interviewees allow (⌊interviewees / ratio⌋)' })
  maxAdmitted!: number;

  @Field(() => String, { nullable: true, description: 'R-SEL-4: why one more admission here is not allowed now; null when it is' })
  offerBlockedBy!: string | null;

  @Field(() => [WaitlistedApplicantType], { description: 'In order of position; those without one last' })
  waitlist!: WaitlistedApplicantType[];
}

@ObjectType('PlaceOffer', { simpleResolvers: true, description: 'R-SEL-4: a freed or manually offered place and who got it, or why nobody did' })
export class PlaceOfferType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  disciplineCode!: string;

  @Field(() => String, { nullable: true, description: 'The declined application whose place it was; null for the office’s manual offer' })
  vacatedBy!: string | null;

  @Field(() => String, { nullable: true })
  offeredTo!: string | null;

  @Field(() => String, { nullable: true })
  offeredToName!: string | null;

  @Field(() => String, { nullable: true })
  unfilledReason!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the place stayed empty, for clients: WAITLIST_EMPTY, the rule an offer would break (R-SEL-4), or OTHER; null when offered' })
  unfilled!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  replyBy!: string | null;

  @Field(() => DateTimeISOResolver)
  createdAt!: Date;
}

@ObjectType('ConfirmationBoard', { simpleResolvers: true, description: 'R-SEL-4, R-SEL-5: the office’s 录取确认 screen' })
export class ConfirmationBoardType {
  @Field(() => LocalDateResolver, { nullable: true, description: 'The cycle’s confirmation deadline; null when the cycle has none' })
  deadline!: string | null;

  @Field(() => Boolean)
  deadlinePassed!: boolean;

  @Field(() => Float)
  interviewRatio!: number;

  @Field(() => [DisciplineConfirmationType])
  disciplines!: DisciplineConfirmationType[];

  @Field(() => Int, { description: 'R-SEL-4 overall: interviewees of every discipline' })
  interviewees!: number;

  @Field(() => Int, { description: 'Places held overall (admitted or confirmed)' })
  held!: number;

  @Field(() => Int)
  maxAdmitted!: number;

  @Field(() => Int, { description: 'Admissions whose own deadline has passed without a reply: what the lapse would decline' })
  lapsable!: number;

  @Field(() => [PlaceOfferType], { description: 'Newest first' })
  offers!: PlaceOfferType[];
}

@ObjectType('AdmissionReply', { simpleResolvers: true, description: 'R-SEL-5: the applicant’s confirmation deadline and whether they may still reply' })
export class AdmissionReplyType {
  @Field(() => LocalDateResolver, { nullable: true })
  deadline!: string | null;

  @Field(() => Boolean, { description: 'True while admitted and on or before the deadline' })
  open!: boolean;

  @Field(() => String, { nullable: true })
  declineReason!: string | null;
}
