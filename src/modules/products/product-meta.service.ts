import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { AppError } from '../../errors/app-error.js';
import type { ResponseCodeName } from '../../errors/response-codes.js';
import { parseId } from '../../graphql/ids.js';
import { checkMetaEntry } from '../../validation/meta-entry.js';
import { ProductMeta } from './product-meta.entity.js';
import { Product } from './product.entity.js';
import { type CreateProductMetaInput, type DeleteProductMetaInput, type UpdateProductMetaInput } from './product.inputs.js';

export class ProductMetaService {
  constructor(private readonly em: EntityManager) {}

  private async product(productId: string, notFound: ResponseCodeName): Promise<Product> {
    const id = parseId(productId);
    const product = id === null ? null : await this.em.findOne(Product, { id });
    if (!product) throw new AppError(notFound);
    return product;
  }

  private async existing(product: Product, key: string, notFound: ResponseCodeName): Promise<ProductMeta> {
    const meta = await this.em.findOne(ProductMeta, { product, key });
    if (!meta) throw new AppError(notFound);
    return meta;
  }

  async create(input: CreateProductMetaInput): Promise<ProductMeta> {
    const entry = checkMetaEntry({ keyRequired: 'CREATE_PRODUCT_META_KEY_REQUIRED', valueRequired: 'CREATE_PRODUCT_META_VALUE_REQUIRED' }, input.key, input.value);
    const product = await this.product(input.productId, 'CREATE_PRODUCT_META_PRODUCT_NOT_FOUND');
    try {
      // The unique (product, key) index decides, so that concurrent creates cannot both succeed;
      // the transaction's own fork keeps a refused row out of this request's unit of work.
      return await this.em.transactional(async (em) => em.create(ProductMeta, { product: em.getReference(Product, product.id), ...entry }));
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new AppError('PRODUCT_META_KEY_EXISTS');
      throw error;
    }
  }

  async update(input: UpdateProductMetaInput): Promise<ProductMeta> {
    const entry = checkMetaEntry({ keyRequired: 'UPDATE_PRODUCT_META_KEY_REQUIRED', valueRequired: 'UPDATE_PRODUCT_META_VALUE_REQUIRED' }, input.key, input.value);
    const product = await this.product(input.productId, 'UPDATE_PRODUCT_META_PRODUCT_NOT_FOUND');
    const meta = await this.existing(product, entry.key, 'UPDATE_PRODUCT_META_KEY_NOT_FOUND');
    meta.value = entry.value;
    await this.em.flush();
    return meta;
  }

  async delete(input: DeleteProductMetaInput): Promise<ProductMeta> {
    const { key } = checkMetaEntry({ keyRequired: 'DELETE_PRODUCT_META_KEY_REQUIRED' }, input.key);
    const product = await this.product(input.productId, 'DELETE_PRODUCT_META_PRODUCT_NOT_FOUND');
    const meta = await this.existing(product, key, 'DELETE_PRODUCT_META_KEY_NOT_FOUND');
    await this.em.nativeDelete(ProductMeta, { id: meta.id });
    return meta;
  }
}
