/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment Viewer on User {\n  id\n  name\n  residencies {\n    id\n    kind\n    verified\n    community {\n      id\n      name\n    }\n    unit {\n      id\n      number\n    }\n  }\n  memberships {\n    id\n    role\n    organization {\n      id\n      name\n      kind\n      community {\n        id\n        name\n      }\n    }\n  }\n}\n\nquery Me {\n  me {\n    ...Viewer\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    token\n    user {\n      ...Viewer\n    }\n  }\n}\n\nmutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    token\n    user {\n      ...Viewer\n    }\n  }\n}\n\nmutation SignOut {\n  signOut\n}": typeof types.ViewerFragmentDoc,
    "query Communities {\n  communities {\n    id\n    name\n    township\n    county\n    city\n  }\n}\n\nquery CommunityBuildings($id: ID!) {\n  community(id: $id) {\n    id\n    buildings {\n      id\n      name\n      units {\n        id\n        number\n        floorArea\n      }\n    }\n  }\n}\n\nmutation JoinCommunity($input: JoinCommunityInput!) {\n  joinCommunity(input: $input) {\n    id\n    kind\n    verified\n    community {\n      id\n      name\n    }\n    unit {\n      id\n      number\n    }\n  }\n}": typeof types.CommunitiesDocument,
    "query CommunityOrganizations($id: ID!) {\n  community(id: $id) {\n    id\n    name\n    organizations {\n      id\n      kind\n      name\n      level\n      members {\n        id\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n}": typeof types.CommunityOrganizationsDocument,
    "fragment BoardEvent on DomainEvent {\n  id\n  cursor\n  type\n  occurredAt\n  actor {\n    id\n    name\n  }\n  community {\n    id\n    name\n  }\n  data\n}\n\nquery CommunityEvents($communityId: ID!, $first: Int, $after: String) {\n  events(communityId: $communityId, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...BoardEvent\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nsubscription CommunityEventsLive($communityId: ID!, $after: String) {\n  communityEvents(communityId: $communityId, after: $after) {\n    ...BoardEvent\n  }\n}": typeof types.BoardEventFragmentDoc,
    "fragment NotificationItem on Notification {\n  id\n  title\n  readAt\n  createdAt\n  event {\n    id\n    type\n    actor {\n      id\n      name\n    }\n    community {\n      id\n      name\n    }\n    data\n  }\n}\n\nquery Notifications($first: Int) {\n  notifications(first: $first) {\n    unreadCount\n    edges {\n      cursor\n      node {\n        ...NotificationItem\n      }\n    }\n  }\n}\n\nsubscription NotificationAdded($after: String) {\n  notificationAdded(after: $after) {\n    ...NotificationItem\n  }\n}\n\nmutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n  markNotificationsRead(input: $input)\n}": typeof types.NotificationItemFragmentDoc,
};
const documents: Documents = {
    "fragment Viewer on User {\n  id\n  name\n  residencies {\n    id\n    kind\n    verified\n    community {\n      id\n      name\n    }\n    unit {\n      id\n      number\n    }\n  }\n  memberships {\n    id\n    role\n    organization {\n      id\n      name\n      kind\n      community {\n        id\n        name\n      }\n    }\n  }\n}\n\nquery Me {\n  me {\n    ...Viewer\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    token\n    user {\n      ...Viewer\n    }\n  }\n}\n\nmutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    token\n    user {\n      ...Viewer\n    }\n  }\n}\n\nmutation SignOut {\n  signOut\n}": types.ViewerFragmentDoc,
    "query Communities {\n  communities {\n    id\n    name\n    township\n    county\n    city\n  }\n}\n\nquery CommunityBuildings($id: ID!) {\n  community(id: $id) {\n    id\n    buildings {\n      id\n      name\n      units {\n        id\n        number\n        floorArea\n      }\n    }\n  }\n}\n\nmutation JoinCommunity($input: JoinCommunityInput!) {\n  joinCommunity(input: $input) {\n    id\n    kind\n    verified\n    community {\n      id\n      name\n    }\n    unit {\n      id\n      number\n    }\n  }\n}": types.CommunitiesDocument,
    "query CommunityOrganizations($id: ID!) {\n  community(id: $id) {\n    id\n    name\n    organizations {\n      id\n      kind\n      name\n      level\n      members {\n        id\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n}": types.CommunityOrganizationsDocument,
    "fragment BoardEvent on DomainEvent {\n  id\n  cursor\n  type\n  occurredAt\n  actor {\n    id\n    name\n  }\n  community {\n    id\n    name\n  }\n  data\n}\n\nquery CommunityEvents($communityId: ID!, $first: Int, $after: String) {\n  events(communityId: $communityId, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...BoardEvent\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nsubscription CommunityEventsLive($communityId: ID!, $after: String) {\n  communityEvents(communityId: $communityId, after: $after) {\n    ...BoardEvent\n  }\n}": types.BoardEventFragmentDoc,
    "fragment NotificationItem on Notification {\n  id\n  title\n  readAt\n  createdAt\n  event {\n    id\n    type\n    actor {\n      id\n      name\n    }\n    community {\n      id\n      name\n    }\n    data\n  }\n}\n\nquery Notifications($first: Int) {\n  notifications(first: $first) {\n    unreadCount\n    edges {\n      cursor\n      node {\n        ...NotificationItem\n      }\n    }\n  }\n}\n\nsubscription NotificationAdded($after: String) {\n  notificationAdded(after: $after) {\n    ...NotificationItem\n  }\n}\n\nmutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n  markNotificationsRead(input: $input)\n}": types.NotificationItemFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment Viewer on User {\n  id\n  name\n  residencies {\n    id\n    kind\n    verified\n    community {\n      id\n      name\n    }\n    unit {\n      id\n      number\n    }\n  }\n  memberships {\n    id\n    role\n    organization {\n      id\n      name\n      kind\n      community {\n        id\n        name\n      }\n    }\n  }\n}\n\nquery Me {\n  me {\n    ...Viewer\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    token\n    user {\n      ...Viewer\n    }\n  }\n}\n\nmutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    token\n    user {\n      ...Viewer\n    }\n  }\n}\n\nmutation SignOut {\n  signOut\n}"): (typeof documents)["fragment Viewer on User {\n  id\n  name\n  residencies {\n    id\n    kind\n    verified\n    community {\n      id\n      name\n    }\n    unit {\n      id\n      number\n    }\n  }\n  memberships {\n    id\n    role\n    organization {\n      id\n      name\n      kind\n      community {\n        id\n        name\n      }\n    }\n  }\n}\n\nquery Me {\n  me {\n    ...Viewer\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    token\n    user {\n      ...Viewer\n    }\n  }\n}\n\nmutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    token\n    user {\n      ...Viewer\n    }\n  }\n}\n\nmutation SignOut {\n  signOut\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Communities {\n  communities {\n    id\n    name\n    township\n    county\n    city\n  }\n}\n\nquery CommunityBuildings($id: ID!) {\n  community(id: $id) {\n    id\n    buildings {\n      id\n      name\n      units {\n        id\n        number\n        floorArea\n      }\n    }\n  }\n}\n\nmutation JoinCommunity($input: JoinCommunityInput!) {\n  joinCommunity(input: $input) {\n    id\n    kind\n    verified\n    community {\n      id\n      name\n    }\n    unit {\n      id\n      number\n    }\n  }\n}"): (typeof documents)["query Communities {\n  communities {\n    id\n    name\n    township\n    county\n    city\n  }\n}\n\nquery CommunityBuildings($id: ID!) {\n  community(id: $id) {\n    id\n    buildings {\n      id\n      name\n      units {\n        id\n        number\n        floorArea\n      }\n    }\n  }\n}\n\nmutation JoinCommunity($input: JoinCommunityInput!) {\n  joinCommunity(input: $input) {\n    id\n    kind\n    verified\n    community {\n      id\n      name\n    }\n    unit {\n      id\n      number\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunityOrganizations($id: ID!) {\n  community(id: $id) {\n    id\n    name\n    organizations {\n      id\n      kind\n      name\n      level\n      members {\n        id\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query CommunityOrganizations($id: ID!) {\n  community(id: $id) {\n    id\n    name\n    organizations {\n      id\n      kind\n      name\n      level\n      members {\n        id\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BoardEvent on DomainEvent {\n  id\n  cursor\n  type\n  occurredAt\n  actor {\n    id\n    name\n  }\n  community {\n    id\n    name\n  }\n  data\n}\n\nquery CommunityEvents($communityId: ID!, $first: Int, $after: String) {\n  events(communityId: $communityId, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...BoardEvent\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nsubscription CommunityEventsLive($communityId: ID!, $after: String) {\n  communityEvents(communityId: $communityId, after: $after) {\n    ...BoardEvent\n  }\n}"): (typeof documents)["fragment BoardEvent on DomainEvent {\n  id\n  cursor\n  type\n  occurredAt\n  actor {\n    id\n    name\n  }\n  community {\n    id\n    name\n  }\n  data\n}\n\nquery CommunityEvents($communityId: ID!, $first: Int, $after: String) {\n  events(communityId: $communityId, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...BoardEvent\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nsubscription CommunityEventsLive($communityId: ID!, $after: String) {\n  communityEvents(communityId: $communityId, after: $after) {\n    ...BoardEvent\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NotificationItem on Notification {\n  id\n  title\n  readAt\n  createdAt\n  event {\n    id\n    type\n    actor {\n      id\n      name\n    }\n    community {\n      id\n      name\n    }\n    data\n  }\n}\n\nquery Notifications($first: Int) {\n  notifications(first: $first) {\n    unreadCount\n    edges {\n      cursor\n      node {\n        ...NotificationItem\n      }\n    }\n  }\n}\n\nsubscription NotificationAdded($after: String) {\n  notificationAdded(after: $after) {\n    ...NotificationItem\n  }\n}\n\nmutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n  markNotificationsRead(input: $input)\n}"): (typeof documents)["fragment NotificationItem on Notification {\n  id\n  title\n  readAt\n  createdAt\n  event {\n    id\n    type\n    actor {\n      id\n      name\n    }\n    community {\n      id\n      name\n    }\n    data\n  }\n}\n\nquery Notifications($first: Int) {\n  notifications(first: $first) {\n    unreadCount\n    edges {\n      cursor\n      node {\n        ...NotificationItem\n      }\n    }\n  }\n}\n\nsubscription NotificationAdded($after: String) {\n  notificationAdded(after: $after) {\n    ...NotificationItem\n  }\n}\n\nmutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n  markNotificationsRead(input: $input)\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;