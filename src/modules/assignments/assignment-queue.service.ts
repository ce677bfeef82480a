import type { EntityManager } from '@mikro-orm/knex';
import type { JobsConfig } from '../../config/config.js';
import { AppError } from '../../errors/app-error.js';
import { responseCode, type ResponseCodeName } from '../../errors/response-codes.js';
import { parseId } from '../../graphql/ids.js';
import { FieldErrors } from '../../validation/field-errors.js';
import { activeGenerator } from '../generators/key-generation.js';
import { LicenseKey } from '../license-keys/license-key.entity.js';
import { Product } from '../products/product.entity.js';
import { AssignmentJob, AssignmentJobStatus, WebhookStatus, type AssignmentJobInput } from './assignment-job.entity.js';
import type { QueueRandomAssignLicenseKeysInput } from './assignment.inputs.js';
import { readRandomAssignment } from './assignment.service.js';
import { assertPublicWebhookHost, parseWebhookUrl } from './webhook.js';

export const MAX_JOB_IDENTIFIER_LENGTH = 255;

/** What a finished job stores in its `result` column: the outcome the synchronous operation would have answered. */
export interface AssignmentJobResult {
  responseCode: number;
  code: ResponseCodeName;
  message: string;
  /** On success (803): the ids of the keys assigned. */
  licenseKeyIds?: number[];
  /** On a coded failure: the error's extensions (code, responseCode and detail such as availableQuantity). */
  extensions?: Record<string, unknown>;
}

export function successResult(licenseKeys: LicenseKey[]): AssignmentJobResult {
  const { code, message } = responseCode('LICENSE_KEYS_ASSIGNED');
  return { responseCode: code, code: 'LICENSE_KEYS_ASSIGNED', message, licenseKeyIds: licenseKeys.map((key) => key.id) };
}

export function failureResult(error: AppError): AssignmentJobResult {
  const { code, message } = responseCode(error.codeName);
  return { responseCode: code, code: error.codeName, message, extensions: { ...error.extensions } };
}

/** A finished job's result, or null while it has none. */
export function resultOf(job: AssignmentJob): AssignmentJobResult | null {
  return (job.result as AssignmentJobResult | null) ?? null;
}

/** The keys a succeeded job assigned, in one query; null for a job without a successful result. */
export async function assignedLicenseKeys(em: EntityManager, job: AssignmentJob): Promise<LicenseKey[] | null> {
  const ids = resultOf(job)?.licenseKeyIds;
  if (!ids) return null;
  if (ids.length === 0) return [];
  return em.find(LicenseKey, { id: { $in: ids } }, { orderBy: { id: 'asc' } });
}

/** What the queued operations need from the server they run in (its worker). */
export interface AssignmentQueueHost {
  readonly jobsConfig: JobsConfig;
  /** Asks the worker to look for work now rather than at its next poll. */
  wake(): void;
}

/** Queued random assignments: checking and storing them, and finding them again. */
export class AssignmentQueueService {
  constructor(
    private readonly em: EntityManager,
    private readonly host: AssignmentQueueHost,
  ) {}

  /**
   * Checks everything that can be checked now — input (BAD_USER_INPUT), webhooks configured
   * (2013), product (805), generator when asked to generate (806), webhook destination (2012) —
   * then stores the job with one INSERT, committed before the 807 is answered.
   */
  async queue(input: QueueRandomAssignLicenseKeysInput): Promise<AssignmentJob> {
    const errors = new FieldErrors();
    const { productId, quantity, generate, owner } = readRandomAssignment(input, errors);
    const url = parseWebhookUrl(input.webhookUrl ?? '');
    if (typeof url === 'string') errors.add('webhookUrl', url);
    const identifier = errors.text('identifier', input.identifier, { max: MAX_JOB_IDENTIFIER_LENGTH });
    errors.throwAsBadUserInput();
    const webhookUrl = url as URL;

    const config = this.host.jobsConfig;
    if (!config.webhookSecret) throw new AppError('WEBHOOKS_NOT_CONFIGURED');
    if (productId === null || (await this.em.count(Product, { id: productId })) === 0) throw new AppError('PRODUCT_NOT_FOUND');
    if (generate && !(await activeGenerator(this.em, productId))) throw new AppError('GENERATOR_NOT_FOUND');
    await assertPublicWebhookHost(webhookUrl, config.allowPrivateNetworks);

    const jobInput: AssignmentJobInput = {
      productId,
      quantity,
      generate,
      ownerName: owner.ownerName!,
      ownerEmail: owner.ownerEmail!,
    };
    const job = this.em.create(AssignmentJob, {
      input: jobInput,
      webhookUrl: webhookUrl.href,
      identifier,
      status: AssignmentJobStatus.QUEUED,
      webhookStatus: WebhookStatus.PENDING,
    });
    await this.em.flush();
    this.host.wake();
    return job;
  }

  /** A job by its id (2011 for an unknown or malformed one). */
  async find(id: string): Promise<AssignmentJob> {
    const jobId = parseId(id);
    const job = jobId === null ? null : await this.em.findOne(AssignmentJob, { id: jobId });
    if (!job) throw new AppError('ASSIGNMENT_JOB_NOT_FOUND');
    return job;
  }
}
