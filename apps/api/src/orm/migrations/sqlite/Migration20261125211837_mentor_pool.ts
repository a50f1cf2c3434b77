import { Migration } from '@mikro-orm/migrations';

export class Migration20261125211837_mentor_pool extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`mentor_appointment\` (\`id\` integer not null primary key autoincrement, \`cycle_id\` integer not null, \`mentor_id\` text not null, \`status\` text not null default 'recommended', \`capacity\` integer not null, \`team\` json not null, \`recommended_at\` datetime not null, \`recommended_by\` text null, \`confirmed_at\` datetime null, \`university_approved_at\` datetime null, \`approved_at\` datetime null, \`decided_by\` text null, \`rejection_reason\` text null, \`carried_over_from\` integer null, \`letter_number\` text null, \`version\` integer not null default 1, constraint \`mentor_appointment_cycle_id_foreign\` foreign key(\`cycle_id\`) references \`cycle\`(\`id\`) on update cascade, constraint \`mentor_appointment_mentor_id_foreign\` foreign key(\`mentor_id\`) references \`mentor\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`mentor_appointment_cycle_id_index\` on \`mentor_appointment\` (\`cycle_id\`);`);
    this.addSql(`create index \`mentor_appointment_mentor_id_index\` on \`mentor_appointment\` (\`mentor_id\`);`);
    this.addSql(`create index \`mentor_appointment_status_index\` on \`mentor_appointment\` (\`status\`);`);
    this.addSql(`create unique index \`mentor_appointment_letter_number_unique\` on \`mentor_appointment\` (\`letter_number\`);`);
    this.addSql(`create unique index \`mentor_appointment_cycle_id_mentor_id_unique\` on \`mentor_appointment\` (\`cycle_id\`, \`mentor_id\`);`);

    this.addSql(`alter table \`school\` add column \`school_type\` text not null default 'senior_high';`);

    this.addSql(`alter table \`mentor\` add column \`title\` text not null default '';`);
    this.addSql(`alter table \`mentor\` add column \`honours\` json not null default '[]';`);
    this.addSql(`alter table \`mentor\` add column \`research_fields\` json not null default '[]';`);
    this.addSql(`alter table \`mentor\` add column \`profile\` text not null default '';`);
    this.addSql(`alter table \`mentor\` add column \`email\` text null;`);
    this.addSql(`alter table \`mentor\` add column \`photo\` text null;`);
    this.addSql(`alter table \`mentor\` add column \`search_text\` text not null default '';`);
    this.addSql(`create index \`mentor_discipline_code_index\` on \`mentor\` (\`discipline_code\`);`);
    this.addSql(`create unique index \`mentor_university_id_name_discipline_code_unique\` on \`mentor\` (\`university_id\`, \`name\`, \`discipline_code\`);`);
  }

}
