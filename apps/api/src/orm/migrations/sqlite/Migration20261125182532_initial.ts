import { Migration } from '@mikro-orm/migrations';

export class Migration20261125182532_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`cycle\` (\`id\` integer not null primary key autoincrement, \`year\` integer not null, \`province\` text not null, \`name\` text not null, \`subject_rank_top_percent\` numeric(5,2) not null, \`overall_rank_top_percent\` numeric(5,2) not null, \`interview_ratio\` numeric(5,2) not null, \`min_admissions\` integer not null, \`min_training_sessions\` integer not null, \`created_at\` datetime not null, \`updated_at\` datetime not null);`);
    this.addSql(`create unique index \`cycle_year_province_unique\` on \`cycle\` (\`year\`, \`province\`);`);

    this.addSql(`create table \`discipline\` (\`id\` integer not null primary key autoincrement, \`cycle_id\` integer not null, \`code\` text not null, \`name\` text not null, \`position\` integer not null, constraint \`discipline_cycle_id_foreign\` foreign key(\`cycle_id\`) references \`cycle\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`discipline_cycle_id_index\` on \`discipline\` (\`cycle_id\`);`);
    this.addSql(`create unique index \`discipline_cycle_id_code_unique\` on \`discipline\` (\`cycle_id\`, \`code\`);`);

    this.addSql(`create table \`district\` (\`id\` integer not null primary key autoincrement, \`cycle_id\` integer not null, \`code\` text not null, \`name\` text not null, \`position\` integer not null, constraint \`district_cycle_id_foreign\` foreign key(\`cycle_id\`) references \`cycle\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`district_cycle_id_index\` on \`district\` (\`cycle_id\`);`);
    this.addSql(`create unique index \`district_cycle_id_code_unique\` on \`district\` (\`cycle_id\`, \`code\`);`);

    this.addSql(`create table \`milestone\` (\`id\` integer not null primary key autoincrement, \`cycle_id\` integer not null, \`key\` text not null, \`name\` text not null, \`starts_on\` date not null, \`ends_on\` date not null, \`position\` integer not null, constraint \`milestone_cycle_id_foreign\` foreign key(\`cycle_id\`) references \`cycle\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`milestone_cycle_id_index\` on \`milestone\` (\`cycle_id\`);`);
    this.addSql(`create unique index \`milestone_cycle_id_key_unique\` on \`milestone\` (\`cycle_id\`, \`key\`);`);

    this.addSql(`create table \`university\` (\`id\` integer not null primary key autoincrement, \`name\` text not null);`);
    this.addSql(`create unique index \`university_name_unique\` on \`university\` (\`name\`);`);

    this.addSql(`create table \`cycle_university\` (\`cycle_id\` integer not null, \`university_id\` integer not null, constraint \`cycle_university_cycle_id_foreign\` foreign key(\`cycle_id\`) references \`cycle\`(\`id\`) on delete cascade on update cascade, constraint \`cycle_university_university_id_foreign\` foreign key(\`university_id\`) references \`university\`(\`id\`) on delete cascade on update cascade, primary key (\`cycle_id\`, \`university_id\`));`);
    this.addSql(`create index \`cycle_university_cycle_id_index\` on \`cycle_university\` (\`cycle_id\`);`);
    this.addSql(`create index \`cycle_university_university_id_index\` on \`cycle_university\` (\`university_id\`);`);
  }

}
