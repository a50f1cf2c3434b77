import { Migration } from '@mikro-orm/migrations';

export class Migration20261125224202_school_review extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`application\` add column \`school_note\` text null;`);
    this.addSql(`alter table \`application\` add column \`school_decided_at\` datetime null;`);
    this.addSql(`alter table \`application\` add column \`review_reason\` text null;`);
    this.addSql(`alter table \`application\` add column \`reviewed_at\` datetime null;`);
  }

}
