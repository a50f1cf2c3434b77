import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SelectionViolationType } from '../selection/index.js';

export enum AdmissionDecisionValue {
  admitted = 'admitted',
  waitlisted = 'waitlisted',
  not_admitted = 'not_admitted',
}
registerEnumType(AdmissionDecisionValue, { name: 'AdmissionDecision', description: 'R-SEL-5: 录取 / 候补 / 不录取' });

@ObjectType('AdmissionCandidate', { simpleResolvers: true, description: 'R-SEL-5: one interviewee in the ranking of their discipline' })
export class AdmissionCandidateType {
  @Field(() => ID)
  applicationId!: string;

  @Field(() => String)
  applicationNumber!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  schoolName!: string;

  @Field(() => Int)
  rank!: number;

  @Field(() => Float)
  assessmentScore!: number;

  @Field(() => Float)
  interviewScore!: number;

  @Field(() => Float, { description: 'assessmentWeight × assessment + interviewWeight × interview, two decimals' })
  combined!: number;

  @Field(() => AdmissionDecisionValue, { description: 'What the ranking proposes for the planned admissions' })
  proposal!: AdmissionDecisionValue;

  @Field(() => AdmissionDecisionValue, { description: 'The office’s decision, else the proposal; after publication the result' })
  decision!: AdmissionDecisionValue;

  @Field(() => Boolean, { description: 'The office decided it by hand' })
  decidedByOffice!: boolean;

  @Field(() => Int, { description: 'The application’s version: send it back with a decision' })
  version!: number;
}

@ObjectType('DisciplineAdmissions', { simpleResolvers: true })
export class DisciplineAdmissionsType {
  @Field(() => String)
  disciplineCode!: string;

  @Field(() => String)
  disciplineName!: string;

  @Field(() => Int, { description: '计划录取人数 from the cut-off' })
  plannedAdmissions!: number;

  @Field(() => Int, { description: 'Interviewed applicants of the discipline (R-SEL-4)' })
  interviewees!: number;

  @Field(() => Int)
  admitted!: number;

  @Field(() => [AdmissionCandidateType])
  candidates!: AdmissionCandidateType[];
}

@ObjectType('AdmissionBoard', { simpleResolvers: true, description: 'R-SEL-4..6: the admission (录取) of a cycle per discipline, with the publication checks' })
export class AdmissionBoardType {
  @Field(() => Int)
  year!: number;

  @Field(() => Float)
  assessmentWeight!: number;

  @Field(() => Float)
  interviewWeight!: number;

  @Field(() => Float)
  interviewRatio!: number;

  @Field(() => Int)
  minAdmissions!: number;

  @Field(() => Int)
  interviewees!: number;

  @Field(() => Int)
  admitted!: number;

  @Field(() => [DisciplineAdmissionsType])
  disciplines!: DisciplineAdmissionsType[];

  @Field(() => [SelectionViolationType], { description: 'R-SEL-4 per discipline and overall, and R-SEL-6; empty means it may be published' })
  violations!: SelectionViolationType[];

  @Field(() => DateTimeISOResolver, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'The public notice (公示) ends then' })
  noticeEndsAt!: Date | null;
}
