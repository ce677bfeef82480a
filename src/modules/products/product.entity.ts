import { Entity, OptionalProps, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum ProductSource {
  INTERNAL = 'INTERNAL',
  ENVATO = 'ENVATO',
}

export enum ProductStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
}

registerEnumType(ProductSource, {
  name: 'ProductSource',
  description: 'Where a product is sold.',
  valuesConfig: {
    INTERNAL: { description: 'Sold by the vendor itself.' },
    ENVATO: { description: 'Sold on Envato; `externalReference` holds the Envato item id.' },
  },
});

registerEnumType(ProductStatus, {
  name: 'ProductStatus',
  description: 'Whether a product accepts license verification and activation.',
  valuesConfig: {
    ACTIVE: { description: 'License keys of the product verify and activate.' },
    INACTIVE: { description: 'License keys of the product answer 203 on verify.' },
  },
});

@ObjectType({ description: 'A product the vendor sells license keys for.' })
@Entity({ tableName: 'products' })
export class Product {
  [OptionalProps]?: 'description' | 'source' | 'status' | 'requireNonExpired' | 'externalReference' | 'createdAt' | 'updatedAt';

  @Field(() => ID, { description: 'Opaque identifier of the product.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Display name.' })
  @Property({ type: 'string', length: 255 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Free-form description.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => ProductSource, { description: 'Where the product is sold.' })
  @Enum({ items: () => ProductSource, type: 'string', length: 16 })
  source: ProductSource = ProductSource.INTERNAL;

  @Field(() => ProductStatus, { description: 'Whether the product is active.' })
  @Enum({ items: () => ProductStatus, type: 'string', length: 16 })
  status: ProductStatus = ProductStatus.ACTIVE;

  @Field(() => Boolean, { description: 'Whether downloads require a license key that has not expired.' })
  @Property({ type: 'boolean' })
  requireNonExpired: boolean = false;

  @Field(() => String, { nullable: true, description: 'Reference in the external shop, e.g. the Envato item id.' })
  @Property({ type: 'string', length: 255, nullable: true })
  externalReference: string | null = null;

  @Field(() => Date, { description: 'When the product was created.' })
  @Property({ type: Date, onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the product was last changed.' })
  @Property({ type: Date, onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
