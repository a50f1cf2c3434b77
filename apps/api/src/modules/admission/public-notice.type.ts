import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('AdmittedNoticeEntry', { simpleResolvers: true, description: 'One admitted student on the public notice (公示): name, school and discipline, nothing more' })
export class AdmittedNoticeEntryType {
  @Field(() => ID, { description: 'Issue 23: an opaque token naming the entry in an objection; no internal id, not an application number' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  schoolName!: string;

  @Field(() => String)
  disciplineName!: string;
}

@ObjectType('AdmittedNotice', { simpleResolvers: true, description: 'The public notice (公示) of a cycle’s admitted list. Public.' })
export class AdmittedNoticeType {
  @Field(() => Int)
  year!: number;

  @Field(() => Boolean, { description: 'True during the notice period; before publication and after it ends, false and no entries' })
  open!: boolean;

  @Field(() => DateTimeISOResolver, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  endsAt!: Date | null;

  @Field(() => [AdmittedNoticeEntryType])
  entries!: AdmittedNoticeEntryType[];
}

@InputType('ObjectionInput')
export class ObjectionInput {
  @Field(() => ID, { description: 'The AdmittedNoticeEntry objected to' })
  entryId!: string;

  @Field(() => String)
  objectorName!: string;

  @Field(() => String, { description: 'An e-mail address or a mainland mobile number: the answer is sent there' })
  objectorContact!: string;

  @Field(() => String)
  reason!: string;
}

@ObjectType('NoticeObjection', { simpleResolvers: true, description: 'An objection (异议) to the public notice, for the office' })
export class NoticeObjectionType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  applicationNumber!: string;

  @Field(() => String)
  studentName!: string;

  @Field(() => String)
  schoolName!: string;

  @Field(() => String)
  objectorName!: string;

  @Field(() => String, { description: 'Issue 23: masked; revealObjectorContact shows it whole, with a reason (audited)' })
  objectorContact!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => DateTimeISOResolver)
  raisedAt!: Date;

  @Field(() => String, { nullable: true })
  answer!: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  answeredAt!: Date | null;

  @Field(() => Int)
  version!: number;
}
