import argon2 from 'argon2';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../core/context.js';
import { badInput, unauthenticated } from '../core/errors.js';
import { User } from './user.entity.js';
import { Session } from './session.entity.js';
import { createSession } from './session.service.js';
import type { SignInInput, SignUpInput } from './auth.types.js';

// argon2id with the library's defaults (m=64 MiB, t=3, p=4), as OWASP recommends.
const HASH_OPTIONS = { type: argon2.argon2id } as const;
// Verified against for an unknown phone, so a wrong phone costs the same time as a wrong password.
const DUMMY_HASH = argon2.hash('not-a-password', HASH_OPTIONS);

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, HASH_OPTIONS);
}

export async function signUp(ctx: Context, input: SignUpInput): Promise<{ token: string; user: User; sessionId: string }> {
  await ctx.services.rateLimits.signUp(ctx.transport.ip);
  const passwordHash = await hashPassword(input.password);
  try {
    return await ctx.transact(async ({ em }) => {
      const user = em.create(User, { phone: input.phone, name: input.name.trim(), passwordHash });
      const { token, session } = createSession(em, user.id, ctx.services.config.SESSION_DAYS, ctx.now());
      return { token, user, sessionId: session.id };
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) throw badInput({ phone: 'is already registered' });
    throw err;
  }
}

export async function signIn(ctx: Context, input: SignInInput): Promise<{ token: string; user: User; sessionId: string }> {
  await ctx.services.rateLimits.signIn(ctx.transport.ip, input.phone);
  const user = await ctx.em.findOne(User, { phone: input.phone }, { populate: ['passwordHash'] });
  const ok = user ? await argon2.verify(user.passwordHash, input.password) : (await argon2.verify(await DUMMY_HASH, input.password), false);
  if (!user || !ok) throw unauthenticated('Wrong phone number or password');
  await ctx.services.rateLimits.signedIn(input.phone);
  return ctx.transact(async ({ em }) => {
    const { token, session } = createSession(em, user.id, ctx.services.config.SESSION_DAYS, ctx.now());
    return { token, user, sessionId: session.id };
  });
}

/** Revokes the current session; its sockets are closed with 4403 on every instance. */
export async function signOut(ctx: Context): Promise<void> {
  const session = ctx.session;
  if (!session) throw unauthenticated();
  await ctx.transact(async (tx) => {
    await tx.em.nativeUpdate(Session, { id: session.sessionId }, { revokedAt: ctx.now() });
    tx.afterCommit(() => tx.bus.publish({ topics: [`session:${session.sessionId}`], reason: 'session.ended' }));
  });
}
