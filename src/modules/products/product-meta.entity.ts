import { Entity, ManyToOne, Unique, type Ref } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { MetaEntry } from '../../db/meta-entry.entity.js';
import { Product } from './product.entity.js';

@ObjectType({ implements: MetaEntry, description: 'A key/value pair attached to a product; the key is unique per product.' })
@Entity({ tableName: 'product_meta' })
@Unique({ properties: ['product', 'key'] })
export class ProductMeta extends MetaEntry {
  @ManyToOne(() => Product, { ref: true, deleteRule: 'cascade' })
  product!: Ref<Product>;
}
