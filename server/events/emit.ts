import type { Transaction } from '../core/transaction.js';
import { sqlArray } from '../core/sql.js';
import { DomainEvent } from './domain-event.entity.js';
import { Notification } from './notification.entity.js';
import type { Audience, EventCatalog, EventType, Subject } from './events.catalog.js';

export interface EmitInput<K extends EventType> {
  type: K;
  communityId: string;
  subject?: Subject;
  data: EventCatalog[K];
  audience: Audience;
  /** Record no actor: a secret act (a ballot), whose event must not say who did it. */
  anonymous?: boolean;
  /**
   * People to notify (the actor is never notified of their own act), with the title they see; a
   * list when groups see different titles (someone who is in two groups is told once, by the first).
   */
  notify?: Notify | Notify[];
}

export interface Notify {
  userIds: string[];
  title: string;
}

/** An event as its handlers receive it: what was emitted, and the row that records it. */
export interface EmittedEvent<K extends EventType> {
  type: K;
  communityId: string;
  subject?: Subject;
  data: EventCatalog[K];
  event: DomainEvent;
}

/** A module's reaction to an event, run in the emitting transaction (see `onEvent`). */
export type EventHandler<K extends EventType> = (tx: Transaction, event: EmittedEvent<K>) => Promise<void>;

const handlers = new Map<EventType, Set<EventHandler<never>>>();

/**
 * Registers `handler` for events of `type`, by the module that reacts (in its `index.ts`, so it is
 * registered whenever the module is part of the app). Every `emit` of that type then runs it in
 * the emitting transaction, after the unit of work's own steps (flushed first, so its SQL sees them)
 * and before the commit, in the order the events were emitted; it is awaited, may emit events of its
 * own (whose handlers run next), and its error rolls the whole transaction back. Registering the
 * same function twice is a no-op. Returns the function that removes it (for tests).
 */
export function onEvent<K extends EventType>(type: K, handler: EventHandler<K>): () => void {
  const set = handlers.get(type) ?? new Set();
  set.add(handler);
  handlers.set(type, set);
  return () => void set.delete(handler);
}

/** Up to this many notifications are written as entities; more in one bulk statement. */
const BULK = 50;

/**
 * Records an event in the transaction `tx` (with its notifications) and wakes every instance's
 * subscribers once it has committed. The only way modules write events.
 */
export function emit<K extends EventType>(tx: Transaction, input: EmitInput<K>): DomainEvent {
  const { em } = tx;
  // Each person once, with the title of the first group they are in; never the actor.
  const titleOf = new Map<string, string>();
  for (const group of [input.notify ?? []].flat()) {
    for (const id of group.userIds) if (id !== tx.actorId && !titleOf.has(id)) titleOf.set(id, group.title);
  }
  const notified = [...titleOf.keys()];
  const event = em.create(DomainEvent, {
    type: input.type,
    community: input.communityId,
    subjectType: input.subject?.type ?? null,
    subjectId: input.subject?.id ?? null,
    actor: input.anonymous ? null : tx.actorId,
    data: input.data as Record<string, unknown>,
    audiencePublic: input.audience.public ?? false,
    audienceOrgIds: [...new Set(input.audience.organizationIds ?? [])],
    audiencePrivate: input.audience.private ?? false,
    // Whoever is notified may also read the event the notification points at.
    audienceUserIds: [...new Set([...(input.audience.userIds ?? []), ...notified])],
    occurredAt: tx.now,
  });
  if (notified.length <= BULK) {
    for (const [userId, title] of titleOf) em.create(Notification, { user: userId, event, title, createdAt: tx.now });
  } else {
    // Telling a whole community (every owner when their vote opens): one statement, not thousands
    // of entities in the unit of work.
    const byTitle = new Map<string, string[]>();
    for (const [userId, title] of titleOf) {
      const group = byTitle.get(title);
      if (group) group.push(userId);
      else byTitle.set(title, [userId]);
    }
    tx.beforeCommit(async () => {
      await em.flush();
      for (const [title, userIds] of byTitle) {
        const users = sqlArray(userIds);
        await em.execute(`INSERT INTO notifications (user_id, event_id, title, created_at) SELECT unnest(${users.sql}), ?, ?, ?`, [...users.params, event.id, title, tx.now]);
      }
    });
  }
  const reactions = handlers.get(input.type);
  if (reactions?.size) {
    const emitted: EmittedEvent<K> = { type: input.type, communityId: input.communityId, subject: input.subject, data: input.data, event };
    const registered = [...reactions];
    tx.beforeCommit(async () => {
      await tx.em.flush();
      for (const handler of registered) await (handler as EventHandler<K>)(tx, emitted);
    });
  }
  const topics = [`community:${input.communityId}`, ...notified.map((u) => `user:${u}`)];
  if (input.subject) topics.push(`subject:${input.subject.id}`);
  tx.afterCommit(() => tx.bus.publish({ topics, eventIds: [event.id] }));
  return event;
}
