import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('NoticeTemplate', { description: 'A notice applicants receive, as the office has edited it (通知模板)' })
export class NoticeTemplateType {
  @Field(() => String, { description: 'e.g. draft_reminder, school_declined' })
  key!: string;

  @Field(() => String)
  subject!: string;

  @Field(() => String)
  body!: string;

  @Field(() => [String], { description: 'the {{placeholders}} this notice may use' })
  variables!: readonly string[];

  @Field(() => Boolean, { description: 'false while the default text is in use' })
  edited!: boolean;

  @Field(() => Int, { description: '0 for the default text; pass it back when saving' })
  version!: number;

  @Field(() => DateTimeISOResolver, { nullable: true })
  updatedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Issue 23: the SMS provider sending text messages (tencent, aliyun); null when none is set' })
  smsProvider!: string | null;

  @Field(() => String, { nullable: true, description: "Issue 23: the provider's approved template this notice goes out as by text message; its parameters are `variables`, in order" })
  smsTemplateId!: string | null;
}
