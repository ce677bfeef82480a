import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { ApiKey } from './api-key.entity.js';
import { validateCreateApiKeyInput, type CreateApiKeyInput } from './api-key.input.js';

export { ApiKeyInputError, type CreateApiKeyInput } from './api-key.input.js';

export const API_KEY_PREFIX = 'lm_';

export function hashApiKey(plaintext: string): string {
  return createHash('sha256').update(plaintext).digest('hex');
}

/** Management of API keys (used by the CLI, which bootstraps what the API cannot). */
export class ApiKeyService {
  constructor(private readonly em: EntityManager) {}

  /** Creates a key and returns it with its plaintext, which is not stored and cannot be shown again. */
  async create(input: CreateApiKeyInput): Promise<{ apiKey: ApiKey; plaintext: string }> {
    const { name, capabilities, allowedIps } = validateCreateApiKeyInput(input);

    // 32 random bytes: 256 bits of entropy.
    const plaintext = API_KEY_PREFIX + randomBytes(32).toString('base64url');
    const apiKey = this.em.create(ApiKey, {
      name,
      keyHash: hashApiKey(plaintext),
      keyPrefix: plaintext.slice(0, 10),
      capabilities,
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
