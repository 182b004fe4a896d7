import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { createPubSub } from '@graphql-yoga/subscription';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { NodeResolver } from './node.resolver.js';
import { AccountsResolver } from '../accounts/accounts.resolver.js';
import { AccountAdminResolver } from '../accounts/admin.resolver.js';
import { communityResolvers } from '../communities/index.js';
import { DomainEventResolver, NotificationResolver } from '../events/events.resolver.js';
import { IssueCommentResolver, IssueResolver } from '../issues/issues.resolver.js';
import { meetingResolvers } from '../meetings/index.js';
import { volunteerResolvers } from '../volunteers/index.js';
import { covenantResolvers } from '../covenants/index.js';

export const resolvers = [
  NodeResolver,
  AccountsResolver,
  AccountAdminResolver,
  ...communityResolvers,
  DomainEventResolver,
  NotificationResolver,
  IssueResolver,
  IssueCommentResolver,
  ...volunteerResolvers,
  ...meetingResolvers,
  ...covenantResolvers,
] as const;

let cached: Promise<GraphQLSchema> | null = null;

/** The schema, built once per process (type-graphql's metadata is global). */
export function appSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    validate: { forbidUnknownValues: false },
    // type-graphql insists on a PubSub once any subscription exists. Ours never publish to it:
    // every subscription has its own `subscribe` that reads the event table (events/live.ts).
    pubSub: createPubSub(),
  });
  return cached;
}

/** The SDL committed as schema/schema.graphql: sorted, so it changes only when the API does. */
export async function printAppSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await appSchema())) + '\n';
}
