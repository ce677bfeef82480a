import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { ApiKey } from './api-key.entity.js';
import { ALL_CAPABILITIES, isCapability } from './capabilities.js';
import { parseIpRange } from './ip-allow-list.js';

export const API_KEY_PREFIX = 'lm_';

export function hashApiKey(plaintext: string): string {
  return createHash('sha256').update(plaintext).digest('hex');
}

export class ApiKeyInputError extends Error {}

export interface CreateApiKeyInput {
  name: string;
  capabilities: string[];
  allowedIps?: string[];
}

/** Management of API keys (used by the CLI, which bootstraps what the API cannot). */
export class ApiKeyService {
  constructor(private readonly em: EntityManager) {}

  /** Creates a key and returns it with its plaintext, which is not stored and cannot be shown again. */
  async create(input: CreateApiKeyInput): Promise<{ apiKey: ApiKey; plaintext: string }> {
    const name = input.name.trim();
    if (!name || name.length > 255) throw new ApiKeyInputError('name must be 1 to 255 characters');
    if (input.capabilities.length === 0) throw new ApiKeyInputError('at least one capability is required');
    const unknown = input.capabilities.filter((capability) => !isCapability(capability));
    if (unknown.length > 0) {
      throw new ApiKeyInputError(`unknown capabilities: ${unknown.join(', ')} (use one of the listed names or ${ALL_CAPABILITIES})`);
    }
    const allowedIps = (input.allowedIps ?? []).map((entry) => entry.trim());
    const badRanges = allowedIps.filter((entry) => parseIpRange(entry) === null);
    if (badRanges.length > 0) throw new ApiKeyInputError(`not an IP address or CIDR range: ${badRanges.join(', ')}`);

    // 32 random bytes: 256 bits of entropy.
    const plaintext = API_KEY_PREFIX + randomBytes(32).toString('base64url');
    const apiKey = this.em.create(ApiKey, {
      name,
      keyHash: hashApiKey(plaintext),
      keyPrefix: plaintext.slice(0, 10),
      capabilities: [...new Set(input.capabilities)],
      allowedIps,
    });
    await this.em.flush();
    return { apiKey, plaintext };
  }

  list(): Promise<ApiKey[]> {
    return this.em.find(ApiKey, {}, { orderBy: { id: 'asc' } });
  }

  /** Deactivates a key given by its id or its plaintext; returns null when there is none. */
  async deactivate(keyOrId: string): Promise<ApiKey | null> {
    const where = /^\d+$/.test(keyOrId) ? { id: Number(keyOrId) } : { keyHash: hashApiKey(keyOrId) };
    const apiKey = await this.em.findOne(ApiKey, where);
    if (!apiKey) return null;
    apiKey.active = false;
    await this.em.flush();
    return apiKey;
  }
}
