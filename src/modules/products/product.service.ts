import type { EntityManager } from '@mikro-orm/core';
import { AppError } from '../../errors/app-error.js';
import { parseId } from '../../graphql/ids.js';
import { paginate, type PaginationArgs } from '../../pagination/connection.js';
import { FieldErrors } from '../../validation/field-errors.js';
import { Product, ProductSource, ProductStatus } from './product.entity.js';
import { PRODUCT_LIMITS, type CreateProductInput, type ProductFilter, type UpdateProductInput } from './product.inputs.js';

type ProductFields = Pick<Product, 'name' | 'description' | 'source' | 'status' | 'requireNonExpired' | 'externalReference'>;

/** The rules every stored product obeys, checked on the state it would have after the change. */
function checkProduct(errors: FieldErrors, product: ProductFields): void {
  if (product.source === ProductSource.ENVATO && !product.externalReference) {
    errors.add('externalReference', 'is required for ENVATO products (the Envato item id)');
  }
}

export class ProductService {
  constructor(private readonly em: EntityManager) {}

  async create(input: CreateProductInput): Promise<Product> {
    const errors = new FieldErrors();
    const fields: ProductFields = {
      name: errors.text('name', input.name, { required: true, max: PRODUCT_LIMITS.name })!,
      description: errors.text('description', input.description, { max: PRODUCT_LIMITS.description }),
      source: input.source ?? ProductSource.INTERNAL,
      status: input.status ?? ProductStatus.ACTIVE,
      requireNonExpired: input.requireNonExpired ?? false,
      externalReference: errors.text('externalReference', input.externalReference, { max: PRODUCT_LIMITS.externalReference }),
    };
    checkProduct(errors, fields);
    errors.throwAs('CREATE_PRODUCT_INCORRECT_DATA');
    const product = this.em.create(Product, fields);
    await this.em.flush();
    return product;
  }

  async update(input: UpdateProductInput): Promise<Product> {
    const errors = new FieldErrors();
    const id = parseId(input.productId);
    const product = id === null ? null : await this.em.findOne(Product, { id });
    if (!product) {
      throw new AppError('UPDATE_PRODUCT_INCORRECT_DATA', { fieldErrors: [{ field: 'productId', message: 'no product has this id' }] });
    }
    const changes: Partial<ProductFields> = {};
    for (const field of ['name', 'source', 'status', 'requireNonExpired'] as const) errors.notNull(field, input[field]);
    if (input.name != null) changes.name = errors.text('name', input.name, { required: true, max: PRODUCT_LIMITS.name })!;
    if (input.description !== undefined) {
      changes.description = errors.text('description', input.description, { max: PRODUCT_LIMITS.description });
    }
    if (input.externalReference !== undefined) {
      changes.externalReference = errors.text('externalReference', input.externalReference, { max: PRODUCT_LIMITS.externalReference });
    }
    if (input.source != null) changes.source = input.source;
    if (input.status != null) changes.status = input.status;
    if (input.requireNonExpired != null) changes.requireNonExpired = input.requireNonExpired;
    checkProduct(errors, { ...product, ...changes });
    errors.throwAs('UPDATE_PRODUCT_INCORRECT_DATA');
    this.em.assign(product, changes);
    await this.em.flush();
    return product;
  }

  /** Deletes a product; the database cascades to everything it owns, in the same statement. */
  async delete(productId: string): Promise<Product> {
    const id = parseId(productId);
    return this.em.transactional(async (em) => {
      const product = id === null ? null : await em.findOne(Product, { id });
      if (!product) throw new AppError('DELETE_PRODUCT_NOT_FOUND');
      await em.nativeDelete(Product, { id: product.id });
      return product;
    });
  }

  list(filter: ProductFilter | null | undefined, page: PaginationArgs) {
    return paginate(this.em, Product, { ...(filter?.status && { status: filter.status }), ...(filter?.source && { source: filter.source }) }, page);
  }
}
