import { Field, ObjectType } from 'type-graphql';
import { Response, ResponsePayload } from '../../graphql/response.js';
import { Activation } from '../license-keys/activation.entity.js';
import { LicenseKey } from '../license-keys/license-key.entity.js';
import { AssignmentJob } from './assignment-job.entity.js';

@ObjectType({ implements: Response, description: 'The answer to assignLicenseKey (800).' })
export class AssignLicenseKeyPayload extends ResponsePayload {
  @Field(() => LicenseKey, { description: 'The key, now ASSIGNED to its owner.' })
  licenseKey!: LicenseKey;
}

@ObjectType({ implements: Response, description: 'The answer to assignAndActivateLicenseKey (300).' })
export class AssignAndActivateLicenseKeyPayload extends ResponsePayload {
  @Field(() => LicenseKey, { description: 'The key, now ASSIGNED to its owner.' })
  licenseKey!: LicenseKey;

  @Field(() => Activation, { description: 'The activation created.' })
  activation!: Activation;
}

@ObjectType({ implements: Response, description: 'The answer to randomAssignLicenseKeys (803).' })
export class RandomAssignLicenseKeysPayload extends ResponsePayload {
  @Field(() => [LicenseKey], { description: 'The keys assigned to the buyer.' })
  licenseKeys!: LicenseKey[];
}

@ObjectType({ implements: Response, description: 'The answer to queueRandomAssignLicenseKeys (807) and assignmentJob (2010).' })
export class AssignmentJobPayload extends ResponsePayload {
  @Field(() => AssignmentJob, { description: 'The queued job.' })
  job!: AssignmentJob;
}
