import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { clock } from '../../config/clock.js';
import { supportsRowLocks } from '../../db/locks.js';
import { AppError } from '../../errors/app-error.js';
import { parseId } from '../../graphql/ids.js';
import { FieldErrors } from '../../validation/field-errors.js';
import { checkOwner, type Owner } from '../../validation/owner.js';
import { activeGenerator, generateLicenseKeys } from '../generators/key-generation.js';
import type { Activation } from '../license-keys/activation.entity.js';
import { LicenseKeyClientService } from '../license-keys/license-key-client.service.js';
import type { LicenseKeyCipher } from '../license-keys/license-key.crypto.js';
import { LicenseKey, LicenseKeyStatus } from '../license-keys/license-key.entity.js';
import { MAX_LICENSE_KEY_LENGTH, requireIdentifier } from '../license-keys/license-key.lookup.js';
import { Product } from '../products/product.entity.js';
import { MAX_RANDOM_ASSIGN_QUANTITY, type AssignAndActivateLicenseKeyInput, type AssignLicenseKeyInput, type RandomAssignLicenseKeysInput } from './assignment.inputs.js';

/** A random assignment's input, checked. */
export interface RandomAssignment {
  productId: number | null;
  quantity: number;
  generate: boolean;
  owner: Owner;
}

function requireOwner(input: { ownerName?: string | null; ownerEmail?: string | null }): Owner {
  const errors = new FieldErrors();
  const owner = checkOwner(errors, input, { required: true }) as Owner;
  errors.throwAsBadUserInput();
  return owner;
}

/**
 * Reads what a random assignment needs before it touches the database, adding the problems of
 * quantity and owner to `errors` (BAD_USER_INPUT: the seed has no code for them); an unknown
 * product is found later (805).
 */
export function readRandomAssignment(input: RandomAssignLicenseKeysInput, errors: FieldErrors): RandomAssignment {
  if (!Number.isInteger(input.quantity) || input.quantity < 1 || input.quantity > MAX_RANDOM_ASSIGN_QUANTITY) {
    errors.add('quantity', `must be from 1 to ${MAX_RANDOM_ASSIGN_QUANTITY}`);
  }
  const owner = checkOwner(errors, input, { required: true }) as Owner;
  return { productId: parseId(input.productId), quantity: input.quantity, generate: input.generate ?? false, owner };
}

/** readRandomAssignment, answering BAD_USER_INPUT for any problem. */
export function checkRandomAssignment(input: RandomAssignLicenseKeysInput): RandomAssignment {
  const errors = new FieldErrors();
  const assignment = readRandomAssignment(input, errors);
  errors.throwAsBadUserInput();
  return assignment;
}

/** Giving license keys to buyers: one key by its string, or any keys from a product's stock. */
export class AssignmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly cipher: LicenseKeyCipher,
  ) {}

  /**
   * Assigns an AVAILABLE or RESERVED key (800); anything else is 801. One conditional UPDATE
   * decides, so that of two simultaneous assignments of one key exactly one succeeds.
   */
  async assign(input: AssignLicenseKeyInput, em: EntityManager = this.em): Promise<LicenseKey> {
    const owner = requireOwner(input);
    const key = input.licenseKey.trim();
    if (!key || key.length > MAX_LICENSE_KEY_LENGTH) throw new AppError('LICENSE_KEY_NOT_ASSIGNABLE');
    const keyHash = this.cipher.hash(key);
    const now = clock.now();
    const assigned = await em.nativeUpdate(
      LicenseKey,
      { keyHash, status: { $in: [LicenseKeyStatus.AVAILABLE, LicenseKeyStatus.RESERVED] } },
      { ...owner, status: LicenseKeyStatus.ASSIGNED, assignedAt: now, updatedAt: now },
    );
    if (assigned === 0) throw new AppError('LICENSE_KEY_NOT_ASSIGNABLE');
    return em.findOneOrFail(LicenseKey, { keyHash }, { refresh: true });
  }

  /** Assigns then activates in one transaction: a refused activation undoes the assignment. */
  async assignAndActivate(input: AssignAndActivateLicenseKeyInput, ip: string): Promise<{ licenseKey: LicenseKey; activation: Activation }> {
    requireIdentifier(input.identifier);
    return this.em.transactional(async (em) => {
      const licenseKey = await this.assign(input, em);
      const activation = await new LicenseKeyClientService(em, this.cipher).activate(input, ip);
      return { licenseKey, activation };
    });
  }

  /**
   * Assigns `quantity` AVAILABLE keys of a product (never RESERVED ones), generating the shortfall
   * with the product's generator when asked; all or nothing. The product row is locked for the
   * transaction (FOR NO KEY UPDATE, which still lets foreign-key checks through), so random
   * assignments of one product run one after another and never hand a key to two owners nor
   * answer 802 while keys are free; the keys themselves are taken FOR UPDATE SKIP LOCKED, past
   * any a single-key operation holds. SQLite runs one write transaction at a time.
   */
  async randomAssign(assignment: RandomAssignment): Promise<LicenseKey[]> {
    return this.em.transactional(async (em) => {
      const { productId, quantity, owner } = assignment;
      if (productId === null || !(await this.lockProduct(em, productId))) throw new AppError('PRODUCT_NOT_FOUND');
      const stock = em
        .createQueryBuilder(LicenseKey)
        .select('*')
        .where({ product: productId, status: LicenseKeyStatus.AVAILABLE })
        .orderBy({ id: 'asc' })
        .limit(quantity);
      if (supportsRowLocks(em)) stock.setLockMode(LockMode.PESSIMISTIC_PARTIAL_WRITE);
      const taken = await stock.getResultList();
      const now = clock.now();
      let generated: LicenseKey[] = [];
      if (taken.length < quantity) {
        if (!assignment.generate) throw new AppError('INSUFFICIENT_LICENSE_KEYS', { availableQuantity: taken.length });
        const generator = await activeGenerator(em, productId);
        if (!generator) throw new AppError('GENERATOR_NOT_FOUND');
        generated = await generateLicenseKeys(em, this.cipher, generator, quantity - taken.length, {
          ...owner,
          status: LicenseKeyStatus.ASSIGNED,
          assignedAt: now,
        });
      }
      // Flushed by the transaction as batched UPDATEs, not one per key.
      for (const key of taken) em.assign(key, { ...owner, status: LicenseKeyStatus.ASSIGNED, assignedAt: now });
      return [...taken, ...generated];
    });
  }

  /** Whether the product exists; on PostgreSQL, also locks its row for the transaction. */
  private async lockProduct(em: EntityManager, productId: number): Promise<boolean> {
    if (!supportsRowLocks(em)) return (await em.count(Product, { id: productId })) > 0;
    const rows = await em.execute('select id from products where id = ? for no key update', [productId]);
    return rows.length > 0;
  }
}
