import { Migration } from '@mikro-orm/migrations';

export class Migration20261125222737_application extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`application\` (\`id\` integer not null primary key autoincrement, \`cycle_id\` integer not null, \`applicant_id\` text not null, \`status\` text not null default 'draft', \`application_number\` text null, \`name\` text null, \`gender\` text null, \`date_of_birth\` date null, \`id_number\` text null, \`submitted_id_number\` text null, \`school_id\` text null, \`grade\` integer null, \`class_name\` text null, \`phone\` text null, \`discipline_code\` text null, \`mentor_choices\` json not null default '[]', \`subject_rank\` integer null, \`overall_rank\` integer null, \`grade_size\` integer null, \`statement\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`submitted_at\` datetime null, \`version\` integer not null default 1, constraint \`application_cycle_id_foreign\` foreign key(\`cycle_id\`) references \`cycle\`(\`id\`) on update cascade, constraint \`application_applicant_id_foreign\` foreign key(\`applicant_id\`) references \`account\`(\`id\`) on update cascade, constraint \`application_school_id_foreign\` foreign key(\`school_id\`) references \`school\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`application_cycle_id_index\` on \`application\` (\`cycle_id\`);`);
    this.addSql(`create index \`application_applicant_id_index\` on \`application\` (\`applicant_id\`);`);
    this.addSql(`create index \`application_status_index\` on \`application\` (\`status\`);`);
    this.addSql(`create unique index \`application_application_number_unique\` on \`application\` (\`application_number\`);`);
    this.addSql(`create index \`application_school_id_index\` on \`application\` (\`school_id\`);`);
    this.addSql(`create unique index \`application_cycle_id_submitted_id_number_unique\` on \`application\` (\`cycle_id\`, \`submitted_id_number\`);`);
    this.addSql(`create unique index \`application_cycle_id_applicant_id_unique\` on \`application\` (\`cycle_id\`, \`applicant_id\`);`);

    this.addSql(`alter table \`cycle\` add column \`max_mentor_choices\` integer not null default 2;`);
    this.addSql(`alter table \`cycle\` add column \`application_number_prefix\` text not null default 'SX';`);
  }

}
