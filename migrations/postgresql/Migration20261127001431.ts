import { Migration } from '@mikro-orm/migrations';

export class Migration20261127001431 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "assignment_jobs" ("id" serial primary key, "status" varchar(16) not null default 'QUEUED', "input" jsonb not null, "result" jsonb null, "webhook_url" varchar(2048) not null, "identifier" varchar(255) null, "run_attempts" int not null default 0, "lease_owner" varchar(64) null, "lease_expires_at" timestamptz null, "webhook_status" varchar(16) not null default 'PENDING', "webhook_attempts" int not null default 0, "webhook_next_attempt_at" timestamptz null, "webhook_last_error" text null, "webhook_delivered_at" timestamptz null, "finished_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "assignment_jobs_webhook_status_webhook_next_attempt_at_index" on "assignment_jobs" ("webhook_status", "webhook_next_attempt_at");`);
    this.addSql(`create index "assignment_jobs_status_lease_expires_at_index" on "assignment_jobs" ("status", "lease_expires_at");`);

    this.addSql(`create table "generators" ("id" serial primary key, "product_id" int not null, "name" varchar(255) not null, "method" text check ("method" in ('UUID', 'CHUNKS')) not null default 'CHUNKS', "charset" varchar(255) not null default 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789', "number_of_chunks" int not null default 4, "chunk_length" int not null default 5, "separator" varchar(16) not null default '-', "prefix" varchar(64) not null default '', "suffix" varchar(64) not null default '', "activation_limit" int not null default 1, "validity" int not null default 0, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);

    this.addSql(`alter table "generators" add constraint "generators_product_id_foreign" foreign key ("product_id") references "products" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "assignment_jobs" cascade;`);

    this.addSql(`drop table if exists "generators" cascade;`);
  }

}
