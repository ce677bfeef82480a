import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Product } from '../products/product.entity.js';

export enum LicenseKeyStatus {
  AVAILABLE = 'AVAILABLE',
  ASSIGNED = 'ASSIGNED',
  RESERVED = 'RESERVED',
  BLOCKED = 'BLOCKED',
}

registerEnumType(LicenseKeyStatus, {
  name: 'LicenseKeyStatus',
  description: 'Where a license key stands in its life.',
  valuesConfig: {
    AVAILABLE: { description: 'In stock: may be assigned, including by random assignment.' },
    ASSIGNED: { description: 'Owned by a buyer: verifies and activates.' },
    RESERVED: { description: 'Held back: may be assigned by key, never picked by random assignment.' },
    BLOCKED: { description: 'Refused by verify and activate (204).' },
  },
});

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A license key. The key string is a secret: the database holds only its HMAC (lookup and
 * uniqueness) and its AES-256-GCM ciphertext (display); see license-key.crypto.ts.
 */
@ObjectType({ description: 'A license key of a product.' })
@Entity({ tableName: 'license_keys' })
@Index({ properties: ['product', 'status'] })
export class LicenseKey {
  [OptionalProps]?: 'status' | 'ownerName' | 'ownerEmail' | 'activationLimit' | 'validity' | 'assignedAt' | 'contractId' | 'createdAt' | 'updatedAt';

  @Field(() => ID, { description: 'Opaque identifier of the license key.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** Hex HMAC-SHA256 of the key string. */
  @Property({ type: 'string', length: 64, unique: true })
  keyHash!: string;

  /** base64 of IV, auth tag and AES-256-GCM ciphertext of the key string. */
  @Property({ type: 'text' })
  keyCiphertext!: string;

  @ManyToOne(() => Product, { ref: true, deleteRule: 'cascade' })
  product!: Ref<Product>;

  @Field(() => LicenseKeyStatus, { description: 'The status of the key.' })
  // A plain column rather than @Enum: MikroORM 6's SQLite schema reader misparses this enum's
  // check constraint and would see a change in every schema diff.
  @Property({ type: 'string', length: 16 })
  status: LicenseKeyStatus = LicenseKeyStatus.AVAILABLE;

  @Field(() => String, { nullable: true, description: 'Name of the owner.' })
  @Property({ type: 'string', length: 255, nullable: true })
  ownerName: string | null = null;

  @Field(() => String, { nullable: true, description: 'Email address of the owner.' })
  @Property({ type: 'string', length: 255, nullable: true, index: true })
  ownerEmail: string | null = null;

  @Field(() => Int, { description: 'How many identifiers may be activated at once; 0 means unlimited.' })
  @Property({ type: 'integer' })
  activationLimit: number = 1;

  @Field(() => Int, { description: 'Days the key stays valid after assignment; 0 means it never expires.' })
  @Property({ type: 'integer' })
  validity: number = 0;

  @Field(() => Date, { nullable: true, description: 'When the key was assigned to its owner; expiry counts from here.' })
  @Property({ type: Date, nullable: true })
  assignedAt: Date | null = null;

  /** The contract the key was generated under (contracts come with their own feature). */
  @Property({ type: 'integer', nullable: true, index: true })
  contractId: number | null = null;

  @Field(() => Date, { description: 'When the key was created.' })
  @Property({ type: Date, onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the key was last changed.' })
  @Property({ type: Date, onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** assignedAt + validity days; null when the key never expires (validity 0, or not assigned yet). */
  get expiresAt(): Date | null {
    if (this.validity === 0 || !this.assignedAt) return null;
    return new Date(this.assignedAt.getTime() + this.validity * DAY_MS);
  }

  isExpiredAt(now: Date): boolean {
    const expiresAt = this.expiresAt;
    return expiresAt !== null && expiresAt.getTime() <= now.getTime();
  }
}
