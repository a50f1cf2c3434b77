import { Migration } from '@mikro-orm/migrations';

export class Migration20261125202939_window_extension extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`window_extension\` (\`id\` integer not null primary key autoincrement, \`cycle_id\` integer not null, \`milestone_key\` text not null, \`school_id\` text null, \`extended_until\` date not null, \`reason\` text not null, \`granted_by\` text null, \`granted_at\` datetime not null, constraint \`window_extension_cycle_id_foreign\` foreign key(\`cycle_id\`) references \`cycle\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`window_extension_cycle_id_index\` on \`window_extension\` (\`cycle_id\`);`);
    this.addSql(`create index \`window_extension_cycle_id_milestone_key_school_id_index\` on \`window_extension\` (\`cycle_id\`, \`milestone_key\`, \`school_id\`);`);
  }

}
