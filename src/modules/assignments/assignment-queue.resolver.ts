import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context/context.js';
import { respond } from '../../graphql/response.js';
import { LicenseKey } from '../license-keys/license-key.entity.js';
import { AssignmentJob } from './assignment-job.entity.js';
import { QueueRandomAssignLicenseKeysInput } from './assignment.inputs.js';
import { AssignmentJobPayload } from './assignment.payloads.js';
import { AssignmentQueueService, resultOf } from './assignment-queue.service.js';

/** The queued variant of randomAssignLicenseKeys, and the fields of its jobs that are not plain columns. */
@Resolver(() => AssignmentJob)
export class AssignmentQueueResolver {
  @Mutation(() => AssignmentJobPayload, {
    description:
      'Queues a random assignment: it is checked now, run in the background, and its result (the randomAssignLicenseKeys answer plus `identifier` and `jobId`) POSTed to `webhookUrl`, signed with X-Signature-256 (807; BAD_USER_INPUT, 2013, 805, 806, 2012).',
  })
  async queueRandomAssignLicenseKeys(
    @Arg('input', () => QueueRandomAssignLicenseKeysInput, { description: 'The product, how many keys, their owner, and where to POST the result.' })
    input: QueueRandomAssignLicenseKeysInput,
    @Ctx() { em, assignmentQueue }: RequestContext,
  ) {
    const job = await new AssignmentQueueService(em, assignmentQueue).queue(input);
    return respond(AssignmentJobPayload, 'REQUEST_QUEUED', { job });
  }

  @Query(() => AssignmentJobPayload, { description: 'A queued random assignment: where it stands and its outcome (2010; 2011).' })
  async assignmentJob(
    @Arg('id', () => ID, { description: 'The job id queueRandomAssignLicenseKeys answered.' }) id: string,
    @Ctx() { em, assignmentQueue }: RequestContext,
  ) {
    const job = await new AssignmentQueueService(em, assignmentQueue).find(id);
    return respond(AssignmentJobPayload, 'ASSIGNMENT_JOB_FOUND', { job });
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'The response code of the outcome (803, or the failure such as 802); null until the job has finished.',
  })
  resultCode(@Root() job: AssignmentJob): number | null {
    return resultOf(job)?.responseCode ?? null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'How many AVAILABLE keys the product had when the job failed with 802; null otherwise.',
  })
  availableQuantity(@Root() job: AssignmentJob): number | null {
    const value = resultOf(job)?.extensions?.availableQuantity;
    return typeof value === 'number' ? value : null;
  }

  @FieldResolver(() => [LicenseKey], {
    nullable: true,
    description: 'The keys assigned to the buyer, as they are now; null until the job has succeeded.',
  })
  async licenseKeys(@Root() job: AssignmentJob, @Ctx() { loaders }: RequestContext): Promise<LicenseKey[] | null> {
    const ids = resultOf(job)?.licenseKeyIds;
    if (!ids) return null;
    // Assigned keys can have been deleted since; those are left out.
    return (await loaders.licenseKeyById.loadMany(ids)).filter((key): key is LicenseKey => key instanceof LicenseKey);
  }
}
