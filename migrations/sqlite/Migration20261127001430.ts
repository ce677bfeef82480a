import { Migration } from '@mikro-orm/migrations';

export class Migration20261127001430 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`assignment_jobs\` (\`id\` integer not null primary key autoincrement, \`status\` text not null default 'QUEUED', \`input\` json not null, \`result\` json null, \`webhook_url\` text not null, \`identifier\` text null, \`run_attempts\` integer not null default 0, \`lease_owner\` text null, \`lease_expires_at\` datetime null, \`webhook_status\` text not null default 'PENDING', \`webhook_attempts\` integer not null default 0, \`webhook_next_attempt_at\` datetime null, \`webhook_last_error\` text null, \`webhook_delivered_at\` datetime null, \`finished_at\` datetime null, \`created_at\` datetime not null, \`updated_at\` datetime not null);`);
    this.addSql(`create index \`assignment_jobs_webhook_status_webhook_next_attempt_at_index\` on \`assignment_jobs\` (\`webhook_status\`, \`webhook_next_attempt_at\`);`);
    this.addSql(`create index \`assignment_jobs_status_lease_expires_at_index\` on \`assignment_jobs\` (\`status\`, \`lease_expires_at\`);`);

    this.addSql(`create table \`generators\` (\`id\` integer not null primary key autoincrement, \`product_id\` integer not null, \`name\` text not null, \`method\` text check (\`method\` in ('UUID', 'CHUNKS')) not null default 'CHUNKS', \`charset\` text not null default 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789', \`number_of_chunks\` integer not null default 4, \`chunk_length\` integer not null default 5, \`separator\` text not null default '-', \`prefix\` text not null default '', \`suffix\` text not null default '', \`activation_limit\` integer not null default 1, \`validity\` integer not null default 0, \`active\` integer not null default true, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`generators_product_id_foreign\` foreign key(\`product_id\`) references \`products\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`generators_product_id_index\` on \`generators\` (\`product_id\`);`);
  }

}
