import { Field, ObjectType } from 'type-graphql';
import { Response, ResponsePayload } from '../../graphql/response.js';
import { LicenseKeyMeta } from './license-key-meta.entity.js';

@ObjectType({ implements: Response, description: 'The answer to createLicenseKeyMeta (453), updateLicenseKeyMeta (353) and deleteLicenseKeyMeta (252).' })
export class LicenseKeyMetaPayload extends ResponsePayload {
  @Field(() => LicenseKeyMeta, { description: 'The meta entry as it is now (for deleteLicenseKeyMeta: as it was).' })
  meta!: LicenseKeyMeta;
}
