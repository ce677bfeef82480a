import { ApiKey } from '../modules/api-keys/api-key.entity.js';
import { MetaEntry } from './meta-entry.entity.js';
import { AssignmentJob } from '../modules/assignments/assignment-job.entity.js';
import { Generator } from '../modules/generators/generator.entity.js';
import { Activation } from '../modules/license-keys/activation.entity.js';
import { LicenseKeyMeta } from '../modules/license-keys/license-key-meta.entity.js';
import { LicenseKey } from '../modules/license-keys/license-key.entity.js';
import { ProductMeta } from '../modules/products/product-meta.entity.js';
import { Product } from '../modules/products/product.entity.js';

/** Every entity of the service; migrations must match exactly these. */
export const ENTITIES = [MetaEntry, ApiKey, Product, ProductMeta, LicenseKey, Activation, LicenseKeyMeta, Generator, AssignmentJob];
