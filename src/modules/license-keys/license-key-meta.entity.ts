import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { LicenseKey } from './license-key.entity.js';

@ObjectType({ description: 'A key/value pair attached to a license key; the key is unique per license key.' })
@Entity({ tableName: 'license_key_meta' })
@Unique({ properties: ['licenseKey', 'key'] })
export class LicenseKeyMeta {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @Field(() => ID, { description: 'Opaque identifier of the meta entry.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => LicenseKey, { ref: true, deleteRule: 'cascade' })
  licenseKey!: Ref<LicenseKey>;

  @Field(() => String, { description: 'The meta key, unique per license key.' })
  @Property({ type: 'string', length: 191 })
  key!: string;

  @Field(() => String, { description: 'The meta value.' })
  @Property({ type: 'text' })
  value!: string;

  @Field(() => Date, { description: 'When the entry was created.' })
  @Property({ type: Date, onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the entry was last changed.' })
  @Property({ type: Date, onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
