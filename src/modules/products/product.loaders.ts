import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { byIds, groupBy } from '../../db/batch.js';
import { ProductMeta } from './product-meta.entity.js';
import { Product } from './product.entity.js';

export function createProductLoaders(em: EntityManager) {
  return {
    productById: new DataLoader<number, Product | null>(async (ids) =>
      byIds(ids, await em.find(Product, { id: { $in: [...ids] } })),
    ),
    productMetaByProductId: new DataLoader<number, ProductMeta[]>(async (productIds) => {
      const rows = await em.find(ProductMeta, { product: { $in: [...productIds] } }, { orderBy: { id: 'asc' } });
      return groupBy(productIds, rows, (row) => row.product.id);
    }),
  };
}
