import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context.js';
import { CommunityType } from '../communities/index.js';
import { disputePolicy } from './dispute.policy.js';
import { MEDIATION_DAYS } from './dispute.state.js';
import { DisputeSettings } from './settings.entity.js';
import { DisputeSettingsType } from './settings.types.js';
import { SetMediationDaysInput } from './settings.inputs.js';
import { setMediationDays } from './settings.service.js';

const typeOf = (communityId: string, s: DisputeSettings | null) =>
  Object.assign(new DisputeSettingsType(), { communityId, mediationDays: s?.mediationDays ?? MEDIATION_DAYS, isDefault: !s, updatedAt: s?.updatedAt ?? null });

@Resolver(() => DisputeSettingsType)
export class DisputeSettingsResolver {
  @Mutation(() => DisputeSettingsType, {
    description: "设置调解期限: the days a community gives mediation, 1 to 90 (BAD_USER_INPUT otherwise); its residents' committee and administrators. Running deadlines keep theirs.",
  })
  async setMediationDays(@Arg('input', () => SetMediationDaysInput) input: SetMediationDaysInput, @Ctx() ctx: Context): Promise<DisputeSettingsType> {
    const s = await setMediationDays(ctx, input);
    return typeOf(s.communityId, s);
  }

  @FieldResolver(() => Boolean, { description: 'The viewer may change it (`setMediationDays`).' })
  async viewerCanChange(@Root() s: DisputeSettingsType, @Ctx() ctx: Context): Promise<boolean> {
    return disputePolicy.canConfigure(await ctx.access(), s.communityId);
  }
}

@Resolver(() => CommunityType)
export class CommunityDisputeSettingsResolver {
  @FieldResolver(() => DisputeSettingsType, { description: 'Its dispute settings (the mediation days).' })
  async disputeSettings(@Root() c: CommunityType, @Ctx() ctx: Context): Promise<DisputeSettingsType> {
    return typeOf(c.entity.id, await ctx.em.findOne(DisputeSettings, { communityId: c.entity.id }));
  }
}
