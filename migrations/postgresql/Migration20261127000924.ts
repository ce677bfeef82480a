import { Migration } from '@mikro-orm/migrations';

export class Migration20261127000924 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "api_keys" ("id" serial primary key, "name" varchar(255) not null, "key_hash" varchar(64) not null, "key_prefix" varchar(16) not null, "active" boolean not null default true, "capabilities" jsonb not null, "allowed_ips" jsonb not null, "created_at" timestamptz not null, "last_used_at" timestamptz null);`);
    this.addSql(`alter table "api_keys" add constraint "api_keys_key_hash_unique" unique ("key_hash");`);

    this.addSql(`create table "products" ("id" serial primary key, "name" varchar(255) not null, "description" text null, "source" text check ("source" in ('INTERNAL', 'ENVATO')) not null default 'INTERNAL', "status" text check ("status" in ('ACTIVE', 'INACTIVE')) not null default 'ACTIVE', "require_non_expired" boolean not null default false, "external_reference" varchar(255) null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);

    this.addSql(`create table "license_keys" ("id" serial primary key, "key_hash" varchar(64) not null, "key_ciphertext" text not null, "product_id" int not null, "status" varchar(16) not null default 'AVAILABLE', "owner_name" varchar(255) null, "owner_email" varchar(255) null, "activation_limit" int not null default 1, "validity" int not null default 0, "assigned_at" timestamptz null, "contract_id" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "license_keys" add constraint "license_keys_key_hash_unique" unique ("key_hash");`);
    this.addSql(`create index "license_keys_owner_email_index" on "license_keys" ("owner_email");`);
    this.addSql(`create index "license_keys_contract_id_index" on "license_keys" ("contract_id");`);
    this.addSql(`create index "license_keys_product_id_status_index" on "license_keys" ("product_id", "status");`);

    this.addSql(`create table "license_key_meta" ("id" serial primary key, "license_key_id" int not null, "key" varchar(191) not null, "value" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "license_key_meta" add constraint "license_key_meta_license_key_id_key_unique" unique ("license_key_id", "key");`);

    this.addSql(`create table "activations" ("id" serial primary key, "license_key_id" int not null, "identifier" varchar(255) not null, "post_url" varchar(2048) null, "ip" varchar(45) null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "activations" add constraint "activations_license_key_id_identifier_unique" unique ("license_key_id", "identifier");`);

    this.addSql(`create table "product_meta" ("id" serial primary key, "product_id" int not null, "key" varchar(191) not null, "value" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "product_meta" add constraint "product_meta_product_id_key_unique" unique ("product_id", "key");`);

    this.addSql(`alter table "license_keys" add constraint "license_keys_product_id_foreign" foreign key ("product_id") references "products" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "license_key_meta" add constraint "license_key_meta_license_key_id_foreign" foreign key ("license_key_id") references "license_keys" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "activations" add constraint "activations_license_key_id_foreign" foreign key ("license_key_id") references "license_keys" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "product_meta" add constraint "product_meta_product_id_foreign" foreign key ("product_id") references "products" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "license_keys" drop constraint "license_keys_product_id_foreign";`);

    this.addSql(`alter table "product_meta" drop constraint "product_meta_product_id_foreign";`);

    this.addSql(`alter table "license_key_meta" drop constraint "license_key_meta_license_key_id_foreign";`);

    this.addSql(`alter table "activations" drop constraint "activations_license_key_id_foreign";`);

    this.addSql(`drop table if exists "api_keys" cascade;`);

    this.addSql(`drop table if exists "products" cascade;`);

    this.addSql(`drop table if exists "license_keys" cascade;`);

    this.addSql(`drop table if exists "license_key_meta" cascade;`);

    this.addSql(`drop table if exists "activations" cascade;`);

    this.addSql(`drop table if exists "product_meta" cascade;`);
  }

}
