import { Field, ID, InputType, Int } from 'type-graphql';

export const MAX_RANDOM_ASSIGN_QUANTITY = 10_000;

@InputType({ description: 'A license key to give to a buyer.' })
export class AssignLicenseKeyInput {
  @Field(() => String, { description: 'The license key; it must be AVAILABLE or RESERVED.' })
  licenseKey!: string;

  @Field(() => String, { description: 'Name of the buyer.' })
  ownerName!: string;

  @Field(() => String, { description: 'Email address of the buyer.' })
  ownerEmail!: string;
}

@InputType({ description: 'A license key to give to a buyer and activate at once.' })
export class AssignAndActivateLicenseKeyInput extends AssignLicenseKeyInput {
  @Field(() => String, { nullable: true, description: 'Where the key is activated; missing or blank answers 215.' })
  identifier?: string | null;

  @Field(() => String, { nullable: true, description: 'http(s) URL the installation receives remote deactivation notices at.' })
  postUrl?: string | null;
}

@InputType({ description: 'Keys to take from a product’s stock (or make) for a buyer.' })
export class RandomAssignLicenseKeysInput {
  @Field(() => ID, { description: 'The product.' })
  productId!: string;

  @Field(() => Int, { description: `How many keys, 1 to ${MAX_RANDOM_ASSIGN_QUANTITY}.` })
  quantity!: number;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "Make the missing keys with the product's generator when the stock is short." })
  generate?: boolean | null;

  @Field(() => String, { description: 'Name of the buyer.' })
  ownerName!: string;

  @Field(() => String, { description: 'Email address of the buyer.' })
  ownerEmail!: string;
}

@InputType({ description: 'A random assignment to run in the background, its result POSTed to a webhook.' })
export class QueueRandomAssignLicenseKeysInput extends RandomAssignLicenseKeysInput {
  @Field(() => String, { description: 'http(s) URL the result is POSTed to, signed with X-Signature-256.' })
  webhookUrl!: string;

  @Field(() => String, { nullable: true, description: 'Your reference for this request, echoed in the webhook payload (e.g. an order id).' })
  identifier?: string | null;
}
