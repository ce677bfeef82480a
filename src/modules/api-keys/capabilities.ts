/**
 * Capabilities an API key can hold: one per seed operation, plus the admin-screen operations the
 * seed had no API for, plus `*` for all.
 */
export const CAPABILITIES = [
  'verify',
  'activate',
  'deactivate',
  'get-license-key-details',
  'access-downloadables',
  'download',
  'assign-license-key',
  'random-assign-license-keys',
  'random-assign-license-keys-queued',
  'create-license-keys',
  'update-license-key',
  'delete-license-key',
  'create-product',
  'update-product',
  'delete-product',
  'create-license-key-meta',
  'update-license-key-meta',
  'delete-license-key-meta',
  'create-product-meta',
  'update-product-meta',
  'delete-product-meta',
  'get-all-products',
  'get-all-generators',
  'generate',
  'get-license-keys',
  'send-telemetry-data',
  'get-telemetry-data',
  'get-available-license-keys-count',
  'create-contract',
  'update-contract',
  'delete-contract',
  'get-all-contracts',
  'manage-generators',
  'manage-downloadables',
  'manage-restrictions',
  'manage-api-keys',
  'read-audit-log',
] as const;

export type Capability = (typeof CAPABILITIES)[number];

export const ALL_CAPABILITIES = '*';

const known = new Set<string>([...CAPABILITIES, ALL_CAPABILITIES]);

export function isCapability(value: string): value is Capability | typeof ALL_CAPABILITIES {
  return known.has(value);
}
