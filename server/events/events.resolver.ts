import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../core/context.js';
import { PageArgs } from '../core/pagination.js';
import { NodeInterface } from '../core/node.js';
import { UserType } from '../accounts/index.js';
import { CommunityType } from '../communities/index.js';
import type { DomainEvent } from './domain-event.entity.js';
import { Notification } from './notification.entity.js';
import { DomainEventConnection, DomainEventType, EventOrder, NotificationConnection, NotificationType } from './event.types.js';
import { MarkNotificationsReadInput } from './events.inputs.js';
import * as events from './events.service.js';

@ArgsType()
class EventsArgs extends PageArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field(() => ID, { nullable: true, description: 'Only the events of this subject (an issue, a meeting…).' })
  subjectId?: string | null;

  @Field(() => EventOrder, { nullable: true, defaultValue: EventOrder.NEWEST_FIRST, description: 'Newest first by default.' })
  order?: EventOrder;
}

@ArgsType()
class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only unread ones.' })
  unreadOnly?: boolean | null;
}

@ArgsType()
class CommunityEventsArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field(() => String, { nullable: true, description: 'Resume after this event cursor: replayed first, then live. Omitted: from now.' })
  after?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only these types; `issue.*` takes a whole module.' })
  types?: string[] | null;
}

@ArgsType()
class NotificationAddedArgs {
  @Field(() => String, { nullable: true, description: 'Resume after this notification cursor. Omitted: from now.' })
  after?: string | null;
}

@Resolver(() => DomainEventType)
export class DomainEventResolver {
  @Query(() => DomainEventConnection, { description: 'The audit trail of a community: the events the viewer may see.' })
  async events(@Args(() => EventsArgs) args: EventsArgs, @Ctx() ctx: Context): Promise<DomainEventConnection> {
    const page = await events.listEvents(ctx, { ...args, order: args.order === EventOrder.OLDEST_FIRST ? 'asc' : 'desc' });
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: DomainEventType.from(e.node) })) };
  }

  @FieldResolver(() => UserType, { nullable: true, description: "Who did it; null for the system, a secret act, or a person the viewer may not see (an issue's reporter, to other residents)." })
  async actor(@Root() e: DomainEventType, @Ctx() ctx: Context): Promise<UserType | null> {
    const actor = e.entity.actor;
    if (!actor) return null;
    const { subjectType, subjectId } = e.entity;
    const rule = subjectType ? ctx.services.actorRules[subjectType] : undefined;
    if (rule && subjectId && !(await rule(ctx, subjectId, actor.id))) return null;
    return UserType.from(await actor.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => CommunityType, { description: 'Where it happened.' })
  async community(@Root() e: DomainEventType): Promise<CommunityType> {
    return CommunityType.from(await e.entity.community.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => NodeInterface, { nullable: true, description: 'What changed; null when it is gone or the viewer may not see it.' })
  async subject(@Root() e: DomainEventType, @Ctx() ctx: Context): Promise<object | null> {
    const { subjectType, subjectId } = e.entity;
    const load = subjectType ? ctx.services.nodes[subjectType] : undefined;
    return load && subjectId ? load(ctx, subjectId) : null;
  }

  @Subscription(() => DomainEventType, {
    description: 'Everything the viewer may see happen in one community: the live board.',
    subscribe: ({ args, context }) => events.subscribeEvents(context as Context, args as CommunityEventsArgs) as never,
  })
  communityEvents(@Root() event: DomainEvent, @Args(() => CommunityEventsArgs) _args: CommunityEventsArgs, @Ctx() ctx: Context): DomainEventType {
    ctx.renew();
    return DomainEventType.from(event);
  }
}

@Resolver(() => NotificationType)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: "The viewer's notifications, newest first." })
  async notifications(@Args(() => NotificationsArgs) args: NotificationsArgs, @Ctx() ctx: Context): Promise<NotificationConnection> {
    const page = await events.listNotifications(ctx, args);
    return {
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: NotificationType.from(e.node) })),
      pageInfo: page.pageInfo,
      unreadCount: await events.unreadCountOf(ctx),
      streamCursor: page.streamCursor,
    };
  }

  @FieldResolver(() => DomainEventType, { description: 'What happened.' })
  async event(@Root() n: NotificationType): Promise<DomainEventType> {
    return DomainEventType.from(await n.entity.event.loadOrFail({ dataloader: true }));
  }

  @Mutation(() => Int, { description: 'Marks the viewer\'s notifications read; returns how many changed.' })
  async markNotificationsRead(@Arg('input', () => MarkNotificationsReadInput) input: MarkNotificationsReadInput, @Ctx() ctx: Context): Promise<number> {
    return events.markNotificationsRead(ctx, input.ids);
  }

  @Subscription(() => NotificationType, {
    description: "The viewer's own notifications.",
    subscribe: ({ args, context }) => events.subscribeNotifications(context as Context, args as NotificationAddedArgs) as never,
  })
  notificationAdded(@Root() n: Notification, @Args(() => NotificationAddedArgs) _args: NotificationAddedArgs, @Ctx() ctx: Context): NotificationType {
    ctx.renew();
    return NotificationType.from(n);
  }
}

export const eventNodes = {
  DomainEvent: async (ctx: Context, key: string) => {
    const e = await events.loadVisibleEvent(ctx, key);
    return e ? DomainEventType.from(e) : null;
  },
  Notification: async (ctx: Context, key: string) => {
    if (!ctx.userId || !/^\d{1,18}$/.test(key)) return null;
    const [n] = await ctx.em.find(Notification, { id: key, user: ctx.userId });
    return n ? NotificationType.from(n) : null;
  },
};
