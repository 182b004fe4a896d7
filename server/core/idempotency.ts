import { createHash } from 'node:crypto';
import stableStringify from 'fast-json-stable-stringify';
import { MAX_LENGTH } from '../../common/limits.js';
import { badInput } from './errors.js';
import type { Transaction } from './transaction.js';

/**
 * The hash a key is bound to: SHA-256 of the request's payload as canonical JSON (keys sorted,
 * so the order fields arrive in does not matter), without the key itself.
 */
export function payloadHash(payload: unknown): string {
  const body = payload && typeof payload === 'object' && !Array.isArray(payload) ? { ...payload, idempotencyKey: undefined } : payload;
  return createHash('sha256').update(stableStringify(body ?? null), 'utf8').digest('hex');
}

/** What an `idempotencyKey` argument (outside an input type, where class-validator checks it) says. */
export const IDEMPOTENCY_KEY_ARG = 'The same key from the same user returns the first result again (a request replayed from an offline queue applies once).';

/** Refuses an `idempotencyKey` argument that an input type's @Length would have refused. */
export function checkIdempotencyKey(key: string | null | undefined): void {
  if (key !== null && key !== undefined && (key.length < 1 || key.length > MAX_LENGTH.idempotencyKey)) {
    throw badInput({ idempotencyKey: `must be 1 to ${MAX_LENGTH.idempotencyKey} characters` });
  }
}

/**
 * Runs `create` once per (user, operation, key): the same key from the same user gets the first
 * result again (`find`), even when both requests arrive at once — the second insert of the key
 * waits for the first transaction and then finds its row. The key is bound to the hash of the
 * first payload: the same key with a different payload is refused (BAD_USER_INPUT on
 * `idempotencyKey`) and creates nothing. Without a key, it just creates.
 */
export async function idempotent<T>(
  tx: Transaction,
  key: string | null | undefined,
  scope: { userId: string; operation: string; payload: unknown },
  find: (resultId: string) => Promise<T | null>,
  create: () => Promise<{ id: string; value: T }>,
): Promise<T> {
  if (!key) return (await create()).value;
  const hash = payloadHash(scope.payload);
  const inserted = await tx.em.execute<{ ok: number }[]>(
    `INSERT INTO idempotency_keys (user_id, operation, key, result_id, payload_hash) VALUES (?, ?, ?, '', ?)
     ON CONFLICT DO NOTHING RETURNING 1 AS ok`,
    [scope.userId, scope.operation, key, hash],
  );
  if (inserted.length === 0) {
    const [row] = await tx.em.execute<{ result_id: string; payload_hash: string | null }[]>(
      `SELECT result_id, payload_hash FROM idempotency_keys WHERE user_id = ? AND operation = ? AND key = ?`,
      [scope.userId, scope.operation, key],
    );
    // Keys stored before payloads were hashed (payload_hash null) are bound to nothing.
    if (row?.payload_hash && row.payload_hash !== hash) throw badInput({ idempotencyKey: 'was already used with a different request' });
    const found = row?.result_id ? await find(row.result_id) : null;
    if (found) return found;
  }
  const { id, value } = await create();
  await tx.em.execute(`UPDATE idempotency_keys SET result_id = ?, payload_hash = ? WHERE user_id = ? AND operation = ? AND key = ?`, [id, hash, scope.userId, scope.operation, key]);
  return value;
}
