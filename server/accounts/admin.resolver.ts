import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../core/context.js';
import { AccountConnection, AccountType, AccountsArgs, RevokeSessionsInput } from './admin.types.js';
import * as admin from './admin.service.js';

@Resolver(() => AccountType)
export class AccountAdminResolver {
  @Query(() => AccountConnection, { description: 'Every account, newest first (platform admins): `search` is part of a name or a whole phone number. The staff of a governance center above communities find one person by their whole phone number only.' })
  async accounts(@Args(() => AccountsArgs) args: AccountsArgs, @Ctx() ctx: Context): Promise<AccountConnection> {
    return Object.assign(new AccountConnection(), await admin.listAccounts(ctx, args));
  }

  @Mutation(() => AccountType, { description: "Ends every session of a person (platform admins; not one's own): their tokens stop working and their sockets close with 4403." })
  async revokeSessions(@Arg('input', () => RevokeSessionsInput) input: RevokeSessionsInput, @Ctx() ctx: Context): Promise<AccountType> {
    return admin.revokeSessions(ctx, input);
  }
}
