import { Migration } from '@mikro-orm/migrations';

export class Migration20261126235852 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "api_keys" ("id" serial primary key, "name" varchar(255) not null, "key_hash" varchar(64) not null, "key_prefix" varchar(16) not null, "active" boolean not null default true, "capabilities" jsonb not null, "allowed_ips" jsonb not null, "created_at" timestamptz not null, "last_used_at" timestamptz null);`);
    this.addSql(`alter table "api_keys" add constraint "api_keys_key_hash_unique" unique ("key_hash");`);

    this.addSql(`create table "products" ("id" serial primary key, "name" varchar(255) not null, "description" text null, "source" text check ("source" in ('INTERNAL', 'ENVATO')) not null default 'INTERNAL', "status" text check ("status" in ('ACTIVE', 'INACTIVE')) not null default 'ACTIVE', "require_non_expired" boolean not null default false, "external_reference" varchar(255) null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);

    this.addSql(`create table "product_meta" ("id" serial primary key, "product_id" int not null, "key" varchar(191) not null, "value" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "product_meta" add constraint "product_meta_product_id_key_unique" unique ("product_id", "key");`);

    this.addSql(`alter table "product_meta" add constraint "product_meta_product_id_foreign" foreign key ("product_id") references "products" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "product_meta" drop constraint "product_meta_product_id_foreign";`);

    this.addSql(`drop table if exists "api_keys" cascade;`);

    this.addSql(`drop table if exists "products" cascade;`);

    this.addSql(`drop table if exists "product_meta" cascade;`);
  }

}
