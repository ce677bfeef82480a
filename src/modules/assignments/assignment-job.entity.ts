import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum AssignmentJobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

export enum WebhookStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}

registerEnumType(AssignmentJobStatus, {
  name: 'AssignmentJobStatus',
  description: 'Where a queued random assignment stands.',
  valuesConfig: {
    QUEUED: { description: 'Waiting for a worker.' },
    RUNNING: { description: 'A worker is assigning the keys.' },
    SUCCEEDED: { description: 'The keys were assigned (803).' },
    FAILED: { description: 'The assignment was refused (e.g. 802); see result.' },
  },
});

registerEnumType(WebhookStatus, {
  name: 'WebhookStatus',
  description: 'Where the delivery of a job result to its webhook stands.',
  valuesConfig: {
    PENDING: { description: 'Not delivered yet; retried with exponential backoff.' },
    DELIVERED: { description: 'The webhook answered 2xx.' },
    FAILED: { description: 'Every delivery attempt failed.' },
  },
});

/** Input the queued assignment runs with, as stored. */
export interface AssignmentJobInput {
  productId: number;
  quantity: number;
  generate: boolean;
  ownerName: string;
  ownerEmail: string;
}

/** A queued random assignment: its input, its outcome, and the delivery of that outcome. */
@ObjectType({ description: 'A queued random assignment of license keys.' })
@Entity({ tableName: 'assignment_jobs' })
@Index({ properties: ['status', 'leaseExpiresAt'] })
@Index({ properties: ['webhookStatus', 'webhookNextAttemptAt'] })
export class AssignmentJob {
  [OptionalProps]?:
    | 'status'
    | 'result'
    | 'identifier'
    | 'runAttempts'
    | 'leaseOwner'
    | 'leaseExpiresAt'
    | 'webhookStatus'
    | 'webhookAttempts'
    | 'webhookNextAttemptAt'
    | 'webhookLastError'
    | 'webhookDeliveredAt'
    | 'finishedAt'
    | 'createdAt'
    | 'updatedAt';

  @Field(() => ID, { description: 'Opaque identifier of the job.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => AssignmentJobStatus, { description: 'Where the assignment stands.' })
  @Property({ type: 'string', length: 16 })
  status: AssignmentJobStatus = AssignmentJobStatus.QUEUED;

  @Property({ type: 'json' })
  input!: AssignmentJobInput;

  /** The payload the synchronous operation would have answered (success or coded failure). */
  @Property({ type: 'json', nullable: true })
  result: Record<string, unknown> | null = null;

  @Field(() => String, { description: 'Where the result is POSTed.' })
  @Property({ type: 'string', length: 2048 })
  webhookUrl!: string;

  @Field(() => String, { nullable: true, description: "The caller's identifier, echoed in the webhook payload." })
  @Property({ type: 'string', length: 255, nullable: true })
  identifier: string | null = null;

  @Field(() => Int, { description: 'How many times a worker started the assignment (more than 1 after a crash).' })
  @Property({ type: 'integer' })
  runAttempts: number = 0;

  /** The worker holding the job, and until when: an expired lease lets another worker take over. */
  @Property({ type: 'string', length: 64, nullable: true })
  leaseOwner: string | null = null;

  @Property({ type: Date, nullable: true })
  leaseExpiresAt: Date | null = null;

  @Field(() => WebhookStatus, { description: 'Where the webhook delivery stands.' })
  @Property({ type: 'string', length: 16 })
  webhookStatus: WebhookStatus = WebhookStatus.PENDING;

  @Field(() => Int, { description: 'How many delivery attempts were made.' })
  @Property({ type: 'integer' })
  webhookAttempts: number = 0;

  @Field(() => Date, { nullable: true, description: 'When the next delivery attempt is due.' })
  @Property({ type: Date, nullable: true })
  webhookNextAttemptAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why the last delivery attempt failed.' })
  @Property({ type: 'text', nullable: true })
  webhookLastError: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the webhook accepted the result.' })
  @Property({ type: Date, nullable: true })
  webhookDeliveredAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the assignment finished.' })
  @Property({ type: Date, nullable: true })
  finishedAt: Date | null = null;

  @Field(() => Date, { description: 'When the job was queued.' })
  @Property({ type: Date, onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the job last changed.' })
  @Property({ type: Date, onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
