import { Field, ID, InputType } from 'type-graphql';
import { META_LIMITS } from '../../validation/meta-entry.js';
import { ProductSource, ProductStatus } from './product.entity.js';

export const PRODUCT_LIMITS = { name: 255, description: 10_000, externalReference: 255 } as const;

@InputType({ description: 'A new product.' })
export class CreateProductInput {
  @Field(() => String, { description: `Display name, 1 to ${PRODUCT_LIMITS.name} characters.` })
  name!: string;

  @Field(() => String, { nullable: true, description: `Free-form description, up to ${PRODUCT_LIMITS.description} characters.` })
  description?: string | null;

  @Field(() => ProductSource, { nullable: true, defaultValue: ProductSource.INTERNAL, description: 'Where the product is sold.' })
  source?: ProductSource | null;

  @Field(() => ProductStatus, { nullable: true, defaultValue: ProductStatus.ACTIVE, description: 'Whether the product is active.' })
  status?: ProductStatus | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Whether downloads need a key that has not expired.' })
  requireNonExpired?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Reference in the external shop; required for ENVATO products (the item id).' })
  externalReference?: string | null;
}

@InputType({ description: 'Changes to a product; omitted fields keep their value.' })
export class UpdateProductInput {
  @Field(() => ID, { description: 'The product to change.' })
  productId!: string;

  @Field(() => String, { nullable: true, description: 'New display name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New description; null clears it.' })
  description?: string | null;

  @Field(() => ProductSource, { nullable: true, description: 'New source.' })
  source?: ProductSource | null;

  @Field(() => ProductStatus, { nullable: true, description: 'New status.' })
  status?: ProductStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'New requireNonExpired flag.' })
  requireNonExpired?: boolean | null;

  @Field(() => String, { nullable: true, description: 'New external reference; null clears it.' })
  externalReference?: string | null;
}

@InputType({ description: 'The product to delete.' })
export class DeleteProductInput {
  @Field(() => ID, { description: 'The product to delete, with its meta and everything else it owns.' })
  productId!: string;
}

@InputType({ description: 'A product filter; every given field must match.' })
export class ProductFilter {
  @Field(() => ProductStatus, { nullable: true, description: 'Only products with this status.' })
  status?: ProductStatus | null;

  @Field(() => ProductSource, { nullable: true, description: 'Only products from this source.' })
  source?: ProductSource | null;
}

@InputType({ description: 'A meta entry to create on a product.' })
export class CreateProductMetaInput {
  @Field(() => ID, { description: 'The product.' })
  productId!: string;

  @Field(() => String, { nullable: true, description: `The meta key (required, up to ${META_LIMITS.key} characters).` })
  key?: string | null;

  @Field(() => String, { nullable: true, description: `The meta value (required, up to ${META_LIMITS.value} characters).` })
  value?: string | null;
}

@InputType({ description: 'A new value for an existing meta entry of a product.' })
export class UpdateProductMetaInput {
  @Field(() => ID, { description: 'The product.' })
  productId!: string;

  @Field(() => String, { nullable: true, description: 'The meta key to change (required).' })
  key?: string | null;

  @Field(() => String, { nullable: true, description: 'The new value (required).' })
  value?: string | null;
}

@InputType({ description: 'The meta entry of a product to delete.' })
export class DeleteProductMetaInput {
  @Field(() => ID, { description: 'The product.' })
  productId!: string;

  @Field(() => String, { nullable: true, description: 'The meta key to delete (required).' })
  key?: string | null;
}
