import { Migration } from '@mikro-orm/migrations';

export class Migration20261126003941_interviews extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`interview_criterion\` (\`id\` integer not null primary key autoincrement, \`cycle_id\` integer not null, \`code\` text not null, \`name\` text not null, \`max_points\` integer not null, \`position\` integer not null, constraint \`interview_criterion_cycle_id_foreign\` foreign key(\`cycle_id\`) references \`cycle\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`interview_criterion_cycle_id_index\` on \`interview_criterion\` (\`cycle_id\`);`);
    this.addSql(`create unique index \`interview_criterion_cycle_id_code_unique\` on \`interview_criterion\` (\`cycle_id\`, \`code\`);`);

    this.addSql(`create table \`interview_slot\` (\`id\` integer not null primary key autoincrement, \`cycle_id\` integer not null, \`discipline_code\` text not null, \`starts_at\` datetime not null, \`ends_at\` datetime not null, \`place\` text null, \`online_link\` text null, \`capacity\` integer not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`arrangement_changes\` integer not null default 0, \`version\` integer not null default 1, constraint \`interview_slot_cycle_id_foreign\` foreign key(\`cycle_id\`) references \`cycle\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`interview_slot_cycle_id_index\` on \`interview_slot\` (\`cycle_id\`);`);
    this.addSql(`create index \`interview_slot_discipline_code_index\` on \`interview_slot\` (\`discipline_code\`);`);

    this.addSql(`create table \`interview_panel_member\` (\`id\` integer not null primary key autoincrement, \`slot_id\` integer not null, \`account_id\` text not null, \`role\` text not null, constraint \`interview_panel_member_slot_id_foreign\` foreign key(\`slot_id\`) references \`interview_slot\`(\`id\`) on delete cascade on update cascade, constraint \`interview_panel_member_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`interview_panel_member_slot_id_index\` on \`interview_panel_member\` (\`slot_id\`);`);
    this.addSql(`create index \`interview_panel_member_account_id_index\` on \`interview_panel_member\` (\`account_id\`);`);
    this.addSql(`create unique index \`interview_panel_member_slot_id_account_id_unique\` on \`interview_panel_member\` (\`slot_id\`, \`account_id\`);`);

    this.addSql(`create table \`interview_assignment\` (\`id\` integer not null primary key autoincrement, \`slot_id\` integer not null, \`application_id\` integer not null, \`assigned_at\` datetime not null, \`score\` numeric(6,2) null, \`recorded_at\` datetime null, \`recorded_by\` text null, constraint \`interview_assignment_slot_id_foreign\` foreign key(\`slot_id\`) references \`interview_slot\`(\`id\`) on update cascade, constraint \`interview_assignment_application_id_foreign\` foreign key(\`application_id\`) references \`application\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`interview_assignment_slot_id_index\` on \`interview_assignment\` (\`slot_id\`);`);
    this.addSql(`create unique index \`interview_assignment_application_id_unique\` on \`interview_assignment\` (\`application_id\`);`);

    this.addSql(`create table \`interview_score_sheet\` (\`id\` integer not null primary key autoincrement, \`assignment_id\` integer not null, \`member_id\` text not null, \`points\` json null, \`total\` integer null, \`comment\` text null, \`conflict\` integer not null default false, \`conflict_reason\` text null, \`submitted_at\` datetime not null, constraint \`interview_score_sheet_assignment_id_foreign\` foreign key(\`assignment_id\`) references \`interview_assignment\`(\`id\`) on update cascade, constraint \`interview_score_sheet_member_id_foreign\` foreign key(\`member_id\`) references \`account\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`interview_score_sheet_assignment_id_index\` on \`interview_score_sheet\` (\`assignment_id\`);`);
    this.addSql(`create index \`interview_score_sheet_member_id_index\` on \`interview_score_sheet\` (\`member_id\`);`);
    this.addSql(`create unique index \`interview_score_sheet_assignment_id_member_id_unique\` on \`interview_score_sheet\` (\`assignment_id\`, \`member_id\`);`);

    // Cycles seeded before rubrics existed get the seed's default rubric (shanxi-2026.ts); the office's data, not code, from here on.
    this.addSql(`insert into \`interview_criterion\` (\`cycle_id\`, \`code\`, \`name\`, \`max_points\`, \`position\`) select \`id\`, 'research_potential', '科研潜质', 40, 0 from \`cycle\`;`);
    this.addSql(`insert into \`interview_criterion\` (\`cycle_id\`, \`code\`, \`name\`, \`max_points\`, \`position\`) select \`id\`, 'foundation', '学科基础', 30, 1 from \`cycle\`;`);
    this.addSql(`insert into \`interview_criterion\` (\`cycle_id\`, \`code\`, \`name\`, \`max_points\`, \`position\`) select \`id\`, 'expression', '表达与思维', 30, 2 from \`cycle\`;`);
  }

}
