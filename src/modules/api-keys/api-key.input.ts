/**
 * Validation of new API keys. Kept free of ORM imports so that the CLI can refuse bad input
 * before it loads the database layer.
 */
import { ALL_CAPABILITIES, CAPABILITIES, isCapability } from './capabilities.js';
import { parseIpRange } from './ip-allow-list.js';

export class ApiKeyInputError extends Error {}

export interface CreateApiKeyInput {
  name: string;
  capabilities: string[];
  allowedIps?: string[];
}

/** The input, trimmed and deduplicated; throws `ApiKeyInputError` naming what is wrong. */
export function validateCreateApiKeyInput(input: CreateApiKeyInput): Required<CreateApiKeyInput> {
  const name = input.name.trim();
  if (!name || name.length > 255) throw new ApiKeyInputError('name must be 1 to 255 characters');
  const capabilities = [...new Set(input.capabilities.map((capability) => capability.trim()))];
  if (capabilities.length === 0) throw new ApiKeyInputError('at least one capability is required');
  const unknown = capabilities.filter((capability) => !isCapability(capability));
  if (unknown.length > 0) {
    throw new ApiKeyInputError(`unknown capabilities: ${unknown.join(', ')} (known: ${ALL_CAPABILITIES} for all, ${CAPABILITIES.join(', ')})`);
  }
  const allowedIps = [...new Set((input.allowedIps ?? []).map((entry) => entry.trim()))];
  const badRanges = allowedIps.filter((entry) => parseIpRange(entry) === null);
  if (badRanges.length > 0) throw new ApiKeyInputError(`not an IP address or CIDR range: ${badRanges.join(', ')}`);
  return { name, capabilities, allowedIps };
}
