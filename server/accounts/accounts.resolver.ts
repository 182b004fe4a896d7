import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { CookieOptions } from 'express';
import type { Context } from '../core/context.js';
import { AuthPayload, ChangePasswordInput, PasswordResetCodeType, PrivacyConsentType, PrivacyNoticeType, ResetPasswordInput, SignInInput, SignUpInput } from './auth.types.js';
import { PRIVACY_NOTICE_VERSION } from './privacy.js';
import { UserType } from './user.type.js';
import { User } from './user.entity.js';
import * as accounts from './accounts.service.js';
import { SESSION_COOKIE } from './session.service.js';
import { MembershipType, ResidencyType, visibleResidencies } from '../communities/index.js';

function setSessionCookie(ctx: Context, token: string | null): void {
  const res = ctx.transport.res;
  if (!res) return;
  const options: CookieOptions = {
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.services.config.NODE_ENV === 'production',
    path: '/',
  };
  if (token) res.cookie(SESSION_COOKIE, token, { ...options, maxAge: ctx.services.config.SESSION_DAYS * 86_400_000 });
  else res.clearCookie(SESSION_COOKIE, options);
}

@Resolver(() => UserType)
export class AccountsResolver {
  @Query(() => UserType, { nullable: true, description: 'The signed-in person, or null.' })
  async me(@Ctx() ctx: Context): Promise<UserType | null> {
    if (!ctx.userId) return null;
    // The row the session's statement read: no EntityManager unless a field asks for the entity.
    const row = ctx.viewerRow;
    if (row) {
      const userId = ctx.userId;
      return UserType.lazy(userId, row.name as string, () => ctx.em.getReference(User, userId));
    }
    const user = await ctx.em.findOne(User, ctx.userId);
    return user ? UserType.from(user) : null;
  }

  @Query(() => PrivacyNoticeType, { description: 'The privacy notice every account consents to; no session needed.' })
  privacyNotice(): PrivacyNoticeType {
    return { version: PRIVACY_NOTICE_VERSION };
  }

  @Mutation(() => AuthPayload, {
    description:
      'Creates an account and signs it in, with consent to the privacy notice when `privacyNoticeVersion` is given (else none is recorded: see `consentToPrivacyNotice`). A registered phone with that account\'s password signs in (the same answer as for a new phone); with another password it is BAD_USER_INPUT on `phone`, counted like a failed sign-in. Weak passwords are refused on `password`.',
  })
  async signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    const { token, user, sessionId } = await accounts.signUp(ctx, input);
    setSessionCookie(ctx, token);
    ctx.signedInAs({ sessionId, userId: user.id });
    return { token, user: UserType.from(user) };
  }

  @Mutation(() => UserType, {
    description:
      "Records the signed-in person's consent to the privacy notice with the time; `version` must be the current `privacyNotice { version }`, else BAD_USER_INPUT on `version`. Consenting again to the recorded version changes nothing. Returns the person.",
  })
  async consentToPrivacyNotice(@Arg('version', () => String) version: string, @Ctx() ctx: Context): Promise<UserType> {
    return UserType.from(await accounts.consentToPrivacyNotice(ctx, version));
  }

  @Mutation(() => AuthPayload, { description: 'Signs in with phone and password; rate-limited per address and per account.' })
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    const { token, user, sessionId } = await accounts.signIn(ctx, input);
    setSessionCookie(ctx, token);
    ctx.signedInAs({ sessionId, userId: user.id });
    return { token, user: UserType.from(user) };
  }

  @Mutation(() => Boolean, { description: 'Ends the current session everywhere: its token stops working and its sockets close with 4403.' })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    await accounts.signOut(ctx);
    setSessionCookie(ctx, null);
    return true;
  }

  @Mutation(() => Int, { description: 'Ends every other session of the signed-in person (other devices and browsers; this one stays): their tokens stop working and their live streams end (sockets closed with 4403). Returns how many ended.' })
  async signOutEverywhere(@Ctx() ctx: Context): Promise<number> {
    return accounts.signOutEverywhere(ctx);
  }

  @Mutation(() => Int, {
    description:
      'Changes the signed-in person\'s password (the current one is checked under the sign-in limits; the new one follows the sign-up rule). Every other session ends, with its live streams. Returns how many ended.',
  })
  async changePassword(@Arg('input', () => ChangePasswordInput) input: ChangePasswordInput, @Ctx() ctx: Context): Promise<number> {
    return accounts.changePassword(ctx, input);
  }

  @Mutation(() => PasswordResetCodeType, {
    description:
      "Issues a one-time password reset code for a verified resident, to give them in person (a member or grid worker of the community's residents' committee, or a platform admin). Valid 15 minutes, once, burnt after 5 wrong tries; an earlier code of the person stops working. Recorded as a `resetCode.issued` event; the resident is notified.",
  })
  async issuePasswordResetCode(@Arg('residencyId', () => ID) residencyId: string, @Ctx() ctx: Context): Promise<PasswordResetCodeType> {
    const { code, expiresAt, user } = await accounts.issuePasswordResetCode(ctx, residencyId);
    return { code, expiresAt, user: UserType.from(user) };
  }

  @Mutation(() => Boolean, {
    description:
      "Sets a new password with a reset code from the residents' committee; no session needed. Every session of the account ends. A wrong phone or code is BAD_USER_INPUT on `code`; rate-limited per address.",
  })
  async resetPassword(@Arg('input', () => ResetPasswordInput) input: ResetPasswordInput, @Ctx() ctx: Context): Promise<boolean> {
    await accounts.resetPassword(ctx, input);
    return true;
  }

  @FieldResolver(() => PrivacyConsentType, {
    nullable: true,
    description:
      "The person's consent to the privacy notice, seen by the person only (null for anyone else). Null when they have not consented (an account created without `privacyNoticeVersion`); compare its version with `privacyNotice { version }`.",
  })
  privacyConsent(@Root() user: UserType, @Ctx() ctx: Context): PrivacyConsentType | null {
    if (user.redacted) return null;
    const { privacyNoticeVersion, privacyConsentAt } = user.entity;
    if (ctx.userId !== user.entity.id || !privacyNoticeVersion || !privacyConsentAt) return null;
    return { version: privacyNoticeVersion, at: privacyConsentAt };
  }

  @FieldResolver(() => [MembershipType], { description: 'Seats in organizations.' })
  async memberships(@Root() user: UserType): Promise<MembershipType[]> {
    if (user.redacted) return [];
    const rows = await user.entity.memberships.load({ dataloader: true });
    return rows.getItems().map(MembershipType.from);
  }

  @FieldResolver(() => [ResidencyType], { description: 'Where the person lives: seen by the person, platform admins and the residents\' committee of each community.' })
  async residencies(@Root() user: UserType, @Ctx() ctx: Context): Promise<ResidencyType[]> {
    if (user.redacted) return [];
    const rows = await user.entity.residencies.load({ dataloader: true });
    return visibleResidencies(await ctx.access(), rows.getItems()).map(ResidencyType.from);
  }
}
