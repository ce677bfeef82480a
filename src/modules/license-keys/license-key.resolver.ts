import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context/context.js';
import { Product } from '../products/product.entity.js';
import { Activation } from './activation.entity.js';
import { LicenseKeyMeta } from './license-key-meta.entity.js';
import { LicenseKey } from './license-key.entity.js';

/** The fields of the LicenseKey type that are not plain columns. */
@Resolver(() => LicenseKey)
export class LicenseKeyResolver {
  @FieldResolver(() => String, { description: 'The license key string.' })
  key(@Root() licenseKey: LicenseKey, @Ctx() { cipher }: RequestContext): string {
    return cipher.decrypt(licenseKey.keyCiphertext);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'assignedAt + validity days; null when the key never expires.' })
  expiresAt(@Root() licenseKey: LicenseKey): Date | null {
    return licenseKey.expiresAt;
  }

  @FieldResolver(() => Product, { description: 'The product the key belongs to.' })
  async product(@Root() licenseKey: LicenseKey, @Ctx() { loaders }: RequestContext): Promise<Product> {
    // Products are deleted with their keys, so a key's product always exists.
    return (await loaders.productById.load(licenseKey.product.id))!;
  }

  @FieldResolver(() => [Activation], { description: 'The identifiers the key is activated for.' })
  activations(@Root() licenseKey: LicenseKey, @Ctx() { loaders }: RequestContext): Promise<Activation[]> {
    return loaders.activationsByLicenseKeyId.load(licenseKey.id);
  }

  @FieldResolver(() => [LicenseKeyMeta], { description: 'The meta entries of the key.' })
  meta(@Root() licenseKey: LicenseKey, @Ctx() { loaders }: RequestContext): Promise<LicenseKeyMeta[]> {
    return loaders.licenseKeyMetaByLicenseKeyId.load(licenseKey.id);
  }
}
