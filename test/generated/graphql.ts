/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An activation request from an installation of the product. */
export type ActivateLicenseKeyInput = {
  /** Where the key is activated (domain, device id…); missing or blank answers 215. */
  identifier?: string | null | undefined;
  /** The license key. */
  licenseKey: string;
  /** http(s) URL the installation receives remote deactivation notices at. */
  postUrl?: string | null | undefined;
};

/** A license key to give to a buyer and activate at once. */
export type AssignAndActivateLicenseKeyInput = {
  /** Where the key is activated; missing or blank answers 215. */
  identifier?: string | null | undefined;
  /** The license key; it must be AVAILABLE or RESERVED. */
  licenseKey: string;
  /** Email address of the buyer. */
  ownerEmail: string;
  /** Name of the buyer. */
  ownerName: string;
  /** http(s) URL the installation receives remote deactivation notices at. */
  postUrl?: string | null | undefined;
};

/** A license key to give to a buyer. */
export type AssignLicenseKeyInput = {
  /** The license key; it must be AVAILABLE or RESERVED. */
  licenseKey: string;
  /** Email address of the buyer. */
  ownerEmail: string;
  /** Name of the buyer. */
  ownerName: string;
};

/** Where a queued random assignment stands. */
export type AssignmentJobStatus =
  /** The assignment was refused (e.g. 802); see result. */
  | 'FAILED'
  /** Waiting for a worker. */
  | 'QUEUED'
  /** A worker is assigning the keys. */
  | 'RUNNING'
  /** The keys were assigned (803). */
  | 'SUCCEEDED';

/** A new license-key generator of a product. Rules checked together (2003 with fieldErrors): the keys made may be at most 255 characters long (field `keyLength`: prefix + chunks + separators + suffix, or 36 + prefix + suffix for UUID), and a CHUNKS format must offer at least 1024 distinct keys (field `keySpace`). */
export type CreateGeneratorInput = {
  /** activationLimit of every key made, 0 (unlimited) to 1000000. */
  activationLimit?: number | null | undefined;
  /** Whether this becomes the product's generator; when true, the product's other generators are deactivated in the same transaction. */
  active?: boolean | null | undefined;
  /** The characters CHUNKS keys are made of: at least 2 distinct ones, up to 255 characters, no whitespace or control characters. Taken as given (not trimmed). */
  charset?: string | null | undefined;
  /** How many characters each chunk has, 1 to 64; numberOfChunks × chunkLength is at most 255. */
  chunkLength?: number | null | undefined;
  /** How keys are made. */
  method?: GeneratorMethod | null | undefined;
  /** Display name, 1 to 255 characters once trimmed. */
  name: string;
  /** How many chunks a CHUNKS key has, 1 to 64. */
  numberOfChunks?: number | null | undefined;
  /** Text before every key, up to 64 characters; it may not start with whitespace. */
  prefix?: string | null | undefined;
  /** The product the generator makes keys for. */
  productId: string;
  /** What joins the chunks, up to 16 characters (may be empty). */
  separator?: string | null | undefined;
  /** Text after every key, up to 64 characters; it may not end with whitespace. */
  suffix?: string | null | undefined;
  /** validity in days of every key made, 0 (never expires) to 36500. */
  validity?: number | null | undefined;
};

/** A meta entry to create on a license key, asked for by an activated installation. */
export type CreateLicenseKeyMetaInput = {
  /** An identifier the key is activated for; missing or blank answers 215. */
  identifier?: string | null | undefined;
  /** The meta key (required: missing or blank answers 450; up to 191 characters). */
  key?: string | null | undefined;
  /** The license key. */
  licenseKey: string;
  /** The meta value (required: missing or blank answers 451; up to 65535 characters). */
  value?: string | null | undefined;
};

/** License keys to import into a product’s stock; keys already stored or repeated in the list are skipped. */
export type CreateLicenseKeysInput = {
  /** How many identifiers each key may be activated for at once, 0 (unlimited) to 1000000. */
  activationLimit?: number | null | undefined;
  /** When the keys were assigned; defaults to now for ASSIGNED keys. */
  assignedAt?: string | null | undefined;
  /** The key strings, 1 to 10000 of them, each 1 to 255 characters once trimmed. */
  licenseKeys: Array<string>;
  /** Email address of the owner, up to 255 characters. */
  ownerEmail?: string | null | undefined;
  /** Name of the owner, up to 255 characters. */
  ownerName?: string | null | undefined;
  /** The product the keys belong to. */
  productId: string;
  /** The status of every imported key. */
  status?: LicenseKeyStatus | null | undefined;
  /** Days each key stays valid after assignment, 0 (never expires) to 36500. */
  validity?: number | null | undefined;
};

/** A new product. */
export type CreateProductInput = {
  /** Free-form description, up to 10000 characters. */
  description?: string | null | undefined;
  /** Reference in the external shop; required for ENVATO products (the item id). */
  externalReference?: string | null | undefined;
  /** Display name, 1 to 255 characters. */
  name: string;
  /** Whether downloads need a key that has not expired. */
  requireNonExpired?: boolean | null | undefined;
  /** Where the product is sold. */
  source?: ProductSource | null | undefined;
  /** Whether the product is active. */
  status?: ProductStatus | null | undefined;
};

/** A meta entry to create on a product. */
export type CreateProductMetaInput = {
  /** The meta key (required, up to 191 characters). */
  key?: string | null | undefined;
  /** The product. */
  productId: string;
  /** The meta value (required, up to 65535 characters). */
  value?: string | null | undefined;
};

/** A deactivation request from an installation of the product. */
export type DeactivateLicenseKeyInput = {
  /** The activated identifier to release; missing or blank answers 215. */
  identifier?: string | null | undefined;
  /** The license key. */
  licenseKey: string;
};

/** The generator to delete. */
export type DeleteGeneratorInput = {
  /** The generator to delete; the keys it already made stay. */
  generatorId: string;
};

/** The license key to delete. */
export type DeleteLicenseKeyInput = {
  /** The license key to delete, with its activations and meta. */
  licenseKey: string;
};

/** The meta entry of a license key to delete, asked for by an activated installation. */
export type DeleteLicenseKeyMetaInput = {
  /** An identifier the key is activated for; missing or blank answers 215. */
  identifier?: string | null | undefined;
  /** The meta key to delete (required: missing or blank answers 250). */
  key?: string | null | undefined;
  /** The license key. */
  licenseKey: string;
};

/** The product to delete. */
export type DeleteProductInput = {
  /** The product to delete, with its meta and everything else it owns. */
  productId: string;
};

/** The meta entry of a product to delete. */
export type DeleteProductMetaInput = {
  /** The meta key to delete (required). */
  key?: string | null | undefined;
  /** The product. */
  productId: string;
};

/** How many keys to make with which generator. */
export type GenerateLicenseKeysInput = {
  /** The generator to use. Any generator of the product may be named, active or not: the active flag only picks the product's default generator (random assignment, contracts). */
  generatorId: string;
  /** How many keys to make, 1 to 10000 (else BAD_USER_INPUT with fieldErrors). */
  quantity: number;
};

/** A generator filter; every given field must match. */
export type GeneratorFilter = {
  /** Only active (true) or only inactive (false) generators. */
  active?: boolean | null | undefined;
  /** Only generators of this product (an unknown product matches none). */
  productId?: string | null | undefined;
};

/** How a generator makes license keys. */
export type GeneratorMethod =
  /** numberOfChunks chunks of chunkLength characters from charset, joined by separator. */
  | 'CHUNKS'
  /** A random UUID (version 4), between prefix and suffix. */
  | 'UUID';

/** A license-key filter; every given field must match. */
export type LicenseKeyFilter = {
  /** Only keys whose owner email is exactly this one. */
  ownerEmail?: string | null | undefined;
  /** Only keys of this product (an id that names no product matches nothing). */
  productId?: string | null | undefined;
  /** Only keys with this status. */
  status?: LicenseKeyStatus | null | undefined;
};

/** Where a license key stands in its life. */
export type LicenseKeyStatus =
  /** Owned by a buyer: verifies and activates. */
  | 'ASSIGNED'
  /** In stock: may be assigned, including by random assignment. */
  | 'AVAILABLE'
  /** Refused by verify and activate (204). */
  | 'BLOCKED'
  /** Held back: may be assigned by key, never picked by random assignment. */
  | 'RESERVED';

/** A product filter; every given field must match. */
export type ProductFilter = {
  /** Only products from this source. */
  source?: ProductSource | null | undefined;
  /** Only products with this status. */
  status?: ProductStatus | null | undefined;
};

/** Where a product is sold. */
export type ProductSource =
  /** Sold on Envato; `externalReference` holds the Envato item id. */
  | 'ENVATO'
  /** Sold by the vendor itself. */
  | 'INTERNAL';

/** Whether a product accepts license verification and activation. */
export type ProductStatus =
  /** License keys of the product verify and activate. */
  | 'ACTIVE'
  /** License keys of the product answer 203 on verify. */
  | 'INACTIVE';

/** A random assignment to run in the background, its result POSTed to a webhook. */
export type QueueRandomAssignLicenseKeysInput = {
  /** Make the missing keys with the product's generator when the stock is short. */
  generate?: boolean | null | undefined;
  /** Your reference for this request, echoed in the webhook payload (e.g. an order id). */
  identifier?: string | null | undefined;
  /** Email address of the buyer. */
  ownerEmail: string;
  /** Name of the buyer. */
  ownerName: string;
  /** The product. */
  productId: string;
  /** How many keys, 1 to 10000. */
  quantity: number;
  /** http(s) URL the result is POSTed to, signed with X-Signature-256. */
  webhookUrl: string;
};

/** Keys to take from a product’s stock (or make) for a buyer. */
export type RandomAssignLicenseKeysInput = {
  /** Make the missing keys with the product's generator when the stock is short. */
  generate?: boolean | null | undefined;
  /** Email address of the buyer. */
  ownerEmail: string;
  /** Name of the buyer. */
  ownerName: string;
  /** The product. */
  productId: string;
  /** How many keys, 1 to 10000. */
  quantity: number;
};

/** Every response code of the API by its symbolic name; each value states its number and message. */
export type ResponseCode =
  /** 150: Access denied */
  | 'ACCESS_DENIED'
  /** 302: License key reached activation limit */
  | 'ACTIVATION_LIMIT_REACHED'
  /** 202: No activation found for this license key/identifier combination */
  | 'ACTIVATION_NOT_FOUND'
  /** 500: Active license key found */
  | 'ACTIVE_LICENSE_KEY_FOUND'
  /** 846: All contracts */
  | 'ALL_CONTRACTS'
  /** 820: All generators */
  | 'ALL_GENERATORS'
  /** 810: All products */
  | 'ALL_PRODUCTS'
  /** 2010: Assignment job found */
  | 'ASSIGNMENT_JOB_FOUND'
  /** 2011: Assignment job not found */
  | 'ASSIGNMENT_JOB_NOT_FOUND'
  /** 740: Product doesn’t exist */
  | 'AVAILABLE_COUNT_PRODUCT_NOT_FOUND'
  /** 741: Available license keys count */
  | 'AVAILABLE_LICENSE_KEYS_COUNT'
  /** 1200: Contract not found */
  | 'CONTRACTS_API_CONTRACT_NOT_FOUND'
  /** 1203: Generator not found */
  | 'CONTRACTS_API_GENERATOR_NOT_FOUND'
  /** 1202: Product not found */
  | 'CONTRACTS_API_PRODUCT_NOT_FOUND'
  /** 1206: Cannot generate this quantity */
  | 'CONTRACT_CANNOT_GENERATE_QUANTITY'
  /** 841: contract created */
  | 'CONTRACT_CREATED'
  /** 843: contract deleted */
  | 'CONTRACT_DELETED'
  /** 1204: Contract found */
  | 'CONTRACT_FOUND'
  /** 825: Incorrect data found */
  | 'CONTRACT_INCORRECT_DATA'
  /** 1500: License keys deleted */
  | 'CONTRACT_LICENSE_KEYS_DELETED'
  /** 1300: Contract license keys generated */
  | 'CONTRACT_LICENSE_KEYS_GENERATED'
  /** 1205: License keys limit reached */
  | 'CONTRACT_LICENSE_KEYS_LIMIT_REACHED'
  /** 1400: License key deleted */
  | 'CONTRACT_LICENSE_KEY_DELETED'
  /** 1401: License key not found */
  | 'CONTRACT_LICENSE_KEY_NOT_FOUND'
  /** 844: Contract not found */
  | 'CONTRACT_NOT_FOUND'
  /** 1501: No license keys not found */
  | 'CONTRACT_NO_LICENSE_KEYS_FOUND'
  /** 842: contract updated */
  | 'CONTRACT_UPDATED'
  /** 901: Incorrect data found */
  | 'CREATE_LICENSE_KEYS_INCORRECT_DATA'
  /** 450: Meta key is required */
  | 'CREATE_LICENSE_KEY_META_KEY_REQUIRED'
  /** 451: Meta value is required */
  | 'CREATE_LICENSE_KEY_META_VALUE_REQUIRED'
  /** 751: Incorrect data found */
  | 'CREATE_PRODUCT_INCORRECT_DATA'
  /** 270: Meta key is required */
  | 'CREATE_PRODUCT_META_KEY_REQUIRED'
  /** 274: Product not found */
  | 'CREATE_PRODUCT_META_PRODUCT_NOT_FOUND'
  /** 271: Meta value is required */
  | 'CREATE_PRODUCT_META_VALUE_REQUIRED'
  /** 251: Meta key doesn’t exist */
  | 'DELETE_LICENSE_KEY_META_KEY_NOT_FOUND'
  /** 250: Meta key is required */
  | 'DELETE_LICENSE_KEY_META_KEY_REQUIRED'
  /** 851: License key not found */
  | 'DELETE_LICENSE_KEY_NOT_FOUND'
  /** 481: Meta key doesn’t exists */
  | 'DELETE_PRODUCT_META_KEY_NOT_FOUND'
  /** 480: Meta key is required */
  | 'DELETE_PRODUCT_META_KEY_REQUIRED'
  /** 483: Product not found */
  | 'DELETE_PRODUCT_META_PRODUCT_NOT_FOUND'
  /** 551: Product not found */
  | 'DELETE_PRODUCT_NOT_FOUND'
  /** 600: Downloads */
  | 'DOWNLOADS'
  /** 700: The request file doesn’t exist */
  | 'DOWNLOAD_FILE_NOT_FOUND'
  /** 701: You don’t have permission to access it */
  | 'DOWNLOAD_FORBIDDEN'
  /** 206: Envato purchase code added */
  | 'ENVATO_PURCHASE_CODE_ADDED'
  /** 815: Generated license keys */
  | 'GENERATED_LICENSE_KEYS'
  /** 2000: Generator created */
  | 'GENERATOR_CREATED'
  /** 2002: Generator deleted */
  | 'GENERATOR_DELETED'
  /** 2004: Generator not found */
  | 'GENERATOR_ID_NOT_FOUND'
  /** 2003: Incorrect data found */
  | 'GENERATOR_INCORRECT_DATA'
  /** 2005: The generator cannot make this many unique license keys */
  | 'GENERATOR_KEY_SPACE_TOO_SMALL'
  /** 806: Generator not found */
  | 'GENERATOR_NOT_FOUND'
  /** 2001: Generator updated */
  | 'GENERATOR_UPDATED'
  /** 215: Identifier is required */
  | 'IDENTIFIER_REQUIRED'
  /** 101: Inactive API Key */
  | 'INACTIVE_API_KEY'
  /** 802: Insufficient license keys */
  | 'INSUFFICIENT_LICENSE_KEYS'
  /** 100: Invalid API Key */
  | 'INVALID_API_KEY'
  /** 210: Invalid license key */
  | 'INVALID_LICENSE_KEY'
  /** 103: API key can’t be used from this IP address */
  | 'IP_NOT_ALLOWED'
  /** 730: License keys */
  | 'LICENSE_KEYS'
  /** 803: License keys assigned */
  | 'LICENSE_KEYS_ASSIGNED'
  /** 900: License keys creation result */
  | 'LICENSE_KEYS_CREATION_RESULT'
  /** 300: License key activated */
  | 'LICENSE_KEY_ACTIVATED'
  /** 301: License key already active */
  | 'LICENSE_KEY_ALREADY_ACTIVE'
  /** 401: License key already inactive */
  | 'LICENSE_KEY_ALREADY_INACTIVE'
  /** 800: License key assigned */
  | 'LICENSE_KEY_ASSIGNED'
  /** 204: License key blocked */
  | 'LICENSE_KEY_BLOCKED'
  /** 400: License key deactivated */
  | 'LICENSE_KEY_DEACTIVATED'
  /** 850: License key deleted */
  | 'LICENSE_KEY_DELETED'
  /** 205: License key expired */
  | 'LICENSE_KEY_EXPIRED'
  /** 453: Metadata created */
  | 'LICENSE_KEY_META_CREATED'
  /** 252: Metadata deleted */
  | 'LICENSE_KEY_META_DELETED'
  /** 452: Meta key already exists */
  | 'LICENSE_KEY_META_KEY_EXISTS'
  /** 353: Metadata updated */
  | 'LICENSE_KEY_META_UPDATED'
  /** 801: Invalid or already assigned license key */
  | 'LICENSE_KEY_NOT_ASSIGNABLE'
  /** 201: This license key is not assigned */
  | 'LICENSE_KEY_NOT_ASSIGNED'
  /** 952: License key not found */
  | 'LICENSE_KEY_NOT_FOUND'
  /** 950: License keys updated */
  | 'LICENSE_KEY_UPDATED'
  /** 102: The used API key doesn’t have the required capability to access this endpoint */
  | 'MISSING_CAPABILITY'
  /** 902: No license keys created */
  | 'NO_LICENSE_KEYS_CREATED'
  /** 750: Product created */
  | 'PRODUCT_CREATED'
  /** 550: Product deleted */
  | 'PRODUCT_DELETED'
  /** 203: The product associated with this license key is not active or doesn’t exist */
  | 'PRODUCT_INACTIVE'
  /** 273: Product meta created */
  | 'PRODUCT_META_CREATED'
  /** 482: Product meta deleted */
  | 'PRODUCT_META_DELETED'
  /** 272: Meta key already exists */
  | 'PRODUCT_META_KEY_EXISTS'
  /** 373: Product meta updated */
  | 'PRODUCT_META_UPDATED'
  /** 805: Product not found */
  | 'PRODUCT_NOT_FOUND'
  /** 650: Product updated */
  | 'PRODUCT_UPDATED'
  /** 807: Request Queued */
  | 'REQUEST_QUEUED'
  /** 970: Telemetry data found */
  | 'TELEMETRY_DATA_FOUND'
  /** 830: Correct format data saved */
  | 'TELEMETRY_DATA_SAVED'
  /** 831: Incorrect format data saved */
  | 'TELEMETRY_DATA_SAVED_INCORRECT_FORMAT'
  /** 951: Incorrect data found */
  | 'UPDATE_LICENSE_KEY_INCORRECT_DATA'
  /** 352: Meta key doesn’t exist */
  | 'UPDATE_LICENSE_KEY_META_KEY_NOT_FOUND'
  /** 350: Meta key is required */
  | 'UPDATE_LICENSE_KEY_META_KEY_REQUIRED'
  /** 351: Meta value is required */
  | 'UPDATE_LICENSE_KEY_META_VALUE_REQUIRED'
  /** 651: Incorrect data found */
  | 'UPDATE_PRODUCT_INCORRECT_DATA'
  /** 372: Meta key doesn’t exists */
  | 'UPDATE_PRODUCT_META_KEY_NOT_FOUND'
  /** 370: Meta key is required */
  | 'UPDATE_PRODUCT_META_KEY_REQUIRED'
  /** 374: Product not found */
  | 'UPDATE_PRODUCT_META_PRODUCT_NOT_FOUND'
  /** 371: Meta value is required */
  | 'UPDATE_PRODUCT_META_VALUE_REQUIRED'
  /** 200: Valid license key */
  | 'VALID_LICENSE_KEY'
  /** 2013: Webhooks are not configured on this server */
  | 'WEBHOOKS_NOT_CONFIGURED'
  /** 2012: Webhook URL not allowed */
  | 'WEBHOOK_URL_NOT_ALLOWED';

/** Changes to a generator; omitted fields keep their value, null is refused. A generator stays with its product. Rules checked together (2003 with fieldErrors): the keys made may be at most 255 characters long (field `keyLength`: prefix + chunks + separators + suffix, or 36 + prefix + suffix for UUID), and a CHUNKS format must offer at least 1024 distinct keys (field `keySpace`). */
export type UpdateGeneratorInput = {
  /** New activationLimit for keys made from now on (keys already made keep theirs). */
  activationLimit?: number | null | undefined;
  /** New active flag; true makes this the product's generator and deactivates the product's others in the same transaction. */
  active?: boolean | null | undefined;
  /** New charset. */
  charset?: string | null | undefined;
  /** New chunk length. */
  chunkLength?: number | null | undefined;
  /** The generator to change. */
  generatorId: string;
  /** New method. */
  method?: GeneratorMethod | null | undefined;
  /** New display name. */
  name?: string | null | undefined;
  /** New number of chunks. */
  numberOfChunks?: number | null | undefined;
  /** New prefix. */
  prefix?: string | null | undefined;
  /** New separator. */
  separator?: string | null | undefined;
  /** New suffix. */
  suffix?: string | null | undefined;
  /** New validity for keys made from now on (keys already made keep theirs). */
  validity?: number | null | undefined;
};

/** Changes to a license key; omitted fields keep their value. */
export type UpdateLicenseKeyInput = {
  /** New activation limit, 0 (unlimited) to 1000000. */
  activationLimit?: number | null | undefined;
  /** New assignment time (expiry counts from it); null clears it. */
  assignedAt?: string | null | undefined;
  /** The license key to change. */
  licenseKey: string;
  /** New owner email address; null clears it. */
  ownerEmail?: string | null | undefined;
  /** New owner name; null clears it. */
  ownerName?: string | null | undefined;
  /** Moves the key to this product. */
  productId?: string | null | undefined;
  /** New status; ASSIGNED also sets assignedAt to now when the key has none. */
  status?: LicenseKeyStatus | null | undefined;
  /** New validity in days, 0 (never expires) to 36500. */
  validity?: number | null | undefined;
};

/** A new value for an existing meta entry of a license key, asked for by an activated installation. */
export type UpdateLicenseKeyMetaInput = {
  /** An identifier the key is activated for; missing or blank answers 215. */
  identifier?: string | null | undefined;
  /** The meta key to change (required: missing or blank answers 350). */
  key?: string | null | undefined;
  /** The license key. */
  licenseKey: string;
  /** The new value (required: missing or blank answers 351; up to 65535 characters). */
  value?: string | null | undefined;
};

/** Changes to a product; omitted fields keep their value. */
export type UpdateProductInput = {
  /** New description; null clears it. */
  description?: string | null | undefined;
  /** New external reference; null clears it. */
  externalReference?: string | null | undefined;
  /** New display name. */
  name?: string | null | undefined;
  /** The product to change. */
  productId: string;
  /** New requireNonExpired flag. */
  requireNonExpired?: boolean | null | undefined;
  /** New source. */
  source?: ProductSource | null | undefined;
  /** New status. */
  status?: ProductStatus | null | undefined;
};

/** A new value for an existing meta entry of a product. */
export type UpdateProductMetaInput = {
  /** The meta key to change (required). */
  key?: string | null | undefined;
  /** The product. */
  productId: string;
  /** The new value (required). */
  value?: string | null | undefined;
};

/** Where the delivery of a job result to its webhook stands. */
export type WebhookStatus =
  /** The webhook answered 2xx. */
  | 'DELIVERED'
  /** Every delivery attempt failed. */
  | 'FAILED'
  /** Not delivered yet; retried with exponential backoff. */
  | 'PENDING';

export type AssignmentJobFieldsFragment = { id: string, status: AssignmentJobStatus, webhookUrl: string, identifier: string | null, runAttempts: number, webhookStatus: WebhookStatus, webhookAttempts: number, webhookNextAttemptAt: string | null, webhookLastError: string | null, webhookDeliveredAt: string | null, finishedAt: string | null, createdAt: string, updatedAt: string, resultCode: number | null, availableQuantity: number | null, licenseKeys: Array<{ id: string, key: string, status: LicenseKeyStatus, ownerName: string | null, ownerEmail: string | null, activationLimit: number, validity: number, assignedAt: string | null, expiresAt: string | null }> | null };

export type QueueRandomAssignLicenseKeysMutationVariables = Exact<{
  input: QueueRandomAssignLicenseKeysInput;
}>;


export type QueueRandomAssignLicenseKeysMutation = { queueRandomAssignLicenseKeys: { responseCode: number, code: ResponseCode, message: string, job: { id: string, status: AssignmentJobStatus, webhookUrl: string, identifier: string | null, runAttempts: number, webhookStatus: WebhookStatus, webhookAttempts: number, webhookNextAttemptAt: string | null, webhookLastError: string | null, webhookDeliveredAt: string | null, finishedAt: string | null, createdAt: string, updatedAt: string, resultCode: number | null, availableQuantity: number | null, licenseKeys: Array<{ id: string, key: string, status: LicenseKeyStatus, ownerName: string | null, ownerEmail: string | null, activationLimit: number, validity: number, assignedAt: string | null, expiresAt: string | null }> | null } } };

export type AssignmentJobQueryVariables = Exact<{
  id: string;
}>;


export type AssignmentJobQuery = { assignmentJob: { responseCode: number, code: ResponseCode, message: string, job: { id: string, status: AssignmentJobStatus, webhookUrl: string, identifier: string | null, runAttempts: number, webhookStatus: WebhookStatus, webhookAttempts: number, webhookNextAttemptAt: string | null, webhookLastError: string | null, webhookDeliveredAt: string | null, finishedAt: string | null, createdAt: string, updatedAt: string, resultCode: number | null, availableQuantity: number | null, licenseKeys: Array<{ id: string, key: string, status: LicenseKeyStatus, ownerName: string | null, ownerEmail: string | null, activationLimit: number, validity: number, assignedAt: string | null, expiresAt: string | null }> | null } } };

export type AssignedKeyFieldsFragment = { id: string, key: string, status: LicenseKeyStatus, ownerName: string | null, ownerEmail: string | null, assignedAt: string | null, activationLimit: number, validity: number };

export type AssignLicenseKeyMutationVariables = Exact<{
  input: AssignLicenseKeyInput;
}>;


export type AssignLicenseKeyMutation = { assignLicenseKey: { responseCode: number, code: ResponseCode, message: string, licenseKey: { id: string, key: string, status: LicenseKeyStatus, ownerName: string | null, ownerEmail: string | null, assignedAt: string | null, activationLimit: number, validity: number } } };

export type AssignAndActivateLicenseKeyMutationVariables = Exact<{
  input: AssignAndActivateLicenseKeyInput;
}>;


export type AssignAndActivateLicenseKeyMutation = { assignAndActivateLicenseKey: { responseCode: number, code: ResponseCode, message: string, licenseKey: { id: string, key: string, status: LicenseKeyStatus, ownerName: string | null, ownerEmail: string | null, assignedAt: string | null, activationLimit: number, validity: number }, activation: { identifier: string, postUrl: string | null } } };

export type RandomAssignLicenseKeysMutationVariables = Exact<{
  input: RandomAssignLicenseKeysInput;
}>;


export type RandomAssignLicenseKeysMutation = { randomAssignLicenseKeys: { responseCode: number, code: ResponseCode, message: string, licenseKeys: Array<{ id: string, key: string, status: LicenseKeyStatus, ownerName: string | null, ownerEmail: string | null, assignedAt: string | null, activationLimit: number, validity: number }> } };

export type ResponseCodesQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCodesQuery = { responseCodes: Array<{ responseCode: number, code: ResponseCode, message: string, operations: Array<string> }> };

export type GeneratorFieldsFragment = { id: string, name: string, method: GeneratorMethod, charset: string, numberOfChunks: number, chunkLength: number, separator: string, prefix: string, suffix: string, activationLimit: number, validity: number, active: boolean, createdAt: string, updatedAt: string, product: { id: string, name: string } };

export type CreateGeneratorMutationVariables = Exact<{
  input: CreateGeneratorInput;
}>;


export type CreateGeneratorMutation = { createGenerator: { responseCode: number, code: ResponseCode, message: string, generator: { id: string, name: string, method: GeneratorMethod, charset: string, numberOfChunks: number, chunkLength: number, separator: string, prefix: string, suffix: string, activationLimit: number, validity: number, active: boolean, createdAt: string, updatedAt: string, product: { id: string, name: string } } } };

export type UpdateGeneratorMutationVariables = Exact<{
  input: UpdateGeneratorInput;
}>;


export type UpdateGeneratorMutation = { updateGenerator: { responseCode: number, code: ResponseCode, message: string, generator: { id: string, name: string, method: GeneratorMethod, charset: string, numberOfChunks: number, chunkLength: number, separator: string, prefix: string, suffix: string, activationLimit: number, validity: number, active: boolean, createdAt: string, updatedAt: string, product: { id: string, name: string } } } };

export type DeleteGeneratorMutationVariables = Exact<{
  input: DeleteGeneratorInput;
}>;


export type DeleteGeneratorMutation = { deleteGenerator: { responseCode: number, code: ResponseCode, message: string, generator: { id: string, name: string, method: GeneratorMethod, charset: string, numberOfChunks: number, chunkLength: number, separator: string, prefix: string, suffix: string, activationLimit: number, validity: number, active: boolean, createdAt: string, updatedAt: string, product: { id: string, name: string } } } };

export type GeneratorsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: GeneratorFilter | null | undefined;
}>;


export type GeneratorsQuery = { generators: { responseCode: number, code: ResponseCode, message: string, totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, method: GeneratorMethod, charset: string, numberOfChunks: number, chunkLength: number, separator: string, prefix: string, suffix: string, activationLimit: number, validity: number, active: boolean, createdAt: string, updatedAt: string, product: { id: string, name: string } } }> } };

export type GenerateLicenseKeysMutationVariables = Exact<{
  input: GenerateLicenseKeysInput;
}>;


export type GenerateLicenseKeysMutation = { generateLicenseKeys: { responseCode: number, code: ResponseCode, message: string, licenseKeys: Array<{ id: string, key: string, status: LicenseKeyStatus, activationLimit: number, validity: number, ownerName: string | null, ownerEmail: string | null, assignedAt: string | null, expiresAt: string | null, product: { id: string } }> } };

export type VerifyLicenseKeyQueryVariables = Exact<{
  licenseKey: string;
  identifier?: string | null | undefined;
  email?: string | null | undefined;
}>;


export type VerifyLicenseKeyQuery = { verifyLicenseKey: { responseCode: number, code: ResponseCode, message: string, expiresAt: string | null } };

export type ActivateLicenseKeyMutationVariables = Exact<{
  input: ActivateLicenseKeyInput;
}>;


export type ActivateLicenseKeyMutation = { activateLicenseKey: { responseCode: number, code: ResponseCode, message: string, activation: { id: string, identifier: string, postUrl: string | null, ip: string | null, createdAt: string } } };

export type DeactivateLicenseKeyMutationVariables = Exact<{
  input: DeactivateLicenseKeyInput;
}>;


export type DeactivateLicenseKeyMutation = { deactivateLicenseKey: { responseCode: number, code: ResponseCode, message: string, activation: { id: string, identifier: string } } };

export type LicenseKeyDetailsQueryVariables = Exact<{
  licenseKey: string;
  identifier?: string | null | undefined;
}>;


export type LicenseKeyDetailsQuery = { licenseKeyDetails: { responseCode: number, code: ResponseCode, message: string, licenseKey: { id: string, key: string, status: LicenseKeyStatus, ownerName: string | null, ownerEmail: string | null, activationLimit: number, validity: number, assignedAt: string | null, expiresAt: string | null, product: { id: string, name: string, status: ProductStatus, meta: Array<{ key: string, value: string }> }, meta: Array<{ key: string, value: string }>, activations: Array<{ identifier: string, postUrl: string | null, ip: string | null }> } } };

export type CreateLicenseKeyMetaMutationVariables = Exact<{
  input: CreateLicenseKeyMetaInput;
}>;


export type CreateLicenseKeyMetaMutation = { createLicenseKeyMeta: { responseCode: number, code: ResponseCode, message: string, meta: { id: string, key: string, value: string, createdAt: string, updatedAt: string } } };

export type UpdateLicenseKeyMetaMutationVariables = Exact<{
  input: UpdateLicenseKeyMetaInput;
}>;


export type UpdateLicenseKeyMetaMutation = { updateLicenseKeyMeta: { responseCode: number, code: ResponseCode, message: string, meta: { id: string, key: string, value: string, createdAt: string, updatedAt: string } } };

export type DeleteLicenseKeyMetaMutationVariables = Exact<{
  input: DeleteLicenseKeyMetaInput;
}>;


export type DeleteLicenseKeyMetaMutation = { deleteLicenseKeyMeta: { responseCode: number, code: ResponseCode, message: string, meta: { id: string, key: string, value: string } } };

export type LicenseKeyMetaOfKeyQueryVariables = Exact<{
  licenseKey: string;
  identifier?: string | null | undefined;
}>;


export type LicenseKeyMetaOfKeyQuery = { licenseKeyDetails: { responseCode: number, code: ResponseCode, message: string, licenseKey: { id: string, meta: Array<{ key: string, value: string }> } } };

export type StockLicenseKeyFieldsFragment = { id: string, key: string, status: LicenseKeyStatus, ownerName: string | null, ownerEmail: string | null, activationLimit: number, validity: number, assignedAt: string | null, expiresAt: string | null, createdAt: string, updatedAt: string, product: { id: string, name: string } };

export type CreateLicenseKeysMutationVariables = Exact<{
  input: CreateLicenseKeysInput;
}>;


export type CreateLicenseKeysMutation = { createLicenseKeys: { responseCode: number, code: ResponseCode, message: string, created: number, duplicates: number } };

export type UpdateLicenseKeyMutationVariables = Exact<{
  input: UpdateLicenseKeyInput;
}>;


export type UpdateLicenseKeyMutation = { updateLicenseKey: { responseCode: number, code: ResponseCode, message: string, licenseKey: { id: string, key: string, status: LicenseKeyStatus, ownerName: string | null, ownerEmail: string | null, activationLimit: number, validity: number, assignedAt: string | null, expiresAt: string | null, createdAt: string, updatedAt: string, product: { id: string, name: string } } } };

export type DeleteLicenseKeyMutationVariables = Exact<{
  input: DeleteLicenseKeyInput;
}>;


export type DeleteLicenseKeyMutation = { deleteLicenseKey: { responseCode: number, code: ResponseCode, message: string, licenseKey: { id: string, key: string, status: LicenseKeyStatus, ownerName: string | null, ownerEmail: string | null, activationLimit: number, validity: number, assignedAt: string | null, expiresAt: string | null, createdAt: string, updatedAt: string, activations: Array<{ id: string }>, meta: Array<{ id: string }>, product: { id: string, name: string } } } };

export type LicenseKeysQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: LicenseKeyFilter | null | undefined;
}>;


export type LicenseKeysQuery = { licenseKeys: { responseCode: number, code: ResponseCode, message: string, totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, key: string, status: LicenseKeyStatus, ownerName: string | null, ownerEmail: string | null, activationLimit: number, validity: number, assignedAt: string | null, expiresAt: string | null, createdAt: string, updatedAt: string, activations: Array<{ identifier: string }>, meta: Array<{ key: string, value: string }>, product: { id: string, name: string } } }> } };

export type AvailableLicenseKeysCountQueryVariables = Exact<{
  productId: string;
}>;


export type AvailableLicenseKeysCountQuery = { availableLicenseKeysCount: { responseCode: number, code: ResponseCode, message: string, count: number } };

export type ProductFieldsFragment = { id: string, name: string, description: string | null, source: ProductSource, status: ProductStatus, requireNonExpired: boolean, externalReference: string | null, createdAt: string, updatedAt: string, meta: Array<{ key: string, value: string }> };

export type CreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type CreateProductMutation = { createProduct: { responseCode: number, code: ResponseCode, message: string, product: { id: string, name: string, description: string | null, source: ProductSource, status: ProductStatus, requireNonExpired: boolean, externalReference: string | null, createdAt: string, updatedAt: string, meta: Array<{ key: string, value: string }> } } };

export type UpdateProductMutationVariables = Exact<{
  input: UpdateProductInput;
}>;


export type UpdateProductMutation = { updateProduct: { responseCode: number, code: ResponseCode, message: string, product: { id: string, name: string, description: string | null, source: ProductSource, status: ProductStatus, requireNonExpired: boolean, externalReference: string | null, createdAt: string, updatedAt: string, meta: Array<{ key: string, value: string }> } } };

export type DeleteProductMutationVariables = Exact<{
  input: DeleteProductInput;
}>;


export type DeleteProductMutation = { deleteProduct: { responseCode: number, code: ResponseCode, message: string, product: { id: string, name: string } } };

export type ProductsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProductFilter | null | undefined;
}>;


export type ProductsQuery = { products: { responseCode: number, code: ResponseCode, message: string, totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, description: string | null, source: ProductSource, status: ProductStatus, requireNonExpired: boolean, externalReference: string | null, createdAt: string, updatedAt: string, meta: Array<{ key: string, value: string }> } }> } };

export type CreateProductMetaMutationVariables = Exact<{
  input: CreateProductMetaInput;
}>;


export type CreateProductMetaMutation = { createProductMeta: { responseCode: number, code: ResponseCode, message: string, meta: { id: string, key: string, value: string } } };

export type UpdateProductMetaMutationVariables = Exact<{
  input: UpdateProductMetaInput;
}>;


export type UpdateProductMetaMutation = { updateProductMeta: { responseCode: number, code: ResponseCode, message: string, meta: { id: string, key: string, value: string } } };

export type DeleteProductMetaMutationVariables = Exact<{
  input: DeleteProductMetaInput;
}>;


export type DeleteProductMetaMutation = { deleteProductMeta: { responseCode: number, code: ResponseCode, message: string, meta: { id: string, key: string, value: string } } };

export const AssignmentJobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"webhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"runAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"webhookStatus"}},{"kind":"Field","name":{"kind":"Name","value":"webhookAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"webhookNextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"webhookLastError"}},{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resultCode"}},{"kind":"Field","name":{"kind":"Name","value":"availableQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"licenseKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"activationLimit"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<AssignmentJobFieldsFragment, unknown>;
export const AssignedKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignedKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LicenseKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activationLimit"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}}]}}]} as unknown as DocumentNode<AssignedKeyFieldsFragment, unknown>;
export const GeneratorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GeneratorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Generator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"charset"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfChunks"}},{"kind":"Field","name":{"kind":"Name","value":"chunkLength"}},{"kind":"Field","name":{"kind":"Name","value":"separator"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"suffix"}},{"kind":"Field","name":{"kind":"Name","value":"activationLimit"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GeneratorFieldsFragment, unknown>;
export const StockLicenseKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StockLicenseKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LicenseKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"activationLimit"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StockLicenseKeyFieldsFragment, unknown>;
export const ProductFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requireNonExpired"}},{"kind":"Field","name":{"kind":"Name","value":"externalReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"meta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ProductFieldsFragment, unknown>;
export const QueueRandomAssignLicenseKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QueueRandomAssignLicenseKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QueueRandomAssignLicenseKeysInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueRandomAssignLicenseKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentJobFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"webhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"runAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"webhookStatus"}},{"kind":"Field","name":{"kind":"Name","value":"webhookAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"webhookNextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"webhookLastError"}},{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resultCode"}},{"kind":"Field","name":{"kind":"Name","value":"availableQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"licenseKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"activationLimit"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<QueueRandomAssignLicenseKeysMutation, QueueRandomAssignLicenseKeysMutationVariables>;
export const AssignmentJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentJobFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"webhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"runAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"webhookStatus"}},{"kind":"Field","name":{"kind":"Name","value":"webhookAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"webhookNextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"webhookLastError"}},{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resultCode"}},{"kind":"Field","name":{"kind":"Name","value":"availableQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"licenseKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"activationLimit"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<AssignmentJobQuery, AssignmentJobQueryVariables>;
export const AssignLicenseKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignLicenseKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignLicenseKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignLicenseKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"licenseKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignedKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignedKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LicenseKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activationLimit"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}}]}}]} as unknown as DocumentNode<AssignLicenseKeyMutation, AssignLicenseKeyMutationVariables>;
export const AssignAndActivateLicenseKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignAndActivateLicenseKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignAndActivateLicenseKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignAndActivateLicenseKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"licenseKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignedKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"postUrl"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignedKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LicenseKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activationLimit"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}}]}}]} as unknown as DocumentNode<AssignAndActivateLicenseKeyMutation, AssignAndActivateLicenseKeyMutationVariables>;
export const RandomAssignLicenseKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RandomAssignLicenseKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RandomAssignLicenseKeysInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"randomAssignLicenseKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"licenseKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignedKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignedKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LicenseKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activationLimit"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}}]}}]} as unknown as DocumentNode<RandomAssignLicenseKeysMutation, RandomAssignLicenseKeysMutationVariables>;
export const ResponseCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponseCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}}]}}]}}]} as unknown as DocumentNode<ResponseCodesQuery, ResponseCodesQueryVariables>;
export const CreateGeneratorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGenerator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGeneratorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGenerator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"generator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GeneratorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GeneratorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Generator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"charset"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfChunks"}},{"kind":"Field","name":{"kind":"Name","value":"chunkLength"}},{"kind":"Field","name":{"kind":"Name","value":"separator"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"suffix"}},{"kind":"Field","name":{"kind":"Name","value":"activationLimit"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateGeneratorMutation, CreateGeneratorMutationVariables>;
export const UpdateGeneratorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGenerator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGeneratorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGenerator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"generator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GeneratorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GeneratorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Generator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"charset"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfChunks"}},{"kind":"Field","name":{"kind":"Name","value":"chunkLength"}},{"kind":"Field","name":{"kind":"Name","value":"separator"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"suffix"}},{"kind":"Field","name":{"kind":"Name","value":"activationLimit"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateGeneratorMutation, UpdateGeneratorMutationVariables>;
export const DeleteGeneratorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteGenerator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteGeneratorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteGenerator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"generator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GeneratorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GeneratorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Generator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"charset"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfChunks"}},{"kind":"Field","name":{"kind":"Name","value":"chunkLength"}},{"kind":"Field","name":{"kind":"Name","value":"separator"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"suffix"}},{"kind":"Field","name":{"kind":"Name","value":"activationLimit"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeleteGeneratorMutation, DeleteGeneratorMutationVariables>;
export const GeneratorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Generators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GeneratorFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GeneratorFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GeneratorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Generator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"charset"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfChunks"}},{"kind":"Field","name":{"kind":"Name","value":"chunkLength"}},{"kind":"Field","name":{"kind":"Name","value":"separator"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"suffix"}},{"kind":"Field","name":{"kind":"Name","value":"activationLimit"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GeneratorsQuery, GeneratorsQueryVariables>;
export const GenerateLicenseKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateLicenseKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateLicenseKeysInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateLicenseKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"licenseKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"activationLimit"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GenerateLicenseKeysMutation, GenerateLicenseKeysMutationVariables>;
export const VerifyLicenseKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyLicenseKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"licenseKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identifier"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyLicenseKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"licenseKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"licenseKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"identifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifier"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<VerifyLicenseKeyQuery, VerifyLicenseKeyQueryVariables>;
export const ActivateLicenseKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateLicenseKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivateLicenseKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateLicenseKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"activation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"postUrl"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<ActivateLicenseKeyMutation, ActivateLicenseKeyMutationVariables>;
export const DeactivateLicenseKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateLicenseKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateLicenseKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateLicenseKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"activation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]}}]} as unknown as DocumentNode<DeactivateLicenseKeyMutation, DeactivateLicenseKeyMutationVariables>;
export const LicenseKeyDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LicenseKeyDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"licenseKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identifier"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licenseKeyDetails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"licenseKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"licenseKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"identifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifier"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"licenseKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"activationLimit"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"meta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"postUrl"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LicenseKeyDetailsQuery, LicenseKeyDetailsQueryVariables>;
export const CreateLicenseKeyMetaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLicenseKeyMeta"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLicenseKeyMetaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLicenseKeyMeta"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"meta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateLicenseKeyMetaMutation, CreateLicenseKeyMetaMutationVariables>;
export const UpdateLicenseKeyMetaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLicenseKeyMeta"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLicenseKeyMetaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLicenseKeyMeta"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"meta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateLicenseKeyMetaMutation, UpdateLicenseKeyMetaMutationVariables>;
export const DeleteLicenseKeyMetaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteLicenseKeyMeta"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteLicenseKeyMetaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLicenseKeyMeta"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"meta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteLicenseKeyMetaMutation, DeleteLicenseKeyMetaMutationVariables>;
export const LicenseKeyMetaOfKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LicenseKeyMetaOfKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"licenseKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identifier"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licenseKeyDetails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"licenseKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"licenseKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"identifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifier"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"licenseKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LicenseKeyMetaOfKeyQuery, LicenseKeyMetaOfKeyQueryVariables>;
export const CreateLicenseKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLicenseKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLicenseKeysInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLicenseKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}}]}}]}}]} as unknown as DocumentNode<CreateLicenseKeysMutation, CreateLicenseKeysMutationVariables>;
export const UpdateLicenseKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLicenseKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLicenseKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLicenseKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"licenseKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StockLicenseKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StockLicenseKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LicenseKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"activationLimit"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateLicenseKeyMutation, UpdateLicenseKeyMutationVariables>;
export const DeleteLicenseKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteLicenseKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteLicenseKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLicenseKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"licenseKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StockLicenseKeyFields"}},{"kind":"Field","name":{"kind":"Name","value":"activations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StockLicenseKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LicenseKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"activationLimit"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeleteLicenseKeyMutation, DeleteLicenseKeyMutationVariables>;
export const LicenseKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LicenseKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LicenseKeyFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licenseKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StockLicenseKeyFields"}},{"kind":"Field","name":{"kind":"Name","value":"activations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StockLicenseKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LicenseKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"activationLimit"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LicenseKeysQuery, LicenseKeysQueryVariables>;
export const AvailableLicenseKeysCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvailableLicenseKeysCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableLicenseKeysCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"productId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<AvailableLicenseKeysCountQuery, AvailableLicenseKeysCountQueryVariables>;
export const CreateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requireNonExpired"}},{"kind":"Field","name":{"kind":"Name","value":"externalReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"meta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CreateProductMutation, CreateProductMutationVariables>;
export const UpdateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requireNonExpired"}},{"kind":"Field","name":{"kind":"Name","value":"externalReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"meta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UpdateProductMutation, UpdateProductMutationVariables>;
export const DeleteProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteProductMutation, DeleteProductMutationVariables>;
export const ProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Products"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requireNonExpired"}},{"kind":"Field","name":{"kind":"Name","value":"externalReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"meta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ProductsQuery, ProductsQueryVariables>;
export const CreateProductMetaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProductMeta"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductMetaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProductMeta"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"meta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProductMetaMutation, CreateProductMetaMutationVariables>;
export const UpdateProductMetaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProductMeta"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProductMetaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProductMeta"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"meta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProductMetaMutation, UpdateProductMetaMutationVariables>;
export const DeleteProductMetaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteProductMeta"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteProductMetaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProductMeta"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"meta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteProductMetaMutation, DeleteProductMetaMutationVariables>;