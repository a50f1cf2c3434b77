import { Migration } from '@mikro-orm/migrations';

export class Migration20261126003947_assessment_scores_and_cut_offs extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`discipline_cut_off\` (\`id\` integer not null primary key autoincrement, \`cycle_id\` integer not null, \`discipline_code\` text not null, \`planned_admissions\` integer not null, \`cut_off\` numeric(5,2) null, \`updated_at\` datetime not null, \`updated_by\` text null, \`published_at\` datetime null, \`invited_count\` integer null, \`version\` integer not null default 1, constraint \`discipline_cut_off_cycle_id_foreign\` foreign key(\`cycle_id\`) references \`cycle\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`discipline_cut_off_cycle_id_index\` on \`discipline_cut_off\` (\`cycle_id\`);`);
    this.addSql(`create unique index \`discipline_cut_off_cycle_id_discipline_code_unique\` on \`discipline_cut_off\` (\`cycle_id\`, \`discipline_code\`);`);

    this.addSql(`alter table \`application\` add column \`assessment_score\` numeric(5,2) null;`);
    this.addSql(`alter table \`application\` add column \`assessed_at\` datetime null;`);
  }

}
