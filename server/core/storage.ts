import { createReadStream } from 'node:fs';
import { mkdir, rm, stat, writeFile, rename } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';

/**
 * Where uploaded files' bytes live: a flat key space of small objects written once, read many
 * times, deleted once. Local disk under DATA_DIR (one instance, the default) or any S3-compatible
 * store (several instances share it). Keys are made by the server (`[a-z0-9/.-]`), never by a user.
 */
export interface Storage {
  readonly kind: 'local' | 's3';
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The bytes as a stream, or null when there is no such object. */
  get(key: string): Promise<Readable | null>;
  /** Deletes the keys that exist; missing ones are not an error. */
  delete(keys: readonly string[]): Promise<void>;
}

const SAFE_KEY = /^[a-z0-9][a-z0-9/.-]*$/;
function checkKey(key: string): string {
  if (!SAFE_KEY.test(key) || key.includes('..')) throw new Error(`storage key not allowed: ${key}`);
  return key;
}

/** Files under `root`; a write goes to a temporary name first, so a reader never sees half a file. */
export class LocalStorage implements Storage {
  readonly kind = 'local' as const;
  private readonly root: string;
  constructor(root: string) {
    this.root = resolve(root);
  }
  private path(key: string): string {
    return join(this.root, checkKey(key));
  }
  async put(key: string, body: Buffer): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(tmp, body);
    await rename(tmp, path);
  }
  async get(key: string): Promise<Readable | null> {
    const path = this.path(key);
    try {
      await stat(path);
    } catch {
      return null;
    }
    return createReadStream(path);
  }
  async delete(keys: readonly string[]): Promise<void> {
    await Promise.all(keys.map((k) => rm(this.path(k), { force: true })));
  }
}

/** What `STORAGE_URL` says: the bucket, a key prefix (a path after the bucket) and the client's settings. */
export function s3Settings(url: string): { bucket: string; prefix: string; client: S3ClientConfig } {
  const u = new URL(url);
  const [bucket, ...rest] = u.pathname.replace(/^\/+/, '').split('/');
  if (!bucket) throw new Error('STORAGE_URL names no bucket');
  const scheme = u.protocol === 's3+http:' ? 'http' : 'https';
  return {
    bucket,
    prefix: rest.filter(Boolean).map((p) => `${p}/`).join(''),
    client: {
      endpoint: `${scheme}://${u.host}`,
      region: u.searchParams.get('region') ?? 'us-east-1',
      forcePathStyle: u.searchParams.get('style') !== 'virtual',
      credentials: u.username ? { accessKeyId: decodeURIComponent(u.username), secretAccessKey: decodeURIComponent(u.password) } : undefined,
    },
  };
}

/**
 * An S3-compatible bucket. `STORAGE_URL` is `s3://KEY:SECRET@host[:port]/bucket` (HTTPS) or
 * `s3+http://…` (plain HTTP, a store on the same network), with `?region=` (default us-east-1)
 * and `?style=virtual` for virtual-hosted buckets (path style otherwise, which MinIO, Ceph and
 * most compatibles need). Without KEY:SECRET the SDK's own chain (environment, instance role)
 * applies. The SDK (a second to import) is loaded on first use, so a server on local disk never
 * loads it.
 */
export class S3Storage implements Storage {
  readonly kind = 's3' as const;
  private readonly settings: ReturnType<typeof s3Settings>;
  private sdk: Promise<{ client: S3Client; s3: typeof import('@aws-sdk/client-s3') }> | null = null;

  constructor(url: string) {
    this.settings = s3Settings(url);
  }
  private open() {
    this.sdk ??= import('@aws-sdk/client-s3').then((s3) => ({ s3, client: new s3.S3Client(this.settings.client) }));
    return this.sdk;
  }
  private key(key: string): string {
    return this.settings.prefix + checkKey(key);
  }
  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    const { s3, client } = await this.open();
    await client.send(new s3.PutObjectCommand({ Bucket: this.settings.bucket, Key: this.key(key), Body: body, ContentType: contentType }));
  }
  async get(key: string): Promise<Readable | null> {
    const { s3, client } = await this.open();
    try {
      const out = await client.send(new s3.GetObjectCommand({ Bucket: this.settings.bucket, Key: this.key(key) }));
      return (out.Body as Readable | undefined) ?? null;
    } catch (err) {
      if (err instanceof s3.NoSuchKey || (err as { name?: string }).name === 'NoSuchKey') return null;
      throw err;
    }
  }
  async delete(keys: readonly string[]): Promise<void> {
    const { s3, client } = await this.open();
    for (let i = 0; i < keys.length; i += 1000) {
      const chunk = keys.slice(i, i + 1000);
      await client.send(new s3.DeleteObjectsCommand({ Bucket: this.settings.bucket, Delete: { Objects: chunk.map((k) => ({ Key: this.key(k) })), Quiet: true } }));
    }
  }
}

/** The configured store: `STORAGE_URL` when set, else `DATA_DIR/files` on local disk. */
export function openStorage(config: { STORAGE_URL?: string; DATA_DIR: string }): Storage {
  return config.STORAGE_URL ? new S3Storage(config.STORAGE_URL) : new LocalStorage(join(config.DATA_DIR, 'files'));
}
