import type { EntityManager } from '@mikro-orm/core';
import { createProductLoaders } from '../modules/products/product.loaders.js';

/** Every per-request DataLoader, so that nested reads batch per query depth, never per row. */
export function createLoaders(em: EntityManager) {
  return {
    ...createProductLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
