import { timingSafeEqual } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import { AppError } from '../../errors/app-error.js';
import { ApiKey } from './api-key.entity.js';
import { hashApiKey } from './api-key.service.js';
import { ALL_CAPABILITIES, type Capability } from './capabilities.js';
import { IpRangeSet } from './ip-allow-list.js';

/** What the request context knows about the API key a request presented. */
export interface ApiKeyIdentity {
  id: number;
  name: string;
  active: boolean;
  capabilities: ReadonlySet<string>;
  allowedIps: IpRangeSet;
}

export interface Caller {
  /** The key the request presented, when it matches a stored key. */
  apiKey: ApiKeyIdentity | null;
  ip: string;
}

/** Reads the API key from `Authorization: Bearer <key>` or `X-API-Key: <key>`. */
export function presentedApiKey(headers: Record<string, string | string[] | undefined>): string | null {
  const authorization = headers.authorization;
  if (typeof authorization === 'string') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (match) return match[1]!;
  }
  const header = headers['x-api-key'];
  return typeof header === 'string' && header.trim() ? header.trim() : null;
}

/**
 * Resolves presented API keys to identities. Resolved keys are cached for a short time so that
 * the hot client operations do not pay a database round trip per request; `lastUsedAt` is
 * written when an entry is (re)loaded, so at most once per key and TTL.
 */
export class ApiKeyAuthenticator {
  private readonly cache = new Map<string, { identity: ApiKeyIdentity | null; expiresAt: number }>();

  constructor(
    private readonly orm: MikroORM,
    private readonly ttlMs: number,
  ) {}

  async resolve(plaintext: string | null): Promise<ApiKeyIdentity | null> {
    if (!plaintext) return null;
    const hash = hashApiKey(plaintext);
    const cached = this.cache.get(hash);
    if (cached && cached.expiresAt > Date.now()) return cached.identity;

    const em = this.orm.em.fork();
    const stored = await em.findOne(ApiKey, { keyHash: hash });
    const identity = stored && timingSafeEqual(Buffer.from(stored.keyHash), Buffer.from(hash)) ? toIdentity(stored) : null;
    if (stored?.active) {
      await em.nativeUpdate(ApiKey, { id: stored.id }, { lastUsedAt: new Date() });
    }
    if (this.ttlMs > 0) this.cache.set(hash, { identity, expiresAt: Date.now() + this.ttlMs });
    return identity;
  }

  /** Forgets cached identities, e.g. after a key was deactivated in this process. */
  invalidate(): void {
    this.cache.clear();
  }
}

function toIdentity(apiKey: ApiKey): ApiKeyIdentity {
  return {
    id: apiKey.id,
    name: apiKey.name,
    active: apiKey.active,
    capabilities: new Set(apiKey.capabilities),
    allowedIps: new IpRangeSet(apiKey.allowedIps),
  };
}

/** The coded error that refuses the caller this capability, or null when it holds it. */
export function capabilityError(caller: Caller, capability: Capability): AppError | null {
  const { apiKey } = caller;
  if (!apiKey) return new AppError('INVALID_API_KEY');
  if (!apiKey.active) return new AppError('INACTIVE_API_KEY');
  if (!apiKey.allowedIps.isEmpty && !apiKey.allowedIps.has(caller.ip)) return new AppError('IP_NOT_ALLOWED');
  if (!apiKey.capabilities.has(ALL_CAPABILITIES) && !apiKey.capabilities.has(capability)) {
    return new AppError('MISSING_CAPABILITY');
  }
  return null;
}
