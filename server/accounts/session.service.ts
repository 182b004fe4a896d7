import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Session } from './session.entity.js';
import type { SessionInfo } from '../core/context.js';
import type { Transaction } from '../core/transaction.js';

export const SESSION_COOKIE = 'gz_session';

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new random token (256 bits) and its stored session. */
export function createSession(em: EntityManager, userId: string, days: number, now: Date): { token: string; session: Session } {
  const token = randomBytes(32).toString('base64url');
  const session = em.create(Session, {
    user: userId,
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + days * 86_400_000),
  });
  return { token, session };
}

/** The live session a token stands for, or null (unknown, revoked or expired). */
export async function resolveSession(em: EntityManager, token: string | null | undefined): Promise<SessionInfo | null> {
  if (!token || token.length > 200) return null;
  const [row] = await em.execute<{ id: string; user_id: string }[]>(
    `SELECT id, user_id FROM sessions WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > now()`,
    [hashToken(token)],
  );
  return row ? { sessionId: row.id, userId: row.user_id } : null;
}

/** Bus messages name at most this many sessions (PostgreSQL's NOTIFY payload is under 8 kB). */
const TOPICS_PER_MESSAGE = 50;

/**
 * Revokes the live sessions of a person in `tx` (all of them, or all but `exceptSessionId`) and,
 * once it commits, has every instance close their sockets with 4403 (`server/app/ws.ts` listens on
 * `session:<id>`); their live subscriptions stop at their next read. Returns how many ended.
 */
export async function revokeSessions(tx: Transaction, userId: string, exceptSessionId: string | null = null): Promise<number> {
  const rows = await tx.em.execute<{ id: string }[]>(
    `UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL AND expires_at > now() AND id IS DISTINCT FROM ? RETURNING id`,
    [tx.now, userId, exceptSessionId],
  );
  const topics = rows.map((r) => `session:${r.id}`);
  for (let i = 0; i < topics.length; i += TOPICS_PER_MESSAGE) {
    const chunk = topics.slice(i, i + TOPICS_PER_MESSAGE);
    tx.afterCommit(() => tx.bus.publish({ topics: chunk, reason: 'session.ended' }));
  }
  return rows.length;
}

export async function sessionIsLive(em: EntityManager, sessionId: string): Promise<boolean> {
  const [row] = await em.execute(`SELECT 1 FROM sessions WHERE id = ? AND revoked_at IS NULL AND expires_at > now()`, [sessionId]);
  return !!row;
}

/** The token from `Authorization: Bearer …`, or else the session cookie. */
export function tokenFrom(authorization: string | undefined, cookies: Record<string, string | undefined>): string | null {
  const m = authorization?.match(/^Bearer\s+(\S+)$/i);
  if (m) return m[1]!;
  return cookies[SESSION_COOKIE] ?? null;
}
