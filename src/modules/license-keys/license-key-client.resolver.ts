import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context/context.js';
import { respond } from '../../graphql/response.js';
import { ActivateLicenseKeyInput, DeactivateLicenseKeyInput } from './license-key-client.inputs.js';
import { ActivationPayload, LicenseKeyDetailsPayload, VerifyLicenseKeyPayload } from './license-key-client.payloads.js';
import { LicenseKeyClientService } from './license-key-client.service.js';

/** The operations client software calls from the field. */
@Resolver()
export class LicenseKeyClientResolver {
  @Query(() => VerifyLicenseKeyPayload, {
    description: 'Checks that a key is assigned, not blocked, not expired, of an active product and activated for the identifier (200; 215, 210, 204, 201, 203, 205, 202).',
  })
  async verifyLicenseKey(
    @Arg('licenseKey', () => String, { description: 'The license key.' }) licenseKey: string,
    @Arg('identifier', () => String, { nullable: true, description: 'The activated identifier; missing or blank answers 215.' })
    identifier: string | null,
    @Arg('email', () => String, { nullable: true, description: 'The buyer email, stored when an Envato purchase code is added.' })
    _email: string | null,
    @Ctx() { em, cipher }: RequestContext,
  ) {
    const { key } = await new LicenseKeyClientService(em, cipher).verify(licenseKey, identifier);
    return respond(VerifyLicenseKeyPayload, 'VALID_LICENSE_KEY', { expiresAt: key.expiresAt });
  }

  @Mutation(() => ActivationPayload, {
    description: 'Activates a key for an identifier (300; 301, 302 and the verify failures but 202). Never exceeds the activation limit.',
  })
  async activateLicenseKey(@Arg('input', () => ActivateLicenseKeyInput, { description: 'What to do; see the input type.' }) input: ActivateLicenseKeyInput, @Ctx() { em, cipher, caller }: RequestContext) {
    const activation = await new LicenseKeyClientService(em, cipher).activate(input, caller.ip);
    return respond(ActivationPayload, 'LICENSE_KEY_ACTIVATED', { activation });
  }

  @Mutation(() => ActivationPayload, { description: 'Releases the activation of an identifier (400; 215, 210, 401); works on expired and blocked keys.' })
  async deactivateLicenseKey(@Arg('input', () => DeactivateLicenseKeyInput, { description: 'What to do; see the input type.' }) input: DeactivateLicenseKeyInput, @Ctx() { em, cipher }: RequestContext) {
    const activation = await new LicenseKeyClientService(em, cipher).deactivate(input);
    return respond(ActivationPayload, 'LICENSE_KEY_DEACTIVATED', { activation });
  }

  @Query(() => LicenseKeyDetailsPayload, { description: 'The key with its product, meta and activations, for an activated identifier (500; the verify failures).' })
  async licenseKeyDetails(
    @Arg('licenseKey', () => String, { description: 'The license key.' }) licenseKey: string,
    @Arg('identifier', () => String, { nullable: true, description: 'The activated identifier; missing or blank answers 215.' })
    identifier: string | null,
    @Ctx() { em, cipher }: RequestContext,
  ) {
    const { key } = await new LicenseKeyClientService(em, cipher).verify(licenseKey, identifier);
    return respond(LicenseKeyDetailsPayload, 'ACTIVE_LICENSE_KEY_FOUND', { licenseKey: key });
  }
}
