import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { FastifyBaseLogger } from 'fastify';
import type { JobsConfig } from '../../config/config.js';
import { supportsRowLocks } from '../../db/locks.js';
import { AppError } from '../../errors/app-error.js';
import type { LicenseKeyCipher } from '../license-keys/license-key.crypto.js';
import type { LicenseKey } from '../license-keys/license-key.entity.js';
import { AssignmentJob, AssignmentJobStatus, WebhookStatus } from './assignment-job.entity.js';
import {
  assignedLicenseKeys,
  failureResult,
  resultOf,
  successResult,
  type AssignmentJobResult,
  type AssignmentQueueHost,
} from './assignment-queue.service.js';
import { AssignmentService } from './assignment.service.js';
import { postWebhook, signWebhookBody } from './webhook.js';

export type WorkerLogger = Pick<FastifyBaseLogger, 'error' | 'warn' | 'info' | 'debug'>;

/** How many webhooks one worker POSTs at a time. */
const DELIVERY_CONCURRENCY = 4;
/** The longest wait between two delivery attempts, whatever the backoff says. */
const MAX_RETRY_DELAY_MS = 24 * 60 * 60 * 1000;
const MAX_ERROR_LENGTH = 1000;

/**
 * Takes the next job to run: a QUEUED one, or a RUNNING one whose worker's lease ran out (it
 * crashed or hung). One statement, so that two workers never take the same job: SQLite runs one
 * writer at a time; PostgreSQL locks the chosen row and other workers' subqueries skip it.
 */
function runClaimSql(rowLocks: boolean): string {
  return (
    `update assignment_jobs set status = 'RUNNING', lease_owner = ?, lease_expires_at = ?, run_attempts = run_attempts + 1, updated_at = ? ` +
    `where id = (select id from assignment_jobs where status = 'QUEUED' or (status = 'RUNNING' and lease_expires_at < ?) ` +
    `order by id limit 1${rowLocks ? ' for update skip locked' : ''}) returning *`
  );
}

/** Takes the next finished job whose webhook delivery is due and not leased to a live worker. */
function deliveryClaimSql(rowLocks: boolean): string {
  return (
    `update assignment_jobs set lease_owner = ?, lease_expires_at = ?, updated_at = ? ` +
    `where id = (select id from assignment_jobs where status in ('SUCCEEDED', 'FAILED') and webhook_status = 'PENDING' ` +
    `and (webhook_next_attempt_at is null or webhook_next_attempt_at <= ?) and (lease_expires_at is null or lease_expires_at < ?) ` +
    `order by id limit 1${rowLocks ? ' for update skip locked' : ''}) returning *`
  );
}

/** Raised inside a run's transaction when its lease was taken over, to roll the assignment back. */
class LeaseLostError extends Error {
  constructor(jobId: number) {
    super(`lost the lease of assignment job ${jobId}`);
    this.name = 'LeaseLostError';
  }
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message || error.name : String(error);
  return message.slice(0, MAX_ERROR_LENGTH);
}

/** What a webhook receives about one assigned key. */
export interface WebhookLicenseKey {
  id: string;
  key: string;
  status: string;
  ownerName: string | null;
  ownerEmail: string | null;
  activationLimit: number;
  validity: number;
  assignedAt: string | null;
  expiresAt: string | null;
}

/** The body POSTed to a job's webhook: the synchronous answer (or error) plus the caller's identifier and the job id. */
export interface WebhookPayload {
  responseCode: number;
  code: string;
  message: string;
  licenseKeys?: WebhookLicenseKey[];
  extensions?: Record<string, unknown>;
  identifier: string | null;
  jobId: string;
}

export interface AssignmentWorkerOptions {
  /** The lease owner name; by default host, process id and a random suffix. */
  id?: string;
}

/**
 * The background worker of one server process: runs queued random assignments exactly once and
 * delivers their results to webhooks, with leases so that a crashed process's work is taken over.
 * Polls every `pollIntervalMs` once started; `runOnce()` processes what is due now (for tests).
 */
export class AssignmentWorker implements AssignmentQueueHost {
  readonly id: string;
  private timer: NodeJS.Timeout | null = null;
  private started = false;
  private stopped = false;
  /** The tail of the passes run so far, one after another. */
  private chain: Promise<void> = Promise.resolve();
  /** A pass asked for but not started yet, which any further request joins. */
  private pending: Promise<void> | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly cipher: LicenseKeyCipher,
    readonly jobsConfig: JobsConfig,
    private readonly log: WorkerLogger,
    options: AssignmentWorkerOptions = {},
  ) {
    this.id = (options.id ?? `${hostname().slice(0, 40)}:${process.pid}:${randomBytes(4).toString('hex')}`).slice(0, 64);
  }

  /**
   * Starts polling; the timer does not keep the process alive. Without WEBHOOK_SECRET the server
   * takes no part in the queue: it refuses new jobs (2013) and leaves stored ones alone.
   */
  start(): void {
    if (this.started || this.stopped || !this.jobsConfig.webhookSecret) return;
    this.started = true;
    this.schedule(0);
  }

  /** Looks for work now rather than at the next poll (a job was just queued). */
  wake(): void {
    if (this.started && !this.stopped) this.schedule(0);
  }

  /** Stops polling and waits for the pass in flight to finish its current job. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.chain;
  }

  /** Runs every job due now, then delivers every webhook due now; resolves when done. Never rejects. */
  runOnce(): Promise<void> {
    if (this.pending) return this.pending;
    const pass = this.chain.then(() => {
      this.pending = null;
      return this.pass();
    });
    this.pending = pass;
    this.chain = pass;
    return pass;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.runOnce().then(() => {
        if (!this.timer) this.schedule(this.jobsConfig.pollIntervalMs);
      });
    }, delayMs);
    this.timer.unref();
  }

  private async pass(): Promise<void> {
    try {
      while (!this.stopped) {
        const job = await this.claimRun();
        if (!job) break;
        await this.run(job);
      }
      // Without the secret nothing can be signed: leave deliveries to a process that has it.
      if (!this.jobsConfig.webhookSecret) return;
      // Only what is due at the start of the pass, so that a failing webhook's retries wait for the next one.
      const dueBy = new Date();
      const lane = async () => {
        try {
          while (!this.stopped) {
            const job = await this.claimDelivery(dueBy);
            if (!job) return;
            await this.deliver(job);
          }
        } catch (error) {
          this.log.error({ err: error }, 'assignment worker delivery failed');
        }
      };
      // Every lane settles before the pass ends, so that stop() waits for all of them.
      await Promise.all(Array.from({ length: DELIVERY_CONCURRENCY }, lane));
    } catch (error) {
      this.log.error({ err: error }, 'assignment worker pass failed');
    }
  }

  private fork(): EntityManager {
    return this.orm.em.fork() as EntityManager;
  }

  private async claim(sql: (rowLocks: boolean) => string, params: unknown[]): Promise<AssignmentJob | null> {
    const em = this.fork();
    const rows: Record<string, unknown>[] = await em.execute(sql(supportsRowLocks(em)), params);
    return rows.length > 0 ? em.map(AssignmentJob, rows[0]!) : null;
  }

  /** Claims the next job to run for `jobsConfig.leaseMs`, or null when none is due. */
  claimRun(): Promise<AssignmentJob | null> {
    const now = new Date();
    return this.claim(runClaimSql, [this.id, new Date(now.getTime() + this.jobsConfig.leaseMs), now, now]);
  }

  /** Claims the next finished job whose webhook is due by `dueBy`, or null. */
  claimDelivery(dueBy: Date = new Date()): Promise<AssignmentJob | null> {
    const now = new Date();
    // The lease outlasts the request's timeout, so that no other worker POSTs the same attempt.
    const leaseMs = Math.max(this.jobsConfig.leaseMs, 2 * this.jobsConfig.webhookTimeoutMs);
    return this.claim(deliveryClaimSql, [this.id, new Date(now.getTime() + leaseMs), now, dueBy, now]);
  }

  /**
   * Runs a claimed job: the assignment and the job's outcome commit together, and only while this
   * worker still holds the lease, so the keys are assigned exactly once. A coded refusal (802,
   * 805, 806, 2005) is the job's FAILED outcome; an unexpected error leaves it RUNNING, to be
   * taken over once the lease expires.
   */
  async run(job: AssignmentJob): Promise<void> {
    const input = job.input;
    try {
      await this.fork().transactional(async (em) => {
        let status: AssignmentJobStatus;
        let result: AssignmentJobResult;
        try {
          const keys = await new AssignmentService(em, this.cipher).randomAssign({
            productId: input.productId,
            quantity: input.quantity,
            generate: input.generate,
            owner: { ownerName: input.ownerName, ownerEmail: input.ownerEmail },
          });
          status = AssignmentJobStatus.SUCCEEDED;
          result = successResult(keys);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          status = AssignmentJobStatus.FAILED;
          result = failureResult(error);
        }
        const now = new Date();
        const finished = await em.nativeUpdate(
          AssignmentJob,
          { id: job.id, leaseOwner: this.id, status: AssignmentJobStatus.RUNNING },
          { status, result: { ...result }, finishedAt: now, leaseOwner: null, leaseExpiresAt: null, updatedAt: now },
        );
        if (finished !== 1) throw new LeaseLostError(job.id);
      });
    } catch (error) {
      if (error instanceof LeaseLostError) {
        this.log.warn({ jobId: job.id, worker: this.id }, 'assignment job was taken over by another worker; its run was rolled back');
      } else {
        this.log.error({ err: error, jobId: job.id, worker: this.id }, 'assignment job failed unexpectedly; it is retried when its lease expires');
      }
    }
  }

  /** The webhook body of a finished job. */
  async payloadOf(em: EntityManager, job: AssignmentJob): Promise<WebhookPayload> {
    const result = resultOf(job);
    if (!result) throw new Error(`assignment job ${job.id} has no result`);
    const tail = { identifier: job.identifier, jobId: String(job.id) };
    const { responseCode, code, message } = result;
    if (result.licenseKeyIds) {
      const keys = (await assignedLicenseKeys(em, job)) ?? [];
      return { responseCode, code, message, licenseKeys: keys.map((key) => this.describeKey(key)), ...tail };
    }
    return { responseCode, code, message, extensions: result.extensions ?? {}, ...tail };
  }

  private describeKey(key: LicenseKey): WebhookLicenseKey {
    return {
      id: String(key.id),
      key: this.cipher.decrypt(key.keyCiphertext),
      status: key.status,
      ownerName: key.ownerName,
      ownerEmail: key.ownerEmail,
      activationLimit: key.activationLimit,
      validity: key.validity,
      assignedAt: key.assignedAt?.toISOString() ?? null,
      expiresAt: key.expiresAt?.toISOString() ?? null,
    };
  }

  /**
   * POSTs a claimed job's result, signed; a 2xx marks it DELIVERED, anything else schedules the
   * next attempt (base × 2^(attempt − 1)) or, after the last one, marks the delivery FAILED.
   */
  async deliver(job: AssignmentJob): Promise<void> {
    const em = this.fork();
    const attempt = job.webhookAttempts + 1;
    let failure: string | null = null;
    try {
      const body = Buffer.from(JSON.stringify(await this.payloadOf(em, job)), 'utf8');
      const status = await postWebhook({
        url: job.webhookUrl,
        body,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'license-manager-webhook/1',
          'x-signature-256': signWebhookBody(body, this.jobsConfig.webhookSecret!),
          'x-webhook-id': String(job.id),
          'x-webhook-attempt': String(attempt),
        },
        timeoutMs: this.jobsConfig.webhookTimeoutMs,
        allowPrivateNetworks: this.jobsConfig.allowPrivateNetworks,
      });
      if (status < 200 || status > 299) failure = `HTTP ${status}`;
    } catch (error) {
      failure = describeError(error);
    }

    const now = new Date();
    const { webhookMaxAttempts, webhookRetryBaseMs } = this.jobsConfig;
    let changes: Partial<AssignmentJob>;
    if (failure === null) {
      changes = { webhookStatus: WebhookStatus.DELIVERED, webhookDeliveredAt: now, webhookNextAttemptAt: null, webhookLastError: null };
    } else if (attempt >= webhookMaxAttempts) {
      changes = { webhookStatus: WebhookStatus.FAILED, webhookNextAttemptAt: null, webhookLastError: failure };
    } else {
      const delay = Math.min(webhookRetryBaseMs * 2 ** (attempt - 1), MAX_RETRY_DELAY_MS);
      changes = { webhookNextAttemptAt: new Date(now.getTime() + delay), webhookLastError: failure };
    }
    if (failure !== null) this.log.warn({ jobId: job.id, attempt, error: failure }, 'webhook delivery failed');
    try {
      const updated = await em.nativeUpdate(
        AssignmentJob,
        { id: job.id, leaseOwner: this.id },
        { ...changes, webhookAttempts: attempt, leaseOwner: null, leaseExpiresAt: null, updatedAt: now },
      );
      if (updated !== 1) this.log.warn({ jobId: job.id, worker: this.id }, 'webhook delivery outlived its lease');
    } catch (error) {
      this.log.error({ err: error, jobId: job.id }, 'could not record a webhook delivery attempt');
    }
  }
}
