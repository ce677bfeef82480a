import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * What every key/value meta entry has (product meta, license-key meta): the subclasses add
 * their owner relation and the (owner, key) uniqueness.
 */
@InterfaceType({ description: 'A key/value pair attached to a product or a license key.' })
@Entity({ abstract: true })
export abstract class MetaEntry {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @Field(() => ID, { description: 'Opaque identifier of the meta entry.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'The meta key, unique per owner.' })
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
