import { Migration } from '@mikro-orm/migrations';

export class Migration20261126012759_admission_and_public_notice extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`admission_publication\` (\`id\` integer not null primary key autoincrement, \`cycle_id\` integer not null, \`published_at\` datetime not null, \`published_by\` text not null, \`notice_ends_at\` datetime not null, constraint \`admission_publication_cycle_id_foreign\` foreign key(\`cycle_id\`) references \`cycle\`(\`id\`) on update cascade);`);
    this.addSql(`create unique index \`admission_publication_cycle_id_unique\` on \`admission_publication\` (\`cycle_id\`);`);

    this.addSql(`create table \`notice_objection\` (\`id\` integer not null primary key autoincrement, \`cycle_id\` integer not null, \`application_id\` integer not null, \`objector_name\` text not null, \`objector_contact\` text not null, \`reason\` text not null, \`raised_at\` datetime not null, \`answer\` text null, \`answered_at\` datetime null, \`answered_by\` text null, \`version\` integer not null default 1, constraint \`notice_objection_cycle_id_foreign\` foreign key(\`cycle_id\`) references \`cycle\`(\`id\`) on update cascade, constraint \`notice_objection_application_id_foreign\` foreign key(\`application_id\`) references \`application\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`notice_objection_cycle_id_index\` on \`notice_objection\` (\`cycle_id\`);`);
    this.addSql(`create index \`notice_objection_application_id_index\` on \`notice_objection\` (\`application_id\`);`);

    this.addSql(`alter table \`cycle\` add column \`assessment_weight\` numeric(3,2) not null default 0.4;`);
    this.addSql(`alter table \`cycle\` add column \`interview_weight\` numeric(3,2) not null default 0.6;`);
    this.addSql(`alter table \`cycle\` add column \`public_notice_days\` integer not null default 5;`);

    this.addSql(`alter table \`application\` add column \`admission_decision\` text null;`);
    this.addSql(`alter table \`application\` add column \`admission_decided_at\` datetime null;`);
    this.addSql(`alter table \`application\` add column \`admission_decided_by\` text null;`);
  }

}
