import { ApiKey } from '../modules/api-keys/api-key.entity.js';
import { ProductMeta } from '../modules/products/product-meta.entity.js';
import { Product } from '../modules/products/product.entity.js';

/** Every entity of the service; migrations must match exactly these. */
export const ENTITIES = [ApiKey, Product, ProductMeta];
