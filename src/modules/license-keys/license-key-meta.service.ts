import { ForeignKeyConstraintViolationException, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { AppError } from '../../errors/app-error.js';
import type { ResponseCodeName } from '../../errors/response-codes.js';
import { checkMetaEntry } from '../../validation/meta-entry.js';
import { LicenseKeyClientService } from './license-key-client.service.js';
import type { LicenseKeyCipher } from './license-key.crypto.js';
import { LicenseKey } from './license-key.entity.js';
import { LicenseKeyMeta } from './license-key-meta.entity.js';
import type { CreateLicenseKeyMetaInput, DeleteLicenseKeyMetaInput, UpdateLicenseKeyMetaInput } from './license-key-meta.inputs.js';

/**
 * The license-key meta operations client software calls.
 *
 * Order of checks: the verify checks come first (215 → 210 → 204 → 201 → 203 → 205 → 202, and 150
 * before them once verify has restrictions: all through LicenseKeyClientService.verify, failing with
 * the verify code), and only then the meta key/value checks (450/451, 350/351, 250), then the
 * operation's own outcome. The issue asks for "the verify checks first, then 450–453, 350–353,
 * 250–252", and it keeps a caller that may not use the key from learning anything about its meta
 * (not even whether its input was well-formed).
 * An overlong key or value answers BAD_USER_INPUT at the same point as the "is required" codes.
 */
export class LicenseKeyMetaService {
  private readonly client: LicenseKeyClientService;

  constructor(
    private readonly em: EntityManager,
    cipher: LicenseKeyCipher,
  ) {
    this.client = new LicenseKeyClientService(em, cipher);
  }

  /** The key the caller may use: the verify checks, failing with the verify code. */
  private async usableKey(input: { licenseKey: string; identifier?: string | null }): Promise<LicenseKey> {
    return (await this.client.verify(input.licenseKey, input.identifier)).key;
  }

  private async existing(key: LicenseKey, metaKey: string, notFound: ResponseCodeName): Promise<LicenseKeyMeta> {
    const meta = await this.em.findOne(LicenseKeyMeta, { licenseKey: key.id, key: metaKey });
    if (!meta) throw new AppError(notFound);
    return meta;
  }

  /** 453; 450, 451, 452 after the verify checks. */
  async create(input: CreateLicenseKeyMetaInput): Promise<LicenseKeyMeta> {
    const key = await this.usableKey(input);
    const entry = checkMetaEntry(
      { keyRequired: 'CREATE_LICENSE_KEY_META_KEY_REQUIRED', valueRequired: 'CREATE_LICENSE_KEY_META_VALUE_REQUIRED' },
      input.key,
      input.value,
    );
    try {
      // The unique (license_key_id, key) index decides, so that concurrent creates cannot both
      // succeed; the transaction's own fork keeps a refused row out of this request's unit of work.
      return await this.em.transactional(async (em) => em.create(LicenseKeyMeta, { licenseKey: em.getReference(LicenseKey, key.id), ...entry }));
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new AppError('LICENSE_KEY_META_KEY_EXISTS');
      // The key was deleted between the verify checks and the insert: it is unknown now.
      if (error instanceof ForeignKeyConstraintViolationException) throw new AppError('INVALID_LICENSE_KEY');
      throw error;
    }
  }

  /** 353; 350, 351, 352 after the verify checks. */
  async update(input: UpdateLicenseKeyMetaInput): Promise<LicenseKeyMeta> {
    const key = await this.usableKey(input);
    const entry = checkMetaEntry(
      { keyRequired: 'UPDATE_LICENSE_KEY_META_KEY_REQUIRED', valueRequired: 'UPDATE_LICENSE_KEY_META_VALUE_REQUIRED' },
      input.key,
      input.value,
    );
    const meta = await this.existing(key, entry.key, 'UPDATE_LICENSE_KEY_META_KEY_NOT_FOUND');
    meta.value = entry.value;
    await this.em.flush();
    return meta;
  }

  /** 252 with the entry as it was; 250, 251 after the verify checks. */
  async delete(input: DeleteLicenseKeyMetaInput): Promise<LicenseKeyMeta> {
    const key = await this.usableKey(input);
    const { key: metaKey } = checkMetaEntry({ keyRequired: 'DELETE_LICENSE_KEY_META_KEY_REQUIRED' }, input.key);
    const meta = await this.existing(key, metaKey, 'DELETE_LICENSE_KEY_META_KEY_NOT_FOUND');
    // The DELETE's row count decides, so that of two simultaneous deletes one answers 251.
    if ((await this.em.nativeDelete(LicenseKeyMeta, { id: meta.id })) === 0) throw new AppError('DELETE_LICENSE_KEY_META_KEY_NOT_FOUND');
    return meta;
  }
}
