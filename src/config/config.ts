import { resolve } from 'node:path';

export type DatabaseDialect = 'sqlite' | 'postgresql';

export interface DatabaseConfig {
  dialect: DatabaseDialect;
  /** SQLite: the database file; PostgreSQL: the connection URL. */
  url: string;
}

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseConfig;
  logLevel: string;
  /** Honour `X-Forwarded-For` for the request IP (behind a reverse proxy). */
  trustProxy: boolean;
  /** How long a resolved API key is reused without asking the database again. */
  apiKeyCacheTtlMs: number;
  /** Keys the HMAC and encryption of stored license keys; null: generated once into dataDir. */
  licenseManagerSecret: string | null;
  jobs: JobsConfig;
}

export interface JobsConfig {
  /** Signs webhook bodies (X-Signature-256); queued assignments are refused while it is unset. */
  webhookSecret: string | null;
  /** Allow webhook URLs that resolve to loopback, private or link-local addresses. */
  allowPrivateNetworks: boolean;
  /** How often each server process's worker looks for due work. */
  pollIntervalMs: number;
  /** How long a worker holds a job before another may take it over (crash recovery). */
  leaseMs: number;
  webhookMaxAttempts: number;
  /** First retry delay; each further one doubles it. */
  webhookRetryBaseMs: number;
  webhookTimeoutMs: number;
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  return ['1', 'true', 'yes'].includes((env[name] ?? '').toLowerCase());
}

export function databaseConfig(env: NodeJS.ProcessEnv, dataDir: string): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (!url) return { dialect: 'sqlite', url: resolve(dataDir, 'license-manager.sqlite') };
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgresql', url };
  if (url.startsWith('sqlite:')) return { dialect: 'sqlite', url: resolve(url.slice('sqlite:'.length)) };
  throw new ConfigError('DATABASE_URL must start with postgres://, postgresql:// or sqlite:');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const dataDir = resolve(env.DATA_DIR || 'data');
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    dataDir,
    database: databaseConfig(env, dataDir),
    logLevel: env.LOG_LEVEL || 'info',
    trustProxy: flag(env, 'TRUST_PROXY'),
    apiKeyCacheTtlMs: integer(env, 'API_KEY_CACHE_TTL_MS', 5000, 0, 3_600_000),
    licenseManagerSecret: env.LICENSE_MANAGER_SECRET?.trim() || null,
    jobs: {
      webhookSecret: env.WEBHOOK_SECRET?.trim() || null,
      allowPrivateNetworks: flag(env, 'WEBHOOK_ALLOW_PRIVATE_NETWORKS'),
      pollIntervalMs: integer(env, 'JOB_POLL_INTERVAL_MS', 1000, 10, 3_600_000),
      leaseMs: integer(env, 'JOB_LEASE_MS', 60_000, 100, 86_400_000),
      webhookMaxAttempts: integer(env, 'WEBHOOK_MAX_ATTEMPTS', 8, 1, 100),
      webhookRetryBaseMs: integer(env, 'WEBHOOK_RETRY_BASE_MS', 2000, 1, 3_600_000),
      webhookTimeoutMs: integer(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 100, 600_000),
    },
  };
}
