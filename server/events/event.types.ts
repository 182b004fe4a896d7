import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { NodeInterface } from '../core/node.js';
import { toGlobalId } from '../core/ids.js';
import { edgeType, PageInfo } from '../core/pagination.js';
import { cursorOf } from './event-feed.js';
import type { DomainEvent } from './domain-event.entity.js';
import type { Notification } from './notification.entity.js';

export enum EventOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
}
registerEnumType(EventOrder, {
  name: 'EventOrder',
  description: 'Which end of the stream a page starts from.',
  valuesConfig: {
    NEWEST_FIRST: { description: 'Newest first; `after` pages towards older events. The first edge\'s cursor is where a subscription continues.' },
    OLDEST_FIRST: { description: 'Oldest first, as a thread or a log reads.' },
  },
});

@ObjectType('DomainEvent', { implements: NodeInterface, description: 'One change, as the stream, the audit trail and notifications record it.' })
export class DomainEventType extends NodeInterface {
  @Field({ description: 'Opaque, ordered: pass it as `after` to resume.' })
  cursor!: string;

  @Field({ description: 'Dotted name such as issue.dispatched, meeting.notesEdited, task.claimed.' })
  type!: string;

  @Field(() => GraphQLDateTime, { description: 'When it happened.' })
  occurredAt!: Date;

  @Field(() => GraphQLJSONObject, { description: 'What changed, with before/after values where a field changed.' })
  data!: Record<string, unknown>;

  entity!: DomainEvent;

  static from(this: void, e: DomainEvent): DomainEventType {
    return Object.assign(new DomainEventType(), {
      id: toGlobalId('DomainEvent', e.id),
      cursor: cursorOf(e as { xid?: string; id: string }),
      type: e.type,
      occurredAt: e.occurredAt,
      data: e.data,
      entity: e,
    });
  }
}

export const DomainEventEdge = edgeType('DomainEvent', DomainEventType);

@ObjectType('DomainEventConnection', { description: 'A page of events.' })
export class DomainEventConnection {
  @Field(() => [DomainEventEdge], { description: 'The items of this page.' })
  edges!: InstanceType<typeof DomainEventEdge>[];

  @Field(() => PageInfo, { description: 'Where this page stands.' })
  pageInfo!: PageInfo;

  @Field({ description: 'Pass as `after` to a subscription to receive everything newer than what this page could see: no gap, even when the page is empty.' })
  streamCursor!: string;
}

@ObjectType('Notification', { implements: NodeInterface, description: 'An event told to the viewer.' })
export class NotificationType extends NodeInterface {
  @Field({ description: 'A line to show (zh-CN); clients may render the event instead.' })
  title!: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the viewer marked it read.' })
  readAt!: Date | null;

  @Field(() => GraphQLDateTime, { description: 'When it was made.' })
  createdAt!: Date;

  @Field({ description: "Its position in the viewer's stream: pass it as `after` to notificationAdded to resume." })
  cursor!: string;

  entity!: Notification;

  static from(this: void, n: Notification): NotificationType {
    return Object.assign(new NotificationType(), {
      id: toGlobalId('Notification', n.id),
      title: n.title,
      readAt: n.readAt ?? null,
      createdAt: n.createdAt,
      cursor: cursorOf(n as { xid?: string; id: string }),
      entity: n,
    });
  }
}

export const NotificationEdge = edgeType('Notification', NotificationType);

@ObjectType('NotificationConnection', { description: "A page of the viewer's notifications, newest first." })
export class NotificationConnection {
  @Field(() => [NotificationEdge], { description: 'The items of this page, newest first.' })
  edges!: InstanceType<typeof NotificationEdge>[];

  @Field(() => PageInfo, { description: 'Where this page stands.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Unread notifications in all.' })
  unreadCount!: number;

  @Field({ description: 'Pass as `after` to notificationAdded to receive every newer notification: no gap, even when the page is empty.' })
  streamCursor!: string;
}
