import { randomInt } from 'node:crypto';
import argon2 from 'argon2';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../core/context.js';
import { badInput, conflict, forbidden, notFound, unauthenticated } from '../core/errors.js';
import { authorize, requireUser } from '../core/policy.js';
import { keyOf } from '../core/ids.js';
import { transact } from '../core/transaction.js';
import { emit } from '../events/index.js';
import { Residency, OrganizationKind, residencyPolicy, organizationIdsOfKind } from '../communities/index.js';
import { User } from './user.entity.js';
import { Session } from './session.entity.js';
import { PasswordResetCode } from './reset-code.entity.js';
import { createSession, revokeSessions } from './session.service.js';
import { assertGoodPassword, passwordProblem } from './password.policy.js';
import { PRIVACY_NOTICE_VERSION } from './privacy.js';
import type { ChangePasswordInput, ResetPasswordInput, SignInInput, SignUpInput } from './auth.types.js';
import './accounts.events.js';

// argon2id with the library's defaults (m=64 MiB, t=3, p=4), as OWASP recommends.
const HASH_OPTIONS = { type: argon2.argon2id } as const;
// Verified against for an unknown phone, so a wrong phone costs the same time as a wrong password.
const DUMMY_HASH = argon2.hash('not-a-password', HASH_OPTIONS);

/** How long a reset code lives, and how many wrong guesses burn it. */
export const RESET_CODE_MINUTES = 15;
export const RESET_CODE_MAX_FAILURES = 5;

/** What a privacy notice version other than the current one is answered with. */
const STALE_NOTICE = 'is not the current privacy notice: read it again';

/** What `signUp` answers for a registered phone whose password was not given. */
export const PHONE_NOT_AVAILABLE = 'cannot be used to sign up: if it is registered, sign in instead';

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, HASH_OPTIONS);
}

type Signed = { token: string; user: User; sessionId: string };

function startSession(ctx: Context, user: User, patch: Partial<User> = {}): Promise<Signed> {
  return ctx.transact(async ({ em }) => {
    if (Object.keys(patch).length) {
      await em.nativeUpdate(User, { id: user.id }, patch);
      Object.assign(user, patch);
    }
    const { token, session } = createSession(em, user.id, ctx.services.config.SESSION_DAYS, ctx.now());
    return { token, user, sessionId: session.id };
  });
}

/**
 * Checks the password of the account of `phone` under the sign-in limits (per phone and address,
 * per address): the user when it is right, null when the phone is unknown or the password wrong.
 */
async function checkPassword(ctx: Context, phone: string, password: string): Promise<User | null> {
  const { rateLimits } = ctx.services;
  await rateLimits.passwordAttempt(ctx.transport.ip, phone);
  const user = await ctx.em.findOne(User, { phone }, { populate: ['passwordHash'] });
  const ok = user ? await argon2.verify(user.passwordHash, password) : (await argon2.verify(await DUMMY_HASH, password), false);
  if (!user || !ok) return null;
  await rateLimits.passwordAccepted(ctx.transport.ip, phone);
  return user;
}

/**
 * A new account, with the person's consent to the current privacy notice when the sign-up carries
 * its version (a stale version is refused); without one the account has no consent recorded, and
 * the client asks for it (`consentToPrivacyNotice`) before anything else. A phone that is already
 * registered is answered like a new one when the password is that account's (the person signed up
 * before: they are signed in); otherwise it is refused under the sign-in limits, so sign-up tells
 * no more about which phones are registered than sign-in does.
 */
export async function signUp(ctx: Context, input: SignUpInput): Promise<Signed> {
  await ctx.services.rateLimits.signUp(ctx.transport.ip);
  const problems: Record<string, string> = {};
  const given = input.privacyNoticeVersion != null;
  if (given && input.privacyNoticeVersion !== PRIVACY_NOTICE_VERSION) problems.privacyNoticeVersion = STALE_NOTICE;
  const weak = passwordProblem(input.password, input.phone);
  if (weak) problems.password = weak;
  if (Object.keys(problems).length) throw badInput(problems);

  const consent = given ? { privacyConsentAt: ctx.now(), privacyNoticeVersion: PRIVACY_NOTICE_VERSION } : {};
  if ((await ctx.em.count(User, { phone: input.phone })) === 0) {
    const passwordHash = await hashPassword(input.password);
    try {
      return await ctx.transact(({ em }) => {
        const user = em.create(User, { phone: input.phone, name: input.name.trim(), passwordHash, ...consent });
        const { token, session } = createSession(em, user.id, ctx.services.config.SESSION_DAYS, ctx.now());
        return { token, user, sessionId: session.id };
      });
    } catch (err) {
      // Signed up by someone else a moment ago: answered as a registered phone.
      if (!(err instanceof UniqueConstraintViolationException)) throw err;
    }
  }
  const existing = await checkPassword(ctx, input.phone, input.password);
  if (!existing) throw badInput({ phone: PHONE_NOT_AVAILABLE });
  return startSession(ctx, existing, consent);
}

/**
 * Records the signed-in person's consent to the privacy notice, which must be the current version,
 * with the time. Consenting again to the version already recorded keeps its first time.
 */
export async function consentToPrivacyNotice(ctx: Context, version: string): Promise<User> {
  const session = ctx.session;
  if (!session) throw unauthenticated();
  if (version !== PRIVACY_NOTICE_VERSION) throw badInput({ version: STALE_NOTICE });
  await ctx.transact(({ em }) =>
    em.nativeUpdate(
      User,
      { id: session.userId, $or: [{ privacyNoticeVersion: null }, { privacyNoticeVersion: { $ne: version } }] },
      { privacyNoticeVersion: version, privacyConsentAt: ctx.now() },
    ),
  );
  return ctx.em.findOneOrFail(User, session.userId, { refresh: true });
}

export async function signIn(ctx: Context, input: SignInInput): Promise<Signed> {
  const user = await checkPassword(ctx, input.phone, input.password);
  if (!user) throw unauthenticated('Wrong phone number or password');
  return startSession(ctx, user);
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

/** Ends every session of the signed-in person but this one; returns how many ended. */
export async function signOutEverywhere(ctx: Context): Promise<number> {
  const session = ctx.session;
  if (!session) throw unauthenticated();
  return ctx.transact((tx) => revokeSessions(tx, session.userId, session.sessionId));
}

/**
 * A new password for the signed-in person, given the current one (checked under the sign-in
 * limits): every other session ends. Returns how many ended.
 */
export async function changePassword(ctx: Context, input: ChangePasswordInput): Promise<number> {
  const session = ctx.session;
  if (!session) throw unauthenticated();
  const me = await ctx.em.findOneOrFail(User, session.userId);
  assertGoodPassword('newPassword', input.newPassword, me.phone);
  if (input.newPassword === input.currentPassword) throw badInput({ newPassword: 'must differ from the current password' });
  const user = await checkPassword(ctx, me.phone, input.currentPassword);
  if (!user) throw badInput({ currentPassword: 'is wrong' });
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.transact(async (tx) => {
    // Conditional on the hash that was checked: of two changes at once, the second is refused.
    const changed = await tx.em.nativeUpdate(User, { id: user.id, passwordHash: user.passwordHash }, { passwordHash });
    if (!changed) throw conflict('The password was changed meanwhile');
    return revokeSessions(tx, user.id, session.sessionId);
  });
}

/** An 8-digit code, read out to the resident. */
function newResetCode(): string {
  return String(randomInt(0, 100_000_000)).padStart(8, '0');
}

/**
 * A one-time reset code for a verified resident of a community, issued in person by its
 * residents' committee (a member or grid worker; platform admins too). Issuing ends any earlier
 * code of that person. The code is shown once; only its hash is kept.
 */
export async function issuePasswordResetCode(ctx: Context, residencyId: string): Promise<{ code: string; expiresAt: Date; user: User }> {
  const actorId = requireUser(await ctx.access());
  const residency = await ctx.em.findOne(Residency, keyOf(residencyId, 'Residency', 'residencyId'), { populate: ['user', 'community'] });
  if (!residency) throw notFound('Residency');
  const communityId = residency.community.id;
  authorize(residencyPolicy.canVerify(await ctx.access(), communityId), "Only the residents' committee issues reset codes");
  if (!residency.verified) throw badInput({ residencyId: 'is not verified: verify the resident first' });
  const user = residency.user.$;
  if (user.id === actorId) throw badInput({ residencyId: 'is your own: change your password instead' });
  if (user.isPlatformAdmin) throw forbidden("A platform administrator's password is not reset by a committee");
  await ctx.services.rateLimits.resetCodeIssued(actorId);

  const code = newResetCode();
  const codeHash = await hashPassword(code);
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + RESET_CODE_MINUTES * 60_000);
  return ctx.transact(async (tx) => {
    // One issue at a time per person (the account's row is the lock), so a newer code always ends
    // the older: two members issuing at once leave one live code.
    await tx.em.execute(`SELECT 1 FROM users WHERE id = ? FOR UPDATE`, [user.id]);
    await tx.em.nativeUpdate(PasswordResetCode, { user: user.id, usedAt: null, expiresAt: { $gt: now } }, { expiresAt: now });
    tx.em.create(PasswordResetCode, { user: user.id, community: communityId, issuedBy: actorId, codeHash, createdAt: now, expiresAt });
    const committees = await organizationIdsOfKind(tx.em, communityId, OrganizationKind.RESIDENTS_COMMITTEE);
    emit(tx, {
      type: 'resetCode.issued',
      communityId,
      subject: { type: 'User', id: user.id },
      data: { userName: user.name, expiresAt: expiresAt.toISOString() },
      audience: { organizationIds: committees, userIds: [user.id] },
      // Told to the resident, who learns at once if someone else asked for their account.
      notify: { userIds: [user.id], title: `居委会为你签发了一次性密码重置码，${RESET_CODE_MINUTES}分钟内有效；如非本人申请，请联系居委会` },
    });
    return { code, expiresAt, user };
  });
}

const WRONG_CODE = 'is wrong, expired or already used';

/**
 * Sets a new password with a committee's reset code. The code is used once; every session of the
 * account ends. A wrong phone and a wrong code get the same answer, in the same time.
 */
export async function resetPassword(ctx: Context, input: ResetPasswordInput): Promise<void> {
  assertGoodPassword('newPassword', input.newPassword, input.phone);
  const { rateLimits } = ctx.services;
  await rateLimits.resetAttempt(ctx.transport.ip);
  const now = ctx.now();
  const user = await ctx.em.findOne(User, { phone: input.phone });
  const live = { usedAt: null, expiresAt: { $gt: now }, failedAttempts: { $lt: RESET_CODE_MAX_FAILURES } };
  const row = user ? await ctx.em.findOne(PasswordResetCode, { user: user.id, ...live }, { orderBy: { createdAt: 'desc' } }) : null;
  const ok = row ? await argon2.verify(row.codeHash, input.code) : (await argon2.verify(await DUMMY_HASH, input.code), false);
  if (!user || !row || !ok) {
    if (row) await ctx.em.execute(`UPDATE password_reset_codes SET failed_attempts = failed_attempts + 1 WHERE id = ?`, [row.id]);
    throw badInput({ code: WRONG_CODE });
  }
  await rateLimits.resetCodeAccepted(ctx.transport.ip);
  const passwordHash = await hashPassword(input.newPassword);
  await transact(ctx.em, ctx.services.bus, user.id, async (tx) => {
    // Used once: of two resets with one code at the same moment, one wins.
    const used = await tx.em.nativeUpdate(PasswordResetCode, { id: row.id, ...live }, { usedAt: now });
    if (!used) throw badInput({ code: WRONG_CODE });
    await tx.em.nativeUpdate(User, { id: user.id }, { passwordHash });
    const ended = await revokeSessions(tx, user.id);
    const communityId = row.community.id;
    emit(tx, {
      type: 'password.reset',
      communityId,
      subject: { type: 'User', id: user.id },
      data: { userName: user.name, sessionsEnded: ended },
      audience: { organizationIds: await organizationIdsOfKind(tx.em, communityId, OrganizationKind.RESIDENTS_COMMITTEE), userIds: [user.id] },
    });
  }, now);
}
