import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context/context.js';
import { respond } from '../../graphql/response.js';
import { AssignAndActivateLicenseKeyInput, AssignLicenseKeyInput, RandomAssignLicenseKeysInput } from './assignment.inputs.js';
import { AssignAndActivateLicenseKeyPayload, AssignLicenseKeyPayload, RandomAssignLicenseKeysPayload } from './assignment.payloads.js';
import { AssignmentService, checkRandomAssignment } from './assignment.service.js';

@Resolver()
export class AssignmentResolver {
  @Mutation(() => AssignLicenseKeyPayload, { description: 'Gives an AVAILABLE or RESERVED key to a buyer (800; 801).' })
  async assignLicenseKey(
    @Arg('input', () => AssignLicenseKeyInput, { description: 'The key and its new owner.' }) input: AssignLicenseKeyInput,
    @Ctx() { em, cipher }: RequestContext,
  ) {
    return respond(AssignLicenseKeyPayload, 'LICENSE_KEY_ASSIGNED', { licenseKey: await new AssignmentService(em, cipher).assign(input) });
  }

  @Mutation(() => AssignAndActivateLicenseKeyPayload, {
    description: 'Gives a key to a buyer and activates it, in one transaction (300; 801, 215 and the activation failures).',
  })
  async assignAndActivateLicenseKey(
    @Arg('input', () => AssignAndActivateLicenseKeyInput, { description: 'The key, its new owner and the identifier to activate.' })
    input: AssignAndActivateLicenseKeyInput,
    @Ctx() { em, cipher, caller }: RequestContext,
  ) {
    const { licenseKey, activation } = await new AssignmentService(em, cipher).assignAndActivate(input, caller.ip);
    return respond(AssignAndActivateLicenseKeyPayload, 'LICENSE_KEY_ACTIVATED', { licenseKey, activation });
  }

  @Mutation(() => RandomAssignLicenseKeysPayload, {
    description: "Gives a buyer `quantity` AVAILABLE keys of a product, optionally making the shortfall with its generator; all or nothing (803; 805, 802, 806).",
  })
  async randomAssignLicenseKeys(
    @Arg('input', () => RandomAssignLicenseKeysInput, { description: 'The product, how many keys, and their owner.' }) input: RandomAssignLicenseKeysInput,
    @Ctx() { em, cipher }: RequestContext,
  ) {
    const licenseKeys = await new AssignmentService(em, cipher).randomAssign(checkRandomAssignment(input));
    return respond(RandomAssignLicenseKeysPayload, 'LICENSE_KEYS_ASSIGNED', { licenseKeys });
  }
}
