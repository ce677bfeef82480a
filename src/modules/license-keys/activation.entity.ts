import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { LicenseKey } from './license-key.entity.js';

@ObjectType({ description: 'An activation of a license key for one identifier (a domain, a device…).' })
@Entity({ tableName: 'activations' })
@Unique({ properties: ['licenseKey', 'identifier'] })
export class Activation {
  [OptionalProps]?: 'postUrl' | 'ip' | 'createdAt';

  @Field(() => ID, { description: 'Opaque identifier of the activation.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => LicenseKey, { ref: true, deleteRule: 'cascade' })
  licenseKey!: Ref<LicenseKey>;

  @Field(() => String, { description: 'Where the key is activated: a domain, a device id…' })
  @Property({ type: 'string', length: 255 })
  identifier!: string;

  @Field(() => String, { nullable: true, description: 'URL the installation gave for remote deactivation notices.' })
  @Property({ type: 'string', length: 2048, nullable: true })
  postUrl: string | null = null;

  @Field(() => String, { nullable: true, description: 'IP address the activation came from.' })
  @Property({ type: 'string', length: 45, nullable: true })
  ip: string | null = null;

  @Field(() => Date, { description: 'When the key was activated for this identifier.' })
  @Property({ type: Date, onCreate: () => new Date() })
  createdAt: Date = new Date();
}
