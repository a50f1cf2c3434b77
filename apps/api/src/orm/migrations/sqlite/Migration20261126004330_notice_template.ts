import { Migration } from '@mikro-orm/migrations';

export class Migration20261126004330_notice_template extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`notice_template\` (\`key\` text not null, \`subject\` text not null, \`body\` text not null, \`updated_by\` text null, \`updated_at\` datetime not null, \`version\` integer not null default 1, primary key (\`key\`));`);
  }

}
