import type { EntityManager } from '@mikro-orm/core';
import { createLicenseKeyLoaders } from '../modules/license-keys/license-key.loaders.js';
import { createProductLoaders } from '../modules/products/product.loaders.js';

/** Every per-request DataLoader, so that nested reads batch per query depth, never per row. */
export function createLoaders(em: EntityManager) {
  return {
    ...createProductLoaders(em),
    ...createLicenseKeyLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
