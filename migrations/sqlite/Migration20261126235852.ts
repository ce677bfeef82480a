import { Migration } from '@mikro-orm/migrations';

export class Migration20261126235852 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`api_keys\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`key_hash\` text not null, \`key_prefix\` text not null, \`active\` integer not null default true, \`capabilities\` json not null, \`allowed_ips\` json not null, \`created_at\` datetime not null, \`last_used_at\` datetime null);`);
    this.addSql(`create unique index \`api_keys_key_hash_unique\` on \`api_keys\` (\`key_hash\`);`);

    this.addSql(`create table \`products\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`description\` text null, \`source\` text check (\`source\` in ('INTERNAL', 'ENVATO')) not null default 'INTERNAL', \`status\` text check (\`status\` in ('ACTIVE', 'INACTIVE')) not null default 'ACTIVE', \`require_non_expired\` integer not null default false, \`external_reference\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null);`);

    this.addSql(`create table \`product_meta\` (\`id\` integer not null primary key autoincrement, \`product_id\` integer not null, \`key\` text not null, \`value\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`product_meta_product_id_foreign\` foreign key(\`product_id\`) references \`products\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`product_meta_product_id_index\` on \`product_meta\` (\`product_id\`);`);
    this.addSql(`create unique index \`product_meta_product_id_key_unique\` on \`product_meta\` (\`product_id\`, \`key\`);`);
  }

}
