import { hash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ReferenceKind } from '@mikro-orm/core';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import { Access, type MembershipFact, type ResidencyFact } from '../core/access.js';
import type { SessionInfo } from '../core/context.js';
import type { Transaction } from '../core/transaction.js';
import { rightsColumnsSql } from '../communities/index.js';

export const SESSION_COOKIE = 'gz_session';

/** SHA-256 in hex, one-shot (`crypto.hash`, no Hash object per request). */
export function hashToken(token: string): string {
  return hash('sha256', token, 'hex');
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

/** What one HTTP request starts from: its live session, the person's row and their rights. */
export interface RequestSession {
  session: SessionInfo;
  /** The `users` row (columns as stored, the lazy password hash left out), to put in the request's identity map. */
  userRow: Record<string, unknown>;
  access: Access;
}

/** The non-lazy columns of `users`, from the entity's metadata (so a new column is never missed). */
let userColumns: string | null = null;
function userColumnsSql(em: EntityManager): string {
  userColumns ??= em
    .getMetadata()
    .get(User.name)
    .props.filter((p) => p.kind === ReferenceKind.SCALAR && !p.lazy && !p.formula && p.persist !== false)
    .flatMap((p) => p.fieldNames)
    .map((f) => `u.${f}`)
    .join(', ');
  return userColumns;
}

/**
 * `resolveSession` and `loadAccess` (communities/access.loader.ts) in one statement: the live
 * session a token stands for, its person's row and their rights, or null (unknown, revoked or
 * expired: the check is made on every request, so a revocation is immediate). The rights are
 * loadAccess's own columns (`rightsColumnsSql`); tests/integration/request-session.test.ts holds the
 * two reads equal.
 */
export async function resolveRequestSession(em: EntityManager, token: string | null | undefined): Promise<RequestSession | null> {
  if (!token || token.length > 200) return null;
  const [row] = await preparedQuery<{ gz_session_id: string; gz_memberships: MembershipFact[]; gz_residencies: ResidencyFact[] } & Record<string, unknown>>(
    em,
    'gz_request_session',
    requestSessionSql(em),
    [hashToken(token)],
  );
  if (!row) return null;
  const { gz_session_id: sessionId, gz_memberships: memberships, gz_residencies: residencies, ...userRow } = row;
  const userId = userRow.id as string;
  return { session: { sessionId, userId }, userRow, access: new Access(userId, userRow.is_platform_admin === true, memberships, residencies) };
}

let requestSessionText: string | null = null;
function requestSessionSql(em: EntityManager): string {
  requestSessionText ??= `SELECT s.id AS gz_session_id, ${userColumnsSql(em)}, ${rightsColumnsSql('u')}
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`;
  return requestSessionText;
}

/** What preparedQuery uses of knex's client, which knex types as `any`: its pool of pg connections. */
interface KnexPool<C> {
  acquireConnection(): Promise<C>;
  releaseConnection(conn: C): Promise<void>;
}
/** A pooled node-postgres client, as far as a named prepared statement needs it. */
interface PgConnection<T> {
  query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: T[] }>;
}

/**
 * A read that every request makes, as a named prepared statement on a pooled connection: the
 * database plans it once per connection, and it skips knex's query runner. Logged as `em.execute`
 * logs (tests count statements through the logger); errors converted as MikroORM converts them,
 * so an unreachable database is still a ConnectionException.
 */
async function preparedQuery<T>(em: EntityManager, name: string, text: string, values: unknown[]): Promise<T[]> {
  const pool = em.getConnection().getKnex().client as KnexPool<PgConnection<T>>;
  const started = Date.now();
  try {
    const conn = await pool.acquireConnection();
    try {
      return (await conn.query({ name, text, values })).rows;
    } finally {
      await pool.releaseConnection(conn);
      em.config.getLogger().logQuery({ query: text, params: values, took: Date.now() - started, level: 'info', connection: { type: 'write' } } as never);
    }
  } catch (err) {
    throw err instanceof Error ? em.getDriver().convertException(err) : err;
  }
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
