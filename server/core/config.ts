import { z } from 'zod';

/**
 * All configuration, read from the environment and validated in one place. A bad value stops the
 * process at start with a message that names the variable, never later at first use.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** External PostgreSQL. Unset: an embedded PostgreSQL is started with its data in DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  /**
   * What to load when the database is empty: `true` the demo community, `city` the demo community
   * inside a generated 襄阳 (2,785 communities, 500,000 residents, 1,000,000 issues: app/demo-city.ts),
   * `false` nothing.
   */
  DEMO: z
    .enum(['true', 'false', 'city'])
    .default('true')
    .transform((v) => (v === 'false' ? false : v === 'city' ? ('city' as const) : ('community' as const))),
  /** How events reach other server instances: `memory` for one instance, `postgres` or `redis` for many. */
  EVENT_BUS: z.enum(['memory', 'postgres', 'redis']).default('memory'),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL').optional(),
  /** How often a live subscription reads again without a wake-up (a lost message, a late commit). */
  EVENT_POLL_MS: z.coerce.number().int().min(100).max(3_600_000).default(5000),
  /** `off` only for load tests and benchmarks. */
  RATE_LIMITS: z.enum(['on', 'off']).default('on'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Operations (subscriptions, and queries in flight) one WebSocket may hold at once. */
  WS_MAX_OPERATIONS: z.coerce.number().int().min(1).max(10_000).default(100),
  /** WebSockets one session may hold open on one instance. */
  WS_MAX_SOCKETS_PER_SESSION: z.coerce.number().int().min(1).max(1_000).default(20),
  /**
   * Origins (`https://host[:port]`) besides the server's own whose pages may open a WebSocket
   * authenticated by the session cookie, comma-separated. A Bearer token needs no Origin check.
   */
  WS_ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'each origin must be scheme://host[:port], comma-separated'))),
  /**
   * Which proxies in front may tell the client's address in X-Forwarded-For (Express's `trust
   * proxy`): `loopback`, `linklocal`, `uniquelocal` (10/8, 172.16/12, 192.168/16, fc00::/7: a
   * container network) or addresses and CIDR ranges, comma-separated. The rate limits count by it.
   */
  TRUST_PROXY: z
    .string()
    .default('loopback')
    .transform((v) => v.split(',').map((p) => p.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?)$/, 'each entry must be loopback, linklocal, uniquelocal, an address or a CIDR range')).min(1)),
  /** Bytes a GraphQL request body may have. */
  MAX_REQUEST_BYTES: z.coerce.number().int().min(1024).default(100_000),
  /**
   * Where uploaded photos and files go: unset, local disk under DATA_DIR/files; an S3-compatible
   * store as `s3://KEY:SECRET@host[:port]/bucket` (`s3+http://` for plain HTTP), for several instances.
   */
  STORAGE_URL: z
    .string()
    .regex(/^s3(\+http)?:\/\/[^/]+\/[^/?]+/, 'must be s3://KEY:SECRET@host[:port]/bucket or s3+http://…')
    .optional(),
  /** Bytes one uploaded image (JPEG, PNG, WebP, HEIC) may have. */
  UPLOAD_MAX_IMAGE_BYTES: z.coerce.number().int().min(1024).max(200_000_000).default(15_000_000),
  /** Bytes one uploaded document (PDF) may have. */
  UPLOAD_MAX_DOCUMENT_BYTES: z.coerce.number().int().min(1024).max(200_000_000).default(20_000_000),
  /** Minutes an upload not yet attached to an item is kept; the periodic sweep then deletes it. */
  UPLOAD_EXPIRE_MINUTES: z.coerce.number().int().min(1).max(43_200).default(1440),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /**
   * The bearer token Prometheus scrapes `/metrics` with (`Authorization: Bearer …`). Unset or
   * empty: `/metrics` answers 404.
   */
  METRICS_TOKEN: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().min(16, 'must have at least 16 characters').regex(/^\S+$/, 'must have no spaces').optional(),
  ),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = result.data;
  if (config.EVENT_BUS === 'redis' && !config.REDIS_URL) {
    throw new ConfigError('Invalid configuration:\n  REDIS_URL: required when EVENT_BUS=redis');
  }
  return config;
}
