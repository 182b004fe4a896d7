import type { Transaction } from './transaction.js';

/**
 * Runs `create` once per (user, operation, key): the same key from the same user gets the first
 * result again (`find`), even when both requests arrive at once — the second insert of the key
 * waits for the first transaction and then finds its row. Without a key, it just creates.
 */
export async function idempotent<T>(
  tx: Transaction,
  key: string | null | undefined,
  scope: { userId: string; operation: string },
  find: (resultId: string) => Promise<T | null>,
  create: () => Promise<{ id: string; value: T }>,
): Promise<T> {
  if (!key) return (await create()).value;
  const inserted = await tx.em.execute<{ ok: number }[]>(
    `INSERT INTO idempotency_keys (user_id, operation, key, result_id) VALUES (?, ?, ?, '')
     ON CONFLICT DO NOTHING RETURNING 1 AS ok`,
    [scope.userId, scope.operation, key],
  );
  if (inserted.length === 0) {
    const [row] = await tx.em.execute<{ result_id: string }[]>(
      `SELECT result_id FROM idempotency_keys WHERE user_id = ? AND operation = ? AND key = ?`,
      [scope.userId, scope.operation, key],
    );
    const found = row?.result_id ? await find(row.result_id) : null;
    if (found) return found;
  }
  const { id, value } = await create();
  await tx.em.execute(`UPDATE idempotency_keys SET result_id = ? WHERE user_id = ? AND operation = ? AND key = ?`, [id, scope.userId, scope.operation, key]);
  return value;
}
