import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { IsOptional, MaxLength } from 'class-validator';
import { MAX_LENGTH } from '../../common/limits.js';
import { PageArgs, connectionTypes } from '../core/pagination.js';
import { toGlobalId } from '../core/ids.js';
import { UserType } from './user.type.js';
import type { User } from './user.entity.js';

/** 139****0001: enough to tell two accounts apart, not to call the person. */
export function maskPhone(phone: string): string {
  return phone.length > 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

@ObjectType('Account', { description: 'An account as platform admins see it: the phone masked, its sessions counted.' })
export class AccountType {
  @Field(() => ID, { description: "The person's global ID (a User)." })
  id!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field({ description: 'The phone number masked: 139****0001.' })
  maskedPhone!: string;

  @Field({ description: 'A platform admin.' })
  isPlatformAdmin!: boolean;

  @Field(() => GraphQLDateTime, { description: 'When the account was created.' })
  createdAt!: Date;

  @Field(() => Int, { description: 'Sessions neither revoked nor expired.' })
  liveSessions!: number;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the latest session began (a sign-in or sign-up).' })
  lastSignInAt!: Date | null;

  @Field(() => UserType, { description: 'The person.' })
  user!: UserType;

  static from(this: void, u: User, sessions: { live: number; last: Date | null }): AccountType {
    return Object.assign(new AccountType(), {
      id: toGlobalId('User', u.id),
      name: u.name,
      maskedPhone: maskPhone(u.phone),
      isPlatformAdmin: u.isPlatformAdmin,
      createdAt: u.createdAt,
      liveSessions: sessions.live,
      lastSignInAt: sessions.last,
      user: UserType.from(u),
    });
  }
}

export const { ConnectionType: AccountConnection } = connectionTypes('Account', AccountType, { totalCount: true });
export type AccountConnection = InstanceType<typeof AccountConnection>;

@ArgsType()
export class AccountsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of a name, or a whole 11-digit phone number.' })
  @IsOptional()
  @MaxLength(MAX_LENGTH.account.search)
  search?: string | null;
}

@InputType('RevokeSessionsInput', { description: "Ends every session of a person (platform admins; not one's own)." })
export class RevokeSessionsInput {
  @Field(() => ID, { description: 'The person (a User).' })
  userId!: string;
}
