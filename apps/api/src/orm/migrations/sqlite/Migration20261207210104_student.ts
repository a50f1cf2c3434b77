import { Migration } from '@mikro-orm/migrations';

export class Migration20261207210104_student extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`student\` (\`id\` integer not null primary key autoincrement, \`cycle_id\` integer not null, \`application_id\` integer not null, \`account_id\` text not null, \`discipline_code\` text not null, \`mentor_id\` text null, \`mentor_assigned_at\` datetime null, \`mentor_assigned_by\` text null, \`enrolled_at\` datetime not null, \`version\` integer not null default 1, constraint \`student_cycle_id_foreign\` foreign key(\`cycle_id\`) references \`cycle\`(\`id\`) on update cascade, constraint \`student_application_id_foreign\` foreign key(\`application_id\`) references \`application\`(\`id\`) on update cascade, constraint \`student_mentor_id_foreign\` foreign key(\`mentor_id\`) references \`mentor\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`student_cycle_id_index\` on \`student\` (\`cycle_id\`);`);
    this.addSql(`create unique index \`student_application_id_unique\` on \`student\` (\`application_id\`);`);
    this.addSql(`create index \`student_account_id_index\` on \`student\` (\`account_id\`);`);
    this.addSql(`create index \`student_mentor_id_index\` on \`student\` (\`mentor_id\`);`);
    this.addSql(`create index \`student_cycle_id_discipline_code_index\` on \`student\` (\`cycle_id\`, \`discipline_code\`);`);
    // Applicants who confirmed before students existed are the cohort's students too.
    this.addSql(`insert into student (cycle_id, application_id, account_id, discipline_code, enrolled_at, version) select cycle_id, id, applicant_id, discipline_code, coalesce(admission_replied_at, updated_at), 1 from application where status = 'confirmed';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`student\`;`);
  }

}
