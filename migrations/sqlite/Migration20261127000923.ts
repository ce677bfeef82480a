import { Migration } from '@mikro-orm/migrations';

export class Migration20261127000923 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`api_keys\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`key_hash\` text not null, \`key_prefix\` text not null, \`active\` integer not null default true, \`capabilities\` json not null, \`allowed_ips\` json not null, \`created_at\` datetime not null, \`last_used_at\` datetime null);`);
    this.addSql(`create unique index \`api_keys_key_hash_unique\` on \`api_keys\` (\`key_hash\`);`);

    this.addSql(`create table \`products\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`description\` text null, \`source\` text check (\`source\` in ('INTERNAL', 'ENVATO')) not null default 'INTERNAL', \`status\` text check (\`status\` in ('ACTIVE', 'INACTIVE')) not null default 'ACTIVE', \`require_non_expired\` integer not null default false, \`external_reference\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null);`);

    this.addSql(`create table \`license_keys\` (\`id\` integer not null primary key autoincrement, \`key_hash\` text not null, \`key_ciphertext\` text not null, \`product_id\` integer not null, \`status\` text not null default 'AVAILABLE', \`owner_name\` text null, \`owner_email\` text null, \`activation_limit\` integer not null default 1, \`validity\` integer not null default 0, \`assigned_at\` datetime null, \`contract_id\` integer null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`license_keys_product_id_foreign\` foreign key(\`product_id\`) references \`products\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create unique index \`license_keys_key_hash_unique\` on \`license_keys\` (\`key_hash\`);`);
    this.addSql(`create index \`license_keys_product_id_index\` on \`license_keys\` (\`product_id\`);`);
    this.addSql(`create index \`license_keys_owner_email_index\` on \`license_keys\` (\`owner_email\`);`);
    this.addSql(`create index \`license_keys_contract_id_index\` on \`license_keys\` (\`contract_id\`);`);
    this.addSql(`create index \`license_keys_product_id_status_index\` on \`license_keys\` (\`product_id\`, \`status\`);`);

    this.addSql(`create table \`license_key_meta\` (\`id\` integer not null primary key autoincrement, \`license_key_id\` integer not null, \`key\` text not null, \`value\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`license_key_meta_license_key_id_foreign\` foreign key(\`license_key_id\`) references \`license_keys\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`license_key_meta_license_key_id_index\` on \`license_key_meta\` (\`license_key_id\`);`);
    this.addSql(`create unique index \`license_key_meta_license_key_id_key_unique\` on \`license_key_meta\` (\`license_key_id\`, \`key\`);`);

    this.addSql(`create table \`activations\` (\`id\` integer not null primary key autoincrement, \`license_key_id\` integer not null, \`identifier\` text not null, \`post_url\` text null, \`ip\` text null, \`created_at\` datetime not null, constraint \`activations_license_key_id_foreign\` foreign key(\`license_key_id\`) references \`license_keys\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`activations_license_key_id_index\` on \`activations\` (\`license_key_id\`);`);
    this.addSql(`create unique index \`activations_license_key_id_identifier_unique\` on \`activations\` (\`license_key_id\`, \`identifier\`);`);

    this.addSql(`create table \`product_meta\` (\`id\` integer not null primary key autoincrement, \`product_id\` integer not null, \`key\` text not null, \`value\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`product_meta_product_id_foreign\` foreign key(\`product_id\`) references \`products\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`product_meta_product_id_index\` on \`product_meta\` (\`product_id\`);`);
    this.addSql(`create unique index \`product_meta_product_id_key_unique\` on \`product_meta\` (\`product_id\`, \`key\`);`);
  }

}
