import { DateTimeType, Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import type { NoticeTemplateKey } from '@yingcai/domain/notices';

/** The office's edit of a notice template; without a row the programme's default text is sent. */
@Entity({ tableName: 'notice_template' })
export class NoticeTemplate {
  @PrimaryKey({ type: 'string', length: 64 })
  key!: NoticeTemplateKey;

  @Property({ type: 'string', length: 200 })
  subject!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'string', length: 36, nullable: true })
  updatedBy!: string | null;

  @Property({ type: DateTimeType })
  updatedAt!: Date;

  /** Two staff editing the same template: the second save gets CONFLICT. */
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
