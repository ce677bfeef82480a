import { Field, Int, ObjectType } from 'type-graphql';
import { Response, ResponsePayload } from '../../graphql/response.js';
import { ConnectionType } from '../../pagination/connection.js';
import { LicenseKey } from './license-key.entity.js';

@ObjectType({ implements: Response, description: 'The answer to createLicenseKeys (900): how many keys were imported and how many skipped.' })
export class CreateLicenseKeysPayload extends ResponsePayload {
  @Field(() => Int, { description: 'How many keys were stored.' })
  created!: number;

  @Field(() => Int, { description: 'How many keys were skipped: already stored, or repeated in the list (after trimming).' })
  duplicates!: number;
}

@ObjectType({ implements: Response, description: 'The answer to updateLicenseKey (950) and deleteLicenseKey (850).' })
export class LicenseKeyPayload extends ResponsePayload {
  @Field(() => LicenseKey, { description: 'The license key as it is now (for deleteLicenseKey: as it was).' })
  licenseKey!: LicenseKey;
}

@ObjectType({ implements: Response, description: 'The answer to availableLicenseKeysCount (741).' })
export class AvailableLicenseKeysCountPayload extends ResponsePayload {
  @Field(() => Int, { description: 'How many keys of the product are AVAILABLE (RESERVED keys are not counted).' })
  count!: number;
}

export const LicenseKeyConnection = ConnectionType(LicenseKey, 'LicenseKey');
