import { Migration } from '@mikro-orm/migrations';

export class Migration20261126003930_application_material extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`application_material\` (\`id\` integer not null primary key autoincrement, \`application_id\` integer not null, \`slot\` integer not null, \`storage_key\` text not null, \`file_name\` text not null, \`media_type\` text not null, \`size\` integer not null, \`uploaded_at\` datetime not null, constraint \`application_material_application_id_foreign\` foreign key(\`application_id\`) references \`application\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`application_material_application_id_index\` on \`application_material\` (\`application_id\`);`);
    this.addSql(`create unique index \`application_material_storage_key_unique\` on \`application_material\` (\`storage_key\`);`);
    this.addSql(`create unique index \`application_material_application_id_slot_unique\` on \`application_material\` (\`application_id\`, \`slot\`);`);
  }

}
