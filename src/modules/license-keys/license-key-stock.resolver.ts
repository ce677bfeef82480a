import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context/context.js';
import { respond } from '../../graphql/response.js';
import { PaginationArgs } from '../../pagination/connection.js';
import { CreateLicenseKeysInput, DeleteLicenseKeyInput, LicenseKeyFilter, UpdateLicenseKeyInput } from './license-key-stock.inputs.js';
import { AvailableLicenseKeysCountPayload, CreateLicenseKeysPayload, LicenseKeyConnection, LicenseKeyPayload } from './license-key-stock.payloads.js';
import { LicenseKeyStockService } from './license-key-stock.service.js';

/** The back office's license-key stock: import, change, delete, list and count keys. */
@Resolver()
export class LicenseKeyStockResolver {
  @Mutation(() => CreateLicenseKeysPayload, {
    description:
      'Imports up to 10,000 keys into a product; keys already stored or repeated in the list are skipped as duplicates (900; 901 with fieldErrors; 902 with `created` and `duplicates` when none was new).',
  })
  async createLicenseKeys(@Arg('input', () => CreateLicenseKeysInput, { description: 'The keys to import, their product and the fields every key gets.' }) input: CreateLicenseKeysInput, @Ctx() { em, cipher }: RequestContext) {
    return respond(CreateLicenseKeysPayload, 'LICENSE_KEYS_CREATION_RESULT', await new LicenseKeyStockService(em, cipher).create(input));
  }

  @Mutation(() => LicenseKeyPayload, { description: 'Changes the given fields of a license key (950; 952; 951 with fieldErrors).' })
  async updateLicenseKey(@Arg('input', () => UpdateLicenseKeyInput, { description: 'The license key and the fields to change.' }) input: UpdateLicenseKeyInput, @Ctx() { em, cipher }: RequestContext) {
    return respond(LicenseKeyPayload, 'LICENSE_KEY_UPDATED', { licenseKey: await new LicenseKeyStockService(em, cipher).update(input) });
  }

  @Mutation(() => LicenseKeyPayload, { description: 'Deletes a license key with its activations and meta, in one transaction (850; 851).' })
  async deleteLicenseKey(@Arg('input', () => DeleteLicenseKeyInput, { description: 'The license key to delete.' }) input: DeleteLicenseKeyInput, @Ctx() { em, cipher }: RequestContext) {
    return respond(LicenseKeyPayload, 'LICENSE_KEY_DELETED', { licenseKey: await new LicenseKeyStockService(em, cipher).delete(input) });
  }

  @Query(() => LicenseKeyConnection, { description: 'License keys, a page at a time (730).' })
  async licenseKeys(
    @Args(() => PaginationArgs) page: PaginationArgs,
    @Arg('filter', () => LicenseKeyFilter, { nullable: true, description: 'Only keys matching this filter.' }) filter: LicenseKeyFilter | null,
    @Ctx() { em, cipher }: RequestContext,
  ) {
    return respond(LicenseKeyConnection, 'LICENSE_KEYS', await new LicenseKeyStockService(em, cipher).list(filter, page));
  }

  @Query(() => AvailableLicenseKeysCountPayload, {
    description: 'How many AVAILABLE keys a product has in stock; RESERVED keys are not counted (741; 740).',
  })
  async availableLicenseKeysCount(
    @Arg('productId', () => ID, { description: 'The product.' }) productId: string,
    @Ctx() { em, cipher }: RequestContext,
  ) {
    return respond(AvailableLicenseKeysCountPayload, 'AVAILABLE_LICENSE_KEYS_COUNT', {
      count: await new LicenseKeyStockService(em, cipher).availableCount(productId),
    });
  }
}
