import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { AppError } from '../../errors/app-error.js';
import { FieldErrors } from '../../validation/field-errors.js';
import { Activation } from './activation.entity.js';
import type { LicenseKeyCipher } from './license-key.crypto.js';
import type { LicenseKey } from './license-key.entity.js';
import { assertUsable, LicenseKeyLookup, MAX_IDENTIFIER_LENGTH, requireIdentifier } from './license-key.lookup.js';
import type { ActivateLicenseKeyInput, DeactivateLicenseKeyInput } from './license-key-client.inputs.js';

const MAX_POST_URL_LENGTH = 2048;

/** What an activation stores beyond the key: checked before anything is looked up. */
function checkActivationFields(identifier: string, postUrl: string | null | undefined): string | null {
  const errors = new FieldErrors();
  if (identifier.length > MAX_IDENTIFIER_LENGTH) errors.add('identifier', `must be at most ${MAX_IDENTIFIER_LENGTH} characters`);
  const url = postUrl?.trim() || null;
  if (url && url.length > MAX_POST_URL_LENGTH) errors.add('postUrl', `must be at most ${MAX_POST_URL_LENGTH} characters`);
  else if (url && (!URL.canParse(url) || !['http:', 'https:'].includes(new URL(url).protocol))) {
    errors.add('postUrl', 'must be an http or https URL');
  }
  errors.throwAsBadUserInput();
  return url;
}

/**
 * What client software calls: verify, activate, deactivate, details. Each runs a constant number
 * of statements (the API key comes from the authenticator's cache):
 * - verify, details: the key with its product (1), its activation for the identifier (1);
 * - activate: BEGIN, the key row locked with its product (1), the activation count and this
 *   identifier's activation (1), INSERT (1), COMMIT;
 * - deactivate: the key (1), the activation (1), DELETE (1).
 */
export class LicenseKeyClientService {
  private readonly lookup: LicenseKeyLookup;

  constructor(
    private readonly em: EntityManager,
    private readonly cipher: LicenseKeyCipher,
  ) {
    this.lookup = new LicenseKeyLookup(em, cipher);
  }

  /** The verify checks, in the documented order: 215, 210, 204, 201, 203, 205, 202. */
  async verify(licenseKey: string, identifier: string | null | undefined): Promise<{ key: LicenseKey; activation: Activation }> {
    const checkedIdentifier = requireIdentifier(identifier);
    const key = await this.lookup.require(licenseKey);
    assertUsable(key);
    const activation = await this.em.findOne(Activation, { licenseKey: key.id, identifier: checkedIdentifier });
    if (!activation) throw new AppError('ACTIVATION_NOT_FOUND');
    return { key, activation };
  }

  /**
   * Activates in one transaction holding the key's row lock, so that concurrent activations of
   * one key are counted one after another and never exceed its limit; the unique
   * (key, identifier) index backs the 301 check.
   */
  async activate(input: ActivateLicenseKeyInput, ip: string): Promise<Activation> {
    const identifier = requireIdentifier(input.identifier);
    const postUrl = checkActivationFields(identifier, input.postUrl);
    try {
      return await this.em.transactional(async (em) => {
        const key = await new LicenseKeyLookup(em, this.cipher).require(input.licenseKey, { lock: true });
        assertUsable(key);
        const [usage] = await em.execute<{ total: number | string; mine: number | string | null }[]>(
          'select count(*) as total, sum(case when identifier = ? then 1 else 0 end) as mine from activations where license_key_id = ?',
          [identifier, key.id],
        );
        if (Number(usage?.mine ?? 0) > 0) throw new AppError('LICENSE_KEY_ALREADY_ACTIVE');
        if (key.activationLimit > 0 && Number(usage?.total ?? 0) >= key.activationLimit) throw new AppError('ACTIVATION_LIMIT_REACHED');
        return em.create(Activation, { licenseKey: key, identifier, postUrl, ip });
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new AppError('LICENSE_KEY_ALREADY_ACTIVE');
      throw error;
    }
  }

  /** Deactivation works for expired and blocked keys too: 215, 210, 401, 400. */
  async deactivate(input: DeactivateLicenseKeyInput): Promise<Activation> {
    const identifier = requireIdentifier(input.identifier);
    const key = await this.lookup.require(input.licenseKey);
    const activation = await this.em.findOne(Activation, { licenseKey: key.id, identifier });
    // The DELETE's row count decides, so that of two simultaneous deactivations one answers 401.
    if (!activation || (await this.em.nativeDelete(Activation, { id: activation.id })) === 0) {
      throw new AppError('LICENSE_KEY_ALREADY_INACTIVE');
    }
    return activation;
  }
}
