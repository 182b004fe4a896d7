import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { execute, GraphQLError, isObjectType, OperationTypeNode, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { getMetadataStorage } from 'type-graphql';

/**
 * Compiled execution of queries over HTTP (issue 11, part 3), through Apollo Server's gateway
 * interface: `load()` hands Apollo the schema and an executor, and Apollo keeps doing the rest as
 * before (parsing with the token limit, validation with graphql-armor's rules, the plugins: cost
 * limit, text check, error status, formatError).
 *
 * A query is compiled once per document and operation name by graphql-jit, which turns the
 * selection into one JavaScript function: no per-field lookup of the field's definition, no
 * `info` object unless a resolver asks for one, no promise per object when its fields answer at
 * once. The compiled queries are kept beside the DocumentNode, in a WeakMap: Apollo's document
 * cache (an LRU, by query text) hands back the same DocumentNode for the same text, so a compiled
 * query lives as long as its document stays in that LRU, and no longer.
 *
 * What graphql-js keeps executing, exactly as before:
 * - mutations (run one after the other by graphql-js's own rules) and anything but a query;
 * - a request whose operation name the document does not have;
 * - a document graphql-jit cannot compile (remembered: it is not tried again);
 * - variables that do not coerce: graphql-jit returns its own errors before running anything,
 *   and graphql-js then answers with its own (those Apollo turns into 400 BAD_USER_INPUT).
 * Errors from resolvers become graphql-js's GraphQLError again (message, locations, path,
 * extensions and the original error), which Apollo's formatting expects.
 */

type Compiled = CompiledQuery | null;
type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

/** graphql-jit's error (its own class, without nodes or source) as graphql-js's, with the same fields. */
function upstream(err: GraphQLError): GraphQLError {
  const e = new GraphQLError(err.message, { path: err.path, originalError: err.originalError, extensions: err.extensions });
  if (err.locations) (e as { locations?: GraphQLError['locations'] }).locations = err.locations;
  return e;
}

export function compiledExecutor(schema: GraphQLSchema): { executor: Executor; compiled: (document: DocumentNode, operationName?: string | null) => Compiled } {
  const cache = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const compiled = (document: DocumentNode, operationName?: string | null): Compiled => {
    let byName = cache.get(document);
    if (!byName) cache.set(document, (byName = new Map<string, Compiled>()));
    const name = operationName ?? '';
    let c = byName.get(name);
    if (c === undefined) {
      const out = compileQuery(schema, document, operationName ?? undefined);
      c = isCompiledQuery(out) ? out : null;
      byName.set(name, c);
    }
    return c;
  };
  const byGraphqlJs = (document: DocumentNode, contextValue: unknown, variableValues: Record<string, unknown> | undefined, operationName: string | null | undefined) =>
    execute({ schema, document, contextValue, variableValues, operationName });

  const executor: Executor = async (rc) => {
    const { document, operation, context, request } = rc;
    const variables = request.variables;
    // No operation: the document has none of that name. graphql-js answers with its error, which
    // Apollo turns into 400 OPERATION_RESOLUTION_FAILURE.
    // (Apollo's `rc.operationName` is the name it resolved, null then; the request's is what was asked.)
    const name = request.operationName;
    const c = operation?.operation === OperationTypeNode.QUERY ? compiled(document, name) : null;
    if (!c) return byGraphqlJs(document, context, variables, name) as Promise<ExecutionResult> as never;
    const result = await c.query(undefined, context, variables ?? {});
    // Its variables did not coerce: nothing ran. graphql-js answers with its errors (and their nodes).
    if (!('data' in result)) return (await byGraphqlJs(document, context, variables, name)) as never;
    return (result.errors ? { ...result, errors: result.errors.map(upstream) } : result) as never;
  };
  return { executor, compiled };
}

/**
 * Drops type-graphql's pass-through resolvers: a plain `@Field()` property gets a resolver that
 * builds an object and runs the middleware pipeline (empty: the app has no global or field
 * middleware, no auth checker) to read `root[name]`. With no resolver, graphql-js reads the same
 * property, and graphql-jit compiles the read inline (no call, no `info` object). Only fields
 * whose property has the field's name, with no middleware, no roles and no field resolver (a
 * resolver class's `@FieldResolver` or the type's own method or getter) lose it; every other
 * field keeps type-graphql's. Idempotent; returns how many fields it changed.
 */
export function dropPassThroughResolvers(schema: GraphQLSchema): number {
  const storage = getMetadataStorage();
  const hasResolver = (target: unknown, name: string) => storage.fieldResolvers.some((r) => r.methodName === name && r.getObjectType?.() === target);
  let dropped = 0;
  for (const meta of storage.objectTypes) {
    const type = schema.getType(meta.name);
    if (!isObjectType(type) || !meta.fields) continue;
    const own = [...meta.fields, ...storage.interfaceTypes.filter((i) => meta.interfaceClasses?.includes(i.target)).flatMap((i) => i.fields ?? [])];
    const fields = type.getFields();
    for (const f of own) {
      const field = fields[f.schemaName];
      if (!field?.resolve || f.name !== f.schemaName || f.middlewares?.length || f.roles?.length || hasResolver(f.target, f.name)) continue;
      field.resolve = undefined;
      dropped++;
    }
  }
  return dropped;
}

/** Apollo Server's gateway interface over one fixed schema, executing with `compiledExecutor`. */
export function compiledGateway(schema: GraphQLSchema): GatewayInterface {
  dropPassThroughResolvers(schema);
  const { executor } = compiledExecutor(schema);
  return {
    load: () => Promise.resolve({ schema, executor }),
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}
