import { Migration } from '@mikro-orm/migrations';

export class Migration20261126012839_admission_confirmation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`place_offer\` (\`id\` integer not null primary key autoincrement, \`cycle_id\` integer not null, \`discipline_code\` text not null, \`vacated_by_id\` integer null, \`offered_to_id\` integer null, \`unfilled_reason\` text null, \`reply_by\` date null, \`created_at\` datetime not null, constraint \`place_offer_cycle_id_foreign\` foreign key(\`cycle_id\`) references \`cycle\`(\`id\`) on delete cascade on update cascade, constraint \`place_offer_vacated_by_id_foreign\` foreign key(\`vacated_by_id\`) references \`application\`(\`id\`) on delete set null on update cascade, constraint \`place_offer_offered_to_id_foreign\` foreign key(\`offered_to_id\`) references \`application\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`place_offer_cycle_id_index\` on \`place_offer\` (\`cycle_id\`);`);
    this.addSql(`create index \`place_offer_discipline_code_index\` on \`place_offer\` (\`discipline_code\`);`);
    this.addSql(`create index \`place_offer_vacated_by_id_index\` on \`place_offer\` (\`vacated_by_id\`);`);
    this.addSql(`create index \`place_offer_offered_to_id_index\` on \`place_offer\` (\`offered_to_id\`);`);

    this.addSql(`alter table \`application\` add column \`waitlist_position\` integer null;`);
    this.addSql(`alter table \`application\` add column \`admission_replied_at\` datetime null;`);
    this.addSql(`alter table \`application\` add column \`decline_reason\` text null;`);
    // R-SEL-5: cycles seeded before this migration get the confirmation deadline once (as the seed has it); then it is data.
    this.addSql(`insert into \`milestone\` (\`cycle_id\`, \`key\`, \`name\`, \`starts_on\`, \`ends_on\`, \`position\`) select c.\`id\`, 'admission_confirmation', '录取确认', ((c.\`year\` - 1) || '-12-25'), (c.\`year\` || '-01-05'), coalesce((select m.\`position\` from \`milestone\` m where m.\`cycle_id\` = c.\`id\` and m.\`key\` = 'interview'), 0) from \`cycle\` c where not exists (select 1 from \`milestone\` m where m.\`cycle_id\` = c.\`id\` and m.\`key\` = 'admission_confirmation');`);
  }

}
