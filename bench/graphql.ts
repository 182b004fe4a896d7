// The bench's GraphQL calls: tests/helpers/graphql.ts with typed answers. The tests read answers
// as untyped JSON (`any` by default); the bench is linted with the no-unsafe-* rules on, so here
// the data defaults to `unknown` and each call names the shape it reads: ok<{ me: { id: string } }>.
import { collect as collectAny, gql as gqlAny, ok as okAny, type GqlResult } from '../tests/helpers/graphql.js';

export { sleep, wsClient, type GqlError, type GqlResult } from '../tests/helpers/graphql.js';

type Args = Parameters<typeof okAny>;

/** The data of an operation that must succeed (throws with the errors otherwise), as `T`. */
export const ok = <T = unknown>(...args: Args): Promise<T> => okAny<T>(...args);

/** One GraphQL operation over HTTP POST: its data as `T`, its errors, status and headers. */
export const gql = <T = unknown>(...args: Parameters<typeof gqlAny>): Promise<GqlResult<T>> => gqlAny<T>(...args);

/** A subscription collecting what arrives (items typed `T`); `next(n)` waits for the first n. */
export const collect = <T = unknown>(...args: Parameters<typeof collectAny>) => collectAny<T>(...args);
