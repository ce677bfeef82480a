import { Field, ObjectType } from 'type-graphql';
import { Response, ResponsePayload } from '../../graphql/response.js';
import { Activation } from './activation.entity.js';
import { LicenseKey } from './license-key.entity.js';

@ObjectType({ implements: Response, description: 'The answer to verifyLicenseKey (200).' })
export class VerifyLicenseKeyPayload extends ResponsePayload {
  @Field(() => Date, { nullable: true, description: 'When the key expires; null when it never does.' })
  expiresAt!: Date | null;
}

@ObjectType({ implements: Response, description: 'The answer to activateLicenseKey (300) and deactivateLicenseKey (400).' })
export class ActivationPayload extends ResponsePayload {
  @Field(() => Activation, { description: 'The activation created (activate) or removed (deactivate).' })
  activation!: Activation;
}

@ObjectType({ implements: Response, description: 'The answer to licenseKeyDetails (500).' })
export class LicenseKeyDetailsPayload extends ResponsePayload {
  @Field(() => LicenseKey, { description: 'The license key with its product, meta and activations.' })
  licenseKey!: LicenseKey;
}
