import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context/context.js';
import { respond } from '../../graphql/response.js';
import { CreateLicenseKeyMetaInput, DeleteLicenseKeyMetaInput, UpdateLicenseKeyMetaInput } from './license-key-meta.inputs.js';
import { LicenseKeyMetaPayload } from './license-key-meta.payloads.js';
import { LicenseKeyMetaService } from './license-key-meta.service.js';

/** License-key meta, written by client software for a key it has activated (checks in LicenseKeyMetaService). */
@Resolver()
export class LicenseKeyMetaResolver {
  @Mutation(() => LicenseKeyMetaPayload, {
    description: 'Adds a meta entry to a license key, after the verify checks (453; 450, 451, 452 and the verify failures 215, 210, 204, 201, 203, 205, 202).',
  })
  async createLicenseKeyMeta(
    @Arg('input', () => CreateLicenseKeyMetaInput, { description: 'The license key, an identifier it is activated for, and the meta key and value to add.' })
    input: CreateLicenseKeyMetaInput,
    @Ctx() { em, cipher }: RequestContext,
  ) {
    return respond(LicenseKeyMetaPayload, 'LICENSE_KEY_META_CREATED', { meta: await new LicenseKeyMetaService(em, cipher).create(input) });
  }

  @Mutation(() => LicenseKeyMetaPayload, {
    description: 'Changes the value of a meta entry of a license key, after the verify checks (353; 350, 351, 352 and the verify failures).',
  })
  async updateLicenseKeyMeta(
    @Arg('input', () => UpdateLicenseKeyMetaInput, { description: 'The license key, an identifier it is activated for, and the meta key with its new value.' })
    input: UpdateLicenseKeyMetaInput,
    @Ctx() { em, cipher }: RequestContext,
  ) {
    return respond(LicenseKeyMetaPayload, 'LICENSE_KEY_META_UPDATED', { meta: await new LicenseKeyMetaService(em, cipher).update(input) });
  }

  @Mutation(() => LicenseKeyMetaPayload, {
    description: 'Deletes a meta entry of a license key, after the verify checks (252 with the entry as it was; 250, 251 and the verify failures).',
  })
  async deleteLicenseKeyMeta(
    @Arg('input', () => DeleteLicenseKeyMetaInput, { description: 'The license key, an identifier it is activated for, and the meta key to delete.' })
    input: DeleteLicenseKeyMetaInput,
    @Ctx() { em, cipher }: RequestContext,
  ) {
    return respond(LicenseKeyMetaPayload, 'LICENSE_KEY_META_DELETED', { meta: await new LicenseKeyMetaService(em, cipher).delete(input) });
  }
}
