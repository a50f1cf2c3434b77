import { Migration } from '@mikro-orm/migrations';

export class Migration20261125192050_participation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`participation\` (\`id\` integer not null primary key autoincrement, \`cycle_id\` integer not null, \`school_id\` text not null, \`status\` text not null default 'submitted', \`team\` json not null, \`submitted_at\` datetime not null, \`decided_at\` datetime null, \`decided_by\` text null, \`rejection_reason\` text null, \`version\` integer not null default 1, constraint \`participation_cycle_id_foreign\` foreign key(\`cycle_id\`) references \`cycle\`(\`id\`) on update cascade, constraint \`participation_school_id_foreign\` foreign key(\`school_id\`) references \`school\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`participation_cycle_id_index\` on \`participation\` (\`cycle_id\`);`);
    this.addSql(`create index \`participation_school_id_index\` on \`participation\` (\`school_id\`);`);
    this.addSql(`create unique index \`participation_cycle_id_school_id_unique\` on \`participation\` (\`cycle_id\`, \`school_id\`);`);

    this.addSql(`alter table \`school\` add column \`ownership\` text not null default 'public';`);
  }

}
