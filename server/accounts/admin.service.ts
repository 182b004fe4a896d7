import { MOBILE_PHONE } from '../../common/limits.js';
import type { Context } from '../core/context.js';
import { anyOf } from '../core/sql.js';
import { authorize, requireUser } from '../core/policy.js';
import { badInput, notFound } from '../core/errors.js';
import { decodeCursor, encodeCursor, pageSize, toConnection, type Connection } from '../core/pagination.js';
import { keyOf } from '../core/ids.js';
import { User } from './user.entity.js';
import { revokeSessions as endSessions } from './session.service.js';
import { accountPolicy } from './account.policy.js';
import { AccountType, type AccountsArgs, type RevokeSessionsInput } from './admin.types.js';

/** Live sessions and the latest sign-in of each person, in one statement. */
async function sessionsOf(ctx: Context, userIds: string[]): Promise<Map<string, { live: number; last: Date | null }>> {
  if (userIds.length === 0) return new Map();
  const users = anyOf('user_id', userIds);
  const rows = await ctx.em.execute<{ user_id: string; live: number; last: Date | null }[]>(
    `SELECT user_id, count(*) FILTER (WHERE revoked_at IS NULL AND expires_at > now())::int AS live, max(created_at) AS last
       FROM sessions WHERE ${users.sql} GROUP BY user_id`,
    users.params,
  );
  return new Map(rows.map((r) => [r.user_id, { live: r.live, last: r.last ? new Date(r.last) : null }]));
}

async function accountOf(ctx: Context, user: User): Promise<AccountType> {
  const sessions = await sessionsOf(ctx, [user.id]);
  return AccountType.from(user, sessions.get(user.id) ?? { live: 0, last: null });
}

/** Every account, newest first; `search` is part of a name or a whole phone number (the only search for center staff). */
export async function listAccounts(ctx: Context, args: AccountsArgs): Promise<Connection<AccountType> & { totalCount: number }> {
  const access = await ctx.access();
  const search = args.search?.trim();
  if (!accountPolicy.canManage(access)) {
    authorize(accountPolicy.canFindByPhone(access), 'Only platform admins see accounts');
    if (!search || !MOBILE_PHONE.test(search)) throw badInput({ search: 'must be a whole 11-digit phone number' });
  }
  const limit = pageSize(args.first);
  const offset = args.after ? Number(decodeCursor(args.after, 1)[0]) : 0;
  if (!Number.isInteger(offset) || offset < 0) throw badInput({ after: 'is not a valid cursor' });
  const where = !search
    ? {}
    : MOBILE_PHONE.test(search)
      ? { phone: search }
      : { name: { $ilike: `%${search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%` } };
  const [rows, total] = await ctx.em.findAndCount(User, where, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: limit + 1, offset });
  const sessions = await sessionsOf(ctx, rows.map((u) => u.id));
  const page = toConnection(rows, limit, offset > 0, (u) => encodeCursor([offset + rows.indexOf(u) + 1]), (u) =>
    AccountType.from(u, sessions.get(u.id) ?? { live: 0, last: null }),
  );
  return { ...page, totalCount: total };
}

/**
 * Revokes every live session of a person at once. After commit each session's sockets are closed
 * with 4403 on every instance (as after `signOut`), and their subscriptions end.
 */
export async function revokeSessions(ctx: Context, input: RevokeSessionsInput): Promise<AccountType> {
  const access = await ctx.access();
  requireUser(access);
  const userId = keyOf(input.userId, 'User', 'userId');
  authorize(accountPolicy.canManage(access), 'Only platform admins revoke sessions');
  if (!accountPolicy.canRevokeSessionsOf(access, userId)) throw badInput({ userId: 'is you: sign out instead' });
  const user = await ctx.em.findOne(User, userId);
  if (!user) throw notFound('User');
  await ctx.transact((tx) => endSessions(tx, user.id));
  return accountOf(ctx, user);
}
