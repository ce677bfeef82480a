import { Entity, OptionalProps, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Product } from './product.entity.js';

@ObjectType({ description: 'A key/value pair attached to a product; the key is unique per product.' })
@Entity({ tableName: 'product_meta' })
@Unique({ properties: ['product', 'key'] })
export class ProductMeta {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @Field(() => ID, { description: 'Opaque identifier of the meta entry.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Product, { ref: true, deleteRule: 'cascade' })
  product!: Ref<Product>;

  @Field(() => String, { description: 'The meta key, unique per product.' })
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
