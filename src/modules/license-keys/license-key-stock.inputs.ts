import { Field, ID, InputType, Int } from 'type-graphql';
import { LicenseKeyStatus } from './license-key.entity.js';
import { MAX_LICENSE_KEY_LENGTH } from './license-key.lookup.js';
import { OWNER_LIMITS } from '../../validation/owner.js';

/** The limits of the stock operations' inputs. */
export const STOCK_LIMITS = {
  /** Keys one createLicenseKeys call may import. */
  keysPerImport: 10_000,
  keyLength: MAX_LICENSE_KEY_LENGTH,
  activationLimit: 1_000_000,
  /** Days: a hundred years. */
  validity: 36_500,
} as const;

@InputType({ description: 'License keys to import into a product’s stock; keys already stored or repeated in the list are skipped.' })
export class CreateLicenseKeysInput {
  @Field(() => [String], {
    description: `The key strings, 1 to ${STOCK_LIMITS.keysPerImport} of them, each 1 to ${STOCK_LIMITS.keyLength} characters once trimmed.`,
  })
  licenseKeys!: string[];

  @Field(() => ID, { description: 'The product the keys belong to.' })
  productId!: string;

  @Field(() => LicenseKeyStatus, { nullable: true, defaultValue: LicenseKeyStatus.AVAILABLE, description: 'The status of every imported key.' })
  status?: LicenseKeyStatus | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 1,
    description: `How many identifiers each key may be activated for at once, 0 (unlimited) to ${STOCK_LIMITS.activationLimit}.`,
  })
  activationLimit?: number | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 0,
    description: `Days each key stays valid after assignment, 0 (never expires) to ${STOCK_LIMITS.validity}.`,
  })
  validity?: number | null;

  @Field(() => String, { nullable: true, description: `Name of the owner, up to ${OWNER_LIMITS.name} characters.` })
  ownerName?: string | null;

  @Field(() => String, { nullable: true, description: `Email address of the owner, up to ${OWNER_LIMITS.email} characters.` })
  ownerEmail?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the keys were assigned; defaults to now for ASSIGNED keys.' })
  assignedAt?: Date | null;
}

@InputType({ description: 'Changes to a license key; omitted fields keep their value.' })
export class UpdateLicenseKeyInput {
  @Field(() => String, { description: 'The license key to change.' })
  licenseKey!: string;

  @Field(() => LicenseKeyStatus, { nullable: true, description: 'New status; ASSIGNED also sets assignedAt to now when the key has none.' })
  status?: LicenseKeyStatus | null;

  @Field(() => Int, { nullable: true, description: `New activation limit, 0 (unlimited) to ${STOCK_LIMITS.activationLimit}.` })
  activationLimit?: number | null;

  @Field(() => Int, { nullable: true, description: `New validity in days, 0 (never expires) to ${STOCK_LIMITS.validity}.` })
  validity?: number | null;

  @Field(() => String, { nullable: true, description: 'New owner name; null clears it.' })
  ownerName?: string | null;

  @Field(() => String, { nullable: true, description: 'New owner email address; null clears it.' })
  ownerEmail?: string | null;

  @Field(() => Date, { nullable: true, description: 'New assignment time (expiry counts from it); null clears it.' })
  assignedAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Moves the key to this product.' })
  productId?: string | null;
}

@InputType({ description: 'The license key to delete.' })
export class DeleteLicenseKeyInput {
  @Field(() => String, { description: 'The license key to delete, with its activations and meta.' })
  licenseKey!: string;
}

@InputType({ description: 'A license-key filter; every given field must match.' })
export class LicenseKeyFilter {
  @Field(() => ID, { nullable: true, description: 'Only keys of this product (an id that names no product matches nothing).' })
  productId?: string | null;

  @Field(() => LicenseKeyStatus, { nullable: true, description: 'Only keys with this status.' })
  status?: LicenseKeyStatus | null;

  @Field(() => String, { nullable: true, description: 'Only keys whose owner email is exactly this one.' })
  ownerEmail?: string | null;
}
