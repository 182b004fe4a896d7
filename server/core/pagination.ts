import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { badInput } from './errors.js';

@ObjectType('PageInfo', { description: 'Relay page information.' })
export class PageInfo {
  @Field({ description: 'More items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Items precede this page (true whenever `after` was given).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge: pass it as `after` for the next page.' })
  endCursor!: string | null;
}

export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1..${MAX_PAGE} (default ${DEFAULT_PAGE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the edge after which the page starts.' })
  after?: string | null;
}

/** The page size asked for, or BAD_USER_INPUT when it is out of 1..100. */
export function pageSize(first: number | null | undefined): number {
  if (first == null) return DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw badInput({ first: `must be between 1 and ${MAX_PAGE}` });
  return first;
}

/** Cursors are opaque: base64url of a JSON array of the sort key values. */
export function encodeCursor(parts: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

const isCursorPart = (p: unknown): p is string | number => typeof p === 'string' || typeof p === 'number';

/** The sort key values of a cursor with `arity` parts, or BAD_USER_INPUT naming `field`. */
export function decodeCursor(cursor: string, arity: number, field = 'after'): (string | number)[] {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parts) && parts.length === arity && parts.every(isCursorPart)) return parts;
  } catch {
    /* falls through */
  }
  throw badInput({ [field]: 'is not a valid cursor' });
}

/** A keyset cursor of (timestamp, UUID), the order of most lists: validated, or BAD_USER_INPUT. */
export function decodeTimeCursor(cursor: string, field = 'after'): { at: string; id: string } {
  const [at, id] = decodeCursor(cursor, 2, field);
  if (Number.isNaN(Date.parse(String(at))) || !/^[0-9a-f-]{36}$/.test(String(id))) throw badInput({ [field]: 'is not a valid cursor' });
  return { at: String(at), id: String(id) };
}

export function encodeTimeCursor(at: Date, id: string): string {
  return encodeCursor([at.toISOString(), id]);
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/**
 * Builds a connection from `limit + 1` fetched rows: the extra row only tells that a next page exists.
 */
export function toConnection<R, T>(rows: R[], limit: number, hadCursor: boolean, cursorOf: (row: R) => string, nodeOf: (row: R) => T): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((row) => ({ cursor: cursorOf(row), node: nodeOf(row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** The `XEdge` object type for a node type. */
export function edgeType<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Edge`, { description: `An edge to a ${name}.` })
  class EdgeType {
    @Field({ description: 'Pass as `after` to continue after this edge.' })
    cursor!: string;

    @Field(() => node, { description: `The ${name}.` })
    node!: T;
  }
  return EdgeType;
}

/** The `XEdge` and `XConnection` object types for a node type, with `totalCount` when asked. */
export function connectionTypes<T extends object>(name: string, node: ClassType<T>, opts: { totalCount?: boolean } = {}) {
  const EdgeType = edgeType(name, node);

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page.' })
    edges!: InstanceType<typeof EdgeType>[];

    @Field(() => PageInfo, { description: 'Where this page stands.' })
    pageInfo!: PageInfo;

    totalCount?: number;
  }

  if (opts.totalCount) {
    Field(() => Int, { description: 'How many items match, across all pages.' })(ConnectionType.prototype, 'totalCount');
  }
  return { EdgeType, ConnectionType };
}

/** Whether the query selects any of `names` directly under this field (through fragments too). */
export function selects(info: GraphQLResolveInfo, ...names: string[]): boolean {
  const walk = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((sel) => {
      if (sel.kind === Kind.FIELD) return names.includes(sel.name.value);
      if (sel.kind === Kind.INLINE_FRAGMENT) return walk(sel.selectionSet);
      const fragment = info.fragments[sel.name.value];
      return walk(fragment?.selectionSet);
    });
  return info.fieldNodes.some((node) => walk(node.selectionSet));
}
