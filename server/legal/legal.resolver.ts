import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context.js';
import { UserType } from '../accounts/index.js';
import { CommunityType } from '../communities/index.js';
import { LegalSeat } from './legal.entity.js';
import { LegalSeatType } from './legal.types.js';
import { AppointLegalSeatInput, LegalSeatRefInput, UpdateLegalSeatInput } from './legal.inputs.js';
import { seatPolicy, type ViewerSeats } from './legal.policy.js';
import { LegalSeatAction } from './legal.actions.js';
import { seatsOfCommunity, seatsOfUser } from './legal.queries.js';
import * as service from './legal.service.js';

const UUID = /^[0-9a-f-]{36}$/;

/** The viewer's seats of public legal services, read once per request. */
export function viewerSeats(ctx: Context): Promise<ViewerSeats> {
  return ctx.loader<string, ViewerSeats>('legalViewerSeats', async (keys) => {
    const seats = await seatsOfUser(ctx.em, ctx.userId);
    return keys.map(() => seats);
  }).load('viewer');
}

@Resolver(() => LegalSeatType)
export class LegalSeatResolver {
  @FieldResolver(() => UserType, { description: 'Who holds it (a name, never a phone).' })
  async holder(@Root() s: LegalSeatType): Promise<UserType> {
    return UserType.from(await s.entity.user.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => CommunityType, { description: 'Its community.' })
  async community(@Root() s: LegalSeatType): Promise<CommunityType> {
    return CommunityType.from(await s.entity.community.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => [LegalSeatAction], { description: 'What the viewer may do with it now.' })
  async viewerActions(@Root() s: LegalSeatType, @Ctx() ctx: Context): Promise<LegalSeatAction[]> {
    const a = await ctx.access();
    const facts = { communityId: s.entity.community.id, userId: s.entity.user.id };
    const out: LegalSeatAction[] = [];
    if (seatPolicy.canUpdate(a, facts)) out.push(LegalSeatAction.UPDATE);
    if (seatPolicy.canVacate(a, facts)) out.push(LegalSeatAction.VACATE);
    return out;
  }

  @Mutation(() => LegalSeatType, { description: "设置社区民警 / 法律顾问: gives a person a seat of public legal services in a community (the community's administrators); shown in `Community.legalSeats`." })
  async appointLegalSeat(@Arg('input', () => AppointLegalSeatInput) input: AppointLegalSeatInput, @Ctx() ctx: Context): Promise<LegalSeatType> {
    return LegalSeatType.from(await service.appointLegalSeat(ctx, input));
  }

  @Mutation(() => LegalSeatType, { description: "Changes what the directory shows of a seat (office hours, introduction): its holder and the community's administrators." })
  async updateLegalSeat(@Arg('input', () => UpdateLegalSeatInput) input: UpdateLegalSeatInput, @Ctx() ctx: Context): Promise<LegalSeatType> {
    return LegalSeatType.from(await service.updateLegalSeat(ctx, input));
  }

  @Mutation(() => LegalSeatType, { description: "Takes a seat away (the community's administrators). Returns the seat as it was." })
  async vacateLegalSeat(@Arg('input', () => LegalSeatRefInput) input: LegalSeatRefInput, @Ctx() ctx: Context): Promise<LegalSeatType> {
    return LegalSeatType.from(await service.vacateLegalSeat(ctx, input.seatId));
  }
}

@Resolver(() => CommunityType)
export class CommunityLegalResolver {
  @FieldResolver(() => [LegalSeatType], {
    description: '一社区一民警一律师: its police officer and legal advisers, as the directory shows them (name, office hours, how to reach them in the app), the police officer first. Seen by whoever belongs to the community (verified residents, members of its organizations) and admins; empty for others.',
  })
  async legalSeats(@Root() c: CommunityType, @Ctx() ctx: Context): Promise<LegalSeatType[]> {
    if (!seatPolicy.canSeeDirectory(await ctx.access(), c.entity.id)) return [];
    return (await seatsOfCommunity(ctx.em, c.entity.id)).map(LegalSeatType.from);
  }
}

export const legalNodes = {
  LegalSeat: async (ctx: Context, key: string) => {
    if (!ctx.userId || !UUID.test(key)) return null;
    const s = await ctx.em.findOne(LegalSeat, key);
    if (!s) return null;
    const a = await ctx.access();
    return seatPolicy.canSee(a, { communityId: s.community.id, userId: s.user.id }) ? LegalSeatType.from(s) : null;
  },
};
