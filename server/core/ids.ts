import { badInput } from './errors.js';

/**
 * Opaque global IDs: base64url of `Type:key`. Clients never build or parse them; `node(id:)`
 * resolves any of them.
 */
export function toGlobalId(type: string, key: string | number | bigint): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

export function parseGlobalId(id: string): { type: string; key: string } | null {
  if (typeof id !== 'string' || id.length === 0 || id.length > 200 || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const raw = Buffer.from(id, 'base64url').toString('utf8');
  const sep = raw.indexOf(':');
  if (sep <= 0 || sep === raw.length - 1) return null;
  return { type: raw.slice(0, sep), key: raw.slice(sep + 1) };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The storage key inside a global ID of the expected type, or BAD_USER_INPUT naming `field`.
 * Keys are UUIDs unless `numeric` is set.
 */
export function keyOf(id: string, type: string, field: string, numeric = false): string {
  const parsed = parseGlobalId(id);
  const ok = parsed && parsed.type === type && (numeric ? /^\d{1,18}$/.test(parsed.key) : UUID.test(parsed.key));
  if (!ok) throw badInput({ [field]: `is not a ${type} ID` });
  return parsed.key;
}

/** Like keyOf, for an optional argument. */
export function optionalKeyOf(id: string | null | undefined, type: string, field: string): string | undefined {
  return id == null ? undefined : keyOf(id, type, field);
}
