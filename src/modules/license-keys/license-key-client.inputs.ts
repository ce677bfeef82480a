import { Field, InputType } from 'type-graphql';

@InputType({ description: 'An activation request from an installation of the product.' })
export class ActivateLicenseKeyInput {
  @Field(() => String, { description: 'The license key.' })
  licenseKey!: string;

  @Field(() => String, { nullable: true, description: 'Where the key is activated (domain, device id…); missing or blank answers 215.' })
  identifier?: string | null;

  @Field(() => String, { nullable: true, description: 'http(s) URL the installation receives remote deactivation notices at.' })
  postUrl?: string | null;
}

@InputType({ description: 'A deactivation request from an installation of the product.' })
export class DeactivateLicenseKeyInput {
  @Field(() => String, { description: 'The license key.' })
  licenseKey!: string;

  @Field(() => String, { nullable: true, description: 'The activated identifier to release; missing or blank answers 215.' })
  identifier?: string | null;
}
