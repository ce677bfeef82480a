import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** An API key: stored only as a SHA-256 hash of the plaintext, which is shown once at creation. */
@Entity({ tableName: 'api_keys' })
export class ApiKey {
  [OptionalProps]?: 'active' | 'capabilities' | 'allowedIps' | 'createdAt' | 'lastUsedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 255 })
  name!: string;

  /** Hex SHA-256 of the plaintext key: the lookup column. */
  @Property({ type: 'string', length: 64, unique: true })
  keyHash!: string;

  /** The first characters of the plaintext, so that people can tell keys apart in listings. */
  @Property({ type: 'string', length: 16 })
  keyPrefix!: string;

  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'json' })
  capabilities: string[] = [];

  /** IP addresses and CIDR ranges the key may be used from; empty means any. */
  @Property({ type: 'json' })
  allowedIps: string[] = [];

  @Property({ type: Date, onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Property({ type: Date, nullable: true })
  lastUsedAt: Date | null = null;
}
