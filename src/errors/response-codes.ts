/**
 * The response-code registry: the single source of truth for every code the API answers with.
 *
 * The seed codes are the documented codes of the license manager this service re-implements,
 * transcribed with their exact numbers and messages (typographic apostrophes included). Codes of
 * operations beyond the seed are numbered from 2000 up; no seed number is reused.
 */

export type ResponseOutcome = 'success' | 'error';

export interface ResponseCodeDefinition {
  /** The documented number, e.g. 205. */
  readonly code: number;
  /** The symbolic name, e.g. `LICENSE_KEY_EXPIRED`; also the GraphQL `ResponseCode` enum value. */
  readonly name: string;
  readonly outcome: ResponseOutcome;
  /** The documented message, exactly. */
  readonly message: string;
  /** The operations (seed operation names) that answer with this code. */
  readonly operations: readonly string[];
}

const SEED_CODES = [
  { code: 100, name: "INVALID_API_KEY", outcome: "error", message: "Invalid API Key", operations: ["api-key"] },
  { code: 101, name: "INACTIVE_API_KEY", outcome: "error", message: "Inactive API Key", operations: ["api-key"] },
  { code: 102, name: "MISSING_CAPABILITY", outcome: "error", message: "The used API key doesn’t have the required capability to access this endpoint", operations: ["api-key"] },
  { code: 103, name: "IP_NOT_ALLOWED", outcome: "error", message: "API key can’t be used from this IP address", operations: ["api-key"] },
  { code: 150, name: "ACCESS_DENIED", outcome: "error", message: "Access denied", operations: ["restrictions"] },
  { code: 200, name: "VALID_LICENSE_KEY", outcome: "success", message: "Valid license key", operations: ["verify"] },
  { code: 201, name: "LICENSE_KEY_NOT_ASSIGNED", outcome: "error", message: "This license key is not assigned", operations: ["verify"] },
  { code: 202, name: "ACTIVATION_NOT_FOUND", outcome: "error", message: "No activation found for this license key/identifier combination", operations: ["verify"] },
  { code: 203, name: "PRODUCT_INACTIVE", outcome: "error", message: "The product associated with this license key is not active or doesn’t exist", operations: ["verify"] },
  { code: 204, name: "LICENSE_KEY_BLOCKED", outcome: "error", message: "License key blocked", operations: ["verify"] },
  { code: 205, name: "LICENSE_KEY_EXPIRED", outcome: "error", message: "License key expired", operations: ["verify"] },
  { code: 206, name: "ENVATO_PURCHASE_CODE_ADDED", outcome: "success", message: "Envato purchase code added", operations: ["verify"] },
  { code: 210, name: "INVALID_LICENSE_KEY", outcome: "error", message: "Invalid license key", operations: ["verify"] },
  { code: 215, name: "IDENTIFIER_REQUIRED", outcome: "error", message: "Identifier is required", operations: ["verify"] },
  { code: 300, name: "LICENSE_KEY_ACTIVATED", outcome: "success", message: "License key activated", operations: ["activate"] },
  { code: 301, name: "LICENSE_KEY_ALREADY_ACTIVE", outcome: "error", message: "License key already active", operations: ["activate"] },
  { code: 302, name: "ACTIVATION_LIMIT_REACHED", outcome: "error", message: "License key reached activation limit", operations: ["activate"] },
  { code: 400, name: "LICENSE_KEY_DEACTIVATED", outcome: "success", message: "License key deactivated", operations: ["deactivate"] },
  { code: 401, name: "LICENSE_KEY_ALREADY_INACTIVE", outcome: "error", message: "License key already inactive", operations: ["deactivate"] },
  { code: 500, name: "ACTIVE_LICENSE_KEY_FOUND", outcome: "success", message: "Active license key found", operations: ["get-license-key-details"] },
  { code: 600, name: "DOWNLOADS", outcome: "success", message: "Downloads", operations: ["access-downloadables"] },
  { code: 700, name: "DOWNLOAD_FILE_NOT_FOUND", outcome: "error", message: "The request file doesn’t exist", operations: ["download"] },
  { code: 701, name: "DOWNLOAD_FORBIDDEN", outcome: "error", message: "You don’t have permission to access it", operations: ["download"] },
  { code: 800, name: "LICENSE_KEY_ASSIGNED", outcome: "success", message: "License key assigned", operations: ["assign-license-key"] },
  { code: 801, name: "LICENSE_KEY_NOT_ASSIGNABLE", outcome: "error", message: "Invalid or already assigned license key", operations: ["assign-license-key"] },
  { code: 802, name: "INSUFFICIENT_LICENSE_KEYS", outcome: "error", message: "Insufficient license keys", operations: ["random-assign-license-keys"] },
  { code: 803, name: "LICENSE_KEYS_ASSIGNED", outcome: "success", message: "License keys assigned", operations: ["random-assign-license-keys"] },
  { code: 805, name: "PRODUCT_NOT_FOUND", outcome: "error", message: "Product not found", operations: ["random-assign-license-keys"] },
  { code: 806, name: "GENERATOR_NOT_FOUND", outcome: "error", message: "Generator not found", operations: ["random-assign-license-keys"] },
  { code: 807, name: "REQUEST_QUEUED", outcome: "success", message: "Request Queued", operations: ["random-assign-license-keys-queued"] },
  { code: 900, name: "LICENSE_KEYS_CREATION_RESULT", outcome: "success", message: "License keys creation result", operations: ["create-license-keys"] },
  { code: 901, name: "CREATE_LICENSE_KEYS_INCORRECT_DATA", outcome: "error", message: "Incorrect data found", operations: ["create-license-keys"] },
  { code: 902, name: "NO_LICENSE_KEYS_CREATED", outcome: "error", message: "No license keys created", operations: ["create-license-keys"] },
  { code: 950, name: "LICENSE_KEY_UPDATED", outcome: "success", message: "License keys updated", operations: ["update-license-key"] },
  { code: 951, name: "UPDATE_LICENSE_KEY_INCORRECT_DATA", outcome: "error", message: "Incorrect data found", operations: ["update-license-key"] },
  { code: 952, name: "LICENSE_KEY_NOT_FOUND", outcome: "error", message: "License key not found", operations: ["update-license-key"] },
  { code: 850, name: "LICENSE_KEY_DELETED", outcome: "success", message: "License key deleted", operations: ["delete-license-key"] },
  { code: 851, name: "DELETE_LICENSE_KEY_NOT_FOUND", outcome: "error", message: "License key not found", operations: ["delete-license-key"] },
  { code: 750, name: "PRODUCT_CREATED", outcome: "success", message: "Product created", operations: ["create-product"] },
  { code: 751, name: "CREATE_PRODUCT_INCORRECT_DATA", outcome: "error", message: "Incorrect data found", operations: ["create-product"] },
  { code: 650, name: "PRODUCT_UPDATED", outcome: "success", message: "Product updated", operations: ["update-product"] },
  { code: 651, name: "UPDATE_PRODUCT_INCORRECT_DATA", outcome: "error", message: "Incorrect data found", operations: ["update-product"] },
  { code: 550, name: "PRODUCT_DELETED", outcome: "success", message: "Product deleted", operations: ["delete-product"] },
  { code: 551, name: "DELETE_PRODUCT_NOT_FOUND", outcome: "error", message: "Product not found", operations: ["delete-product"] },
  { code: 450, name: "CREATE_LICENSE_KEY_META_KEY_REQUIRED", outcome: "error", message: "Meta key is required", operations: ["create-license-key-meta"] },
  { code: 451, name: "CREATE_LICENSE_KEY_META_VALUE_REQUIRED", outcome: "error", message: "Meta value is required", operations: ["create-license-key-meta"] },
  { code: 452, name: "LICENSE_KEY_META_KEY_EXISTS", outcome: "error", message: "Meta key already exists", operations: ["create-license-key-meta"] },
  { code: 453, name: "LICENSE_KEY_META_CREATED", outcome: "success", message: "Metadata created", operations: ["create-license-key-meta"] },
  { code: 350, name: "UPDATE_LICENSE_KEY_META_KEY_REQUIRED", outcome: "error", message: "Meta key is required", operations: ["update-license-key-meta"] },
  { code: 351, name: "UPDATE_LICENSE_KEY_META_VALUE_REQUIRED", outcome: "error", message: "Meta value is required", operations: ["update-license-key-meta"] },
  { code: 352, name: "UPDATE_LICENSE_KEY_META_KEY_NOT_FOUND", outcome: "error", message: "Meta key doesn’t exist", operations: ["update-license-key-meta"] },
  { code: 353, name: "LICENSE_KEY_META_UPDATED", outcome: "success", message: "Metadata updated", operations: ["update-license-key-meta"] },
  { code: 250, name: "DELETE_LICENSE_KEY_META_KEY_REQUIRED", outcome: "error", message: "Meta key is required", operations: ["delete-license-key-meta"] },
  { code: 251, name: "DELETE_LICENSE_KEY_META_KEY_NOT_FOUND", outcome: "error", message: "Meta key doesn’t exist", operations: ["delete-license-key-meta"] },
  { code: 252, name: "LICENSE_KEY_META_DELETED", outcome: "success", message: "Metadata deleted", operations: ["delete-license-key-meta"] },
  { code: 270, name: "CREATE_PRODUCT_META_KEY_REQUIRED", outcome: "error", message: "Meta key is required", operations: ["create-product-meta"] },
  { code: 271, name: "CREATE_PRODUCT_META_VALUE_REQUIRED", outcome: "error", message: "Meta value is required", operations: ["create-product-meta"] },
  { code: 272, name: "PRODUCT_META_KEY_EXISTS", outcome: "error", message: "Meta key already exists", operations: ["create-product-meta"] },
  { code: 273, name: "PRODUCT_META_CREATED", outcome: "success", message: "Product meta created", operations: ["create-product-meta"] },
  { code: 274, name: "CREATE_PRODUCT_META_PRODUCT_NOT_FOUND", outcome: "error", message: "Product not found", operations: ["create-product-meta"] },
  { code: 370, name: "UPDATE_PRODUCT_META_KEY_REQUIRED", outcome: "error", message: "Meta key is required", operations: ["update-product-meta"] },
  { code: 371, name: "UPDATE_PRODUCT_META_VALUE_REQUIRED", outcome: "error", message: "Meta value is required", operations: ["update-product-meta"] },
  { code: 372, name: "UPDATE_PRODUCT_META_KEY_NOT_FOUND", outcome: "error", message: "Meta key doesn’t exists", operations: ["update-product-meta"] },
  { code: 373, name: "PRODUCT_META_UPDATED", outcome: "success", message: "Product meta updated", operations: ["update-product-meta"] },
  { code: 374, name: "UPDATE_PRODUCT_META_PRODUCT_NOT_FOUND", outcome: "error", message: "Product not found", operations: ["update-product-meta"] },
  { code: 480, name: "DELETE_PRODUCT_META_KEY_REQUIRED", outcome: "error", message: "Meta key is required", operations: ["delete-product-meta"] },
  { code: 481, name: "DELETE_PRODUCT_META_KEY_NOT_FOUND", outcome: "error", message: "Meta key doesn’t exists", operations: ["delete-product-meta"] },
  { code: 482, name: "PRODUCT_META_DELETED", outcome: "success", message: "Product meta deleted", operations: ["delete-product-meta"] },
  { code: 483, name: "DELETE_PRODUCT_META_PRODUCT_NOT_FOUND", outcome: "error", message: "Product not found", operations: ["delete-product-meta"] },
  { code: 810, name: "ALL_PRODUCTS", outcome: "success", message: "All products", operations: ["get-all-products"] },
  { code: 820, name: "ALL_GENERATORS", outcome: "success", message: "All generators", operations: ["get-all-generators"] },
  { code: 815, name: "GENERATED_LICENSE_KEYS", outcome: "success", message: "Generated license keys", operations: ["generate"] },
  { code: 730, name: "LICENSE_KEYS", outcome: "success", message: "License keys", operations: ["get-license-keys"] },
  { code: 830, name: "TELEMETRY_DATA_SAVED", outcome: "success", message: "Correct format data saved", operations: ["send-telemetry-data"] },
  { code: 831, name: "TELEMETRY_DATA_SAVED_INCORRECT_FORMAT", outcome: "success", message: "Incorrect format data saved", operations: ["send-telemetry-data"] },
  { code: 970, name: "TELEMETRY_DATA_FOUND", outcome: "success", message: "Telemetry data found", operations: ["get-telemetry-data"] },
  { code: 740, name: "AVAILABLE_COUNT_PRODUCT_NOT_FOUND", outcome: "error", message: "Product doesn’t exist", operations: ["get-available-license-keys-count"] },
  { code: 741, name: "AVAILABLE_LICENSE_KEYS_COUNT", outcome: "success", message: "Available license keys count", operations: ["get-available-license-keys-count"] },
  { code: 825, name: "CONTRACT_INCORRECT_DATA", outcome: "error", message: "Incorrect data found", operations: ["create-contract", "update-contract"] },
  { code: 841, name: "CONTRACT_CREATED", outcome: "success", message: "contract created", operations: ["create-contract"] },
  { code: 842, name: "CONTRACT_UPDATED", outcome: "success", message: "contract updated", operations: ["update-contract"] },
  { code: 843, name: "CONTRACT_DELETED", outcome: "success", message: "contract deleted", operations: ["delete-contract"] },
  { code: 844, name: "CONTRACT_NOT_FOUND", outcome: "error", message: "Contract not found", operations: ["delete-contract", "update-contract"] },
  { code: 846, name: "ALL_CONTRACTS", outcome: "success", message: "All contracts", operations: ["get-all-contracts"] },
  { code: 1200, name: "CONTRACTS_API_CONTRACT_NOT_FOUND", outcome: "error", message: "Contract not found", operations: ["contracts-get-info", "contracts-generate", "contracts-destroy", "contracts-destroy-all"] },
  { code: 1202, name: "CONTRACTS_API_PRODUCT_NOT_FOUND", outcome: "error", message: "Product not found", operations: ["contracts-get-info", "contracts-generate"] },
  { code: 1203, name: "CONTRACTS_API_GENERATOR_NOT_FOUND", outcome: "error", message: "Generator not found", operations: ["contracts-get-info", "contracts-generate"] },
  { code: 1204, name: "CONTRACT_FOUND", outcome: "success", message: "Contract found", operations: ["contracts-get-info"] },
  { code: 1205, name: "CONTRACT_LICENSE_KEYS_LIMIT_REACHED", outcome: "error", message: "License keys limit reached", operations: ["contracts-generate"] },
  { code: 1206, name: "CONTRACT_CANNOT_GENERATE_QUANTITY", outcome: "error", message: "Cannot generate this quantity", operations: ["contracts-generate"] },
  { code: 1300, name: "CONTRACT_LICENSE_KEYS_GENERATED", outcome: "success", message: "Contract license keys generated", operations: ["contracts-generate"] },
  { code: 1400, name: "CONTRACT_LICENSE_KEY_DELETED", outcome: "success", message: "License key deleted", operations: ["contracts-destroy"] },
  { code: 1401, name: "CONTRACT_LICENSE_KEY_NOT_FOUND", outcome: "error", message: "License key not found", operations: ["contracts-destroy"] },
  { code: 1500, name: "CONTRACT_LICENSE_KEYS_DELETED", outcome: "success", message: "License keys deleted", operations: ["contracts-destroy-all"] },
  { code: 1501, name: "CONTRACT_NO_LICENSE_KEYS_FOUND", outcome: "error", message: "No license keys not found", operations: ["contracts-destroy-all"] },
] as const satisfies readonly ResponseCodeDefinition[];

/** Codes of the operations the seed only had in its admin screen, or did not have at all. */
const EXTENDED_CODES = [
  { code: 2000, name: "GENERATOR_CREATED", outcome: "success", message: "Generator created", operations: ["create-generator"] },
  { code: 2001, name: "GENERATOR_UPDATED", outcome: "success", message: "Generator updated", operations: ["update-generator"] },
  { code: 2002, name: "GENERATOR_DELETED", outcome: "success", message: "Generator deleted", operations: ["delete-generator"] },
  { code: 2003, name: "GENERATOR_INCORRECT_DATA", outcome: "error", message: "Incorrect data found", operations: ["create-generator", "update-generator"] },
  { code: 2004, name: "GENERATOR_ID_NOT_FOUND", outcome: "error", message: "Generator not found", operations: ["update-generator", "delete-generator", "generate"] },
  { code: 2005, name: "GENERATOR_KEY_SPACE_TOO_SMALL", outcome: "error", message: "The generator cannot make this many unique license keys", operations: ["generate", "random-assign-license-keys"] },
  { code: 2010, name: "ASSIGNMENT_JOB_FOUND", outcome: "success", message: "Assignment job found", operations: ["get-assignment-job"] },
  { code: 2011, name: "ASSIGNMENT_JOB_NOT_FOUND", outcome: "error", message: "Assignment job not found", operations: ["get-assignment-job"] },
  { code: 2012, name: "WEBHOOK_URL_NOT_ALLOWED", outcome: "error", message: "Webhook URL not allowed", operations: ["random-assign-license-keys-queued"] },
  { code: 2013, name: "WEBHOOKS_NOT_CONFIGURED", outcome: "error", message: "Webhooks are not configured on this server", operations: ["random-assign-license-keys-queued"] },
] as const satisfies readonly ResponseCodeDefinition[];

const ALL_CODES = [...SEED_CODES, ...EXTENDED_CODES];

export type ResponseCodeName = (typeof ALL_CODES)[number]['name'];

export const RESPONSE_CODES: readonly ResponseCodeDefinition[] = ALL_CODES;

const byName = new Map<string, ResponseCodeDefinition>(ALL_CODES.map((definition) => [definition.name, definition]));

export function responseCode(name: ResponseCodeName): ResponseCodeDefinition {
  // The map is built from the same list the type comes from, so the lookup cannot miss.
  return byName.get(name)!;
}

export function isResponseCodeName(value: unknown): value is ResponseCodeName {
  return typeof value === 'string' && byName.has(value);
}

/** The registry as an object whose keys and values are the symbolic names (a GraphQL enum's shape). */
export const ResponseCode = Object.fromEntries(ALL_CODES.map(({ name }) => [name, name])) as {
  readonly [Name in ResponseCodeName]: Name;
};
