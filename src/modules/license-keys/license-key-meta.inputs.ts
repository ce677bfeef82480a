import { Field, InputType } from 'type-graphql';
import { META_LIMITS } from '../../validation/meta-entry.js';

@InputType({ description: 'A meta entry to create on a license key, asked for by an activated installation.' })
export class CreateLicenseKeyMetaInput {
  @Field(() => String, { description: 'The license key.' })
  licenseKey!: string;

  @Field(() => String, { nullable: true, description: 'An identifier the key is activated for; missing or blank answers 215.' })
  identifier?: string | null;

  @Field(() => String, { nullable: true, description: `The meta key (required: missing or blank answers 450; up to ${META_LIMITS.key} characters).` })
  key?: string | null;

  @Field(() => String, { nullable: true, description: `The meta value (required: missing or blank answers 451; up to ${META_LIMITS.value} characters).` })
  value?: string | null;
}

@InputType({ description: 'A new value for an existing meta entry of a license key, asked for by an activated installation.' })
export class UpdateLicenseKeyMetaInput {
  @Field(() => String, { description: 'The license key.' })
  licenseKey!: string;

  @Field(() => String, { nullable: true, description: 'An identifier the key is activated for; missing or blank answers 215.' })
  identifier?: string | null;

  @Field(() => String, { nullable: true, description: 'The meta key to change (required: missing or blank answers 350).' })
  key?: string | null;

  @Field(() => String, { nullable: true, description: `The new value (required: missing or blank answers 351; up to ${META_LIMITS.value} characters).` })
  value?: string | null;
}

@InputType({ description: 'The meta entry of a license key to delete, asked for by an activated installation.' })
export class DeleteLicenseKeyMetaInput {
  @Field(() => String, { description: 'The license key.' })
  licenseKey!: string;

  @Field(() => String, { nullable: true, description: 'An identifier the key is activated for; missing or blank answers 215.' })
  identifier?: string | null;

  @Field(() => String, { nullable: true, description: 'The meta key to delete (required: missing or blank answers 250).' })
  key?: string | null;
}
