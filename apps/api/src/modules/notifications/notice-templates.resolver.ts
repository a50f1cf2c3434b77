import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { NoticeTemplateType } from './notice-template.type.js';
import { listNoticeTemplates, resetNoticeTemplate, updateNoticeTemplate } from './notice-templates.service.js';

@Resolver()
export class NoticeTemplatesResolver {
  @Authorized()
  @Query(() => [NoticeTemplateType], { description: 'Every notice applicants receive, with the text it goes out with (the office)' })
  noticeTemplates(@Ctx() ctx: Context): Promise<NoticeTemplateType[]> {
    return listNoticeTemplates(ctx);
  }

  @Authorized()
  @Mutation(() => NoticeTemplateType, { description: 'The office edits a notice; an unknown {{placeholder}} is BAD_USER_INPUT, a stale version CONFLICT' })
  updateNoticeTemplate(
    @Ctx() ctx: Context,
    @Arg('key', () => String) key: string,
    @Arg('subject', () => String) subject: string,
    @Arg('body', () => String) body: string,
    @Arg('version', () => Int) version: number,
  ): Promise<NoticeTemplateType> {
    return updateNoticeTemplate(ctx, { key, subject, body, version });
  }

  @Authorized()
  @Mutation(() => NoticeTemplateType, { description: 'Back to the default text of a notice' })
  resetNoticeTemplate(@Ctx() ctx: Context, @Arg('key', () => String) key: string, @Arg('version', () => Int) version: number): Promise<NoticeTemplateType> {
    return resetNoticeTemplate(ctx, key, version);
  }
}
