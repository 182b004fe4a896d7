import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { CookieOptions } from 'express';
import type { Context } from '../core/context.js';
import { AuthPayload, SignInInput, SignUpInput } from './auth.types.js';
import { UserType } from './user.type.js';
import { User } from './user.entity.js';
import * as accounts from './accounts.service.js';
import { SESSION_COOKIE } from './session.service.js';
import { MembershipType, ResidencyType } from '../communities/community.types.js';
import { visibleResidencies } from '../communities/community.policy.js';

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
    const user = await ctx.em.findOne(User, ctx.userId);
    return user ? UserType.from(user) : null;
  }

  @Mutation(() => AuthPayload, { description: 'Creates an account and signs it in.' })
  async signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    const { token, user, sessionId } = await accounts.signUp(ctx, input);
    setSessionCookie(ctx, token);
    ctx.signedInAs({ sessionId, userId: user.id });
    return { token, user: UserType.from(user) };
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

  @FieldResolver(() => [MembershipType], { description: 'Seats in organizations.' })
  async memberships(@Root() user: UserType): Promise<MembershipType[]> {
    const rows = await user.entity.memberships.load({ dataloader: true });
    return rows.getItems().map(MembershipType.from);
  }

  @FieldResolver(() => [ResidencyType], { description: 'Where the person lives: seen by the person, platform admins and the residents\' committee of each community.' })
  async residencies(@Root() user: UserType, @Ctx() ctx: Context): Promise<ResidencyType[]> {
    const rows = await user.entity.residencies.load({ dataloader: true });
    return visibleResidencies(await ctx.access(), rows.getItems()).map(ResidencyType.from);
  }
}
