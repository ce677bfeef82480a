import { Field, ObjectType } from 'type-graphql';
import { Response, ResponsePayload } from '../../graphql/response.js';
import { ConnectionType } from '../../pagination/connection.js';
import { LicenseKey } from '../license-keys/license-key.entity.js';
import { Generator } from './generator.entity.js';

@ObjectType({ implements: Response, description: 'The answer to createGenerator (2000), updateGenerator (2001) and deleteGenerator (2002).' })
export class GeneratorPayload extends ResponsePayload {
  @Field(() => Generator, { description: 'The generator as it is now (for deleteGenerator: as it was).' })
  generator!: Generator;
}

@ObjectType({ implements: Response, description: 'The answer to generateLicenseKeys (815): the keys made.' })
export class GenerateLicenseKeysPayload extends ResponsePayload {
  @Field(() => [LicenseKey], { description: "The new AVAILABLE keys, with the generator's activationLimit and validity, in creation order." })
  licenseKeys!: LicenseKey[];
}

export const GeneratorConnection = ConnectionType(Generator, 'Generator');
