import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { execute, GraphQLError, isObjectType, OperationTypeNode, printSchema, type DocumentNode, type ExecutionResult, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { getMetadataStorage } from 'type-graphql';
import { argumentNeedsValidation, resolvers } from './schema.js';

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

type AnyParam = { kind: string; index: number; propertyName?: string; getType?: () => unknown; validateFn?: unknown; name?: string };

/**
 * How one parameter of a field resolver is given by the direct call below, or null when only
 * type-graphql's own call gives it exactly (then the field keeps type-graphql's resolver). A
 * parameter sets `slowCall` when this call must go through type-graphql after all.
 */
type Param = (root: unknown, args: Record<string, unknown>, ctx: unknown, info: GraphQLResolveInfo) => unknown;
let slowCall = false;
/** Marks the resolvers made here: a second gateway over the same schema leaves them as they are. */
const DIRECT = Symbol('directFieldResolver');

function argumentsType(target: unknown) {
  const storage = getMetadataStorage();
  return storage.argumentTypes.find((t) => t.target === target);
}
const isInputType = (target: unknown) => getMetadataStorage().inputTypes.some((t) => t.target === target);

function directParam(p: AnyParam, validated: (value: unknown) => boolean): Param | null {
  if (p.kind === 'info') return (_r, _a, _c, info) => info;
  if (p.kind === 'context') return p.propertyName ? null : (_r, _a, ctx) => ctx;
  if (p.kind === 'root') {
    if (p.propertyName) return null;
    const getType = p.getType;
    // type-graphql's convertToType: the root as it is when it is already of the declared class
    // (what every list and node makes); anything else goes through type-graphql.
    return (root) => {
      const type = getType?.();
      if (root != null && typeof type === 'function' && !(root instanceof type)) slowCall = true;
      return root;
    };
  }
  if ((p.kind === 'arg' || p.kind === 'args') && !p.validateFn) {
    if (p.kind === 'arg') {
      const name = p.name!;
      const type = p.getType?.();
      if (isInputType(type)) return null;
      // A scalar or enum argument is given as graphql coerced it (convertToType changes none of them).
      return (_r, args) => {
        const v = args[name];
        if (validated(v)) slowCall = true;
        return v;
      };
    }
    const Type = p.getType?.() as (new () => object) | undefined;
    if (typeof Type !== 'function') return null;
    const names: string[] = [];
    for (let t: unknown = Type; t && (t as { prototype?: unknown }).prototype !== undefined; t = Object.getPrototypeOf(t)) {
      const meta = argumentsType(t);
      if (!meta) continue;
      for (const f of meta.fields ?? []) {
        if (isInputType(f.getType())) return null;
        names.push(f.name);
      }
    }
    // convertArgsToInstance for an @ArgsType of scalars and enums: a new instance with the
    // arguments given (type-graphql's convertToType drops the instance's own undefined keys
    // the arguments do not name).
    return (_r, args) => {
      const out = new Type() as Record<string, unknown>;
      for (const k of Object.keys(out)) if (out[k] === undefined && !(k in args)) delete out[k];
      for (const n of names) if (args[n] !== undefined) out[n] = args[n];
      if (validated(out)) slowCall = true;
      return out;
    };
  }
  return null;
}

/**
 * Calls the field resolvers of resolver classes (`@FieldResolver` in a `@Resolver(() => Type)`
 * class) directly instead of through type-graphql's wrapper, which on every call of every field
 * of every node built a resolver-data object, looked the class's instance up in a list, sorted
 * the parameters, converted the root and awaited the validation of each argument: a promise
 * per field with an argument even where class-validator has no rule to check. The call here
 * gives the same parameters (root, context, info, scalar arguments and @ArgsType instances of
 * scalars) and returns what the method returns, so a resolver that answers at once (a list's
 * node whose row is at hand) costs no promise. A call whose arguments class-validator must check
 * (`validated`), or whose root is not of the declared class, goes through type-graphql's
 * resolver, as does any field with middleware, roles, a custom or property parameter, or an
 * input-type argument. The app has no global middleware and no auth checker. The resolver
 * classes are stateless; each gets one instance here. Returns how many fields it changed.
 */
export function directFieldResolvers(schema: GraphQLSchema, resolverClasses: readonly unknown[], validated: (value: unknown) => boolean): number {
  const storage = getMetadataStorage();
  // Which @FieldResolver serves a field: type-graphql's own rule (the first of the schema's classes).
  const candidates = storage.fieldResolvers.filter((r) => r.kind === 'internal' || resolverClasses.includes(r.target));
  const instances = new Map<unknown, object>();
  let changed = 0;
  for (const meta of storage.objectTypes) {
    const type = schema.getType(meta.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const fr of candidates) {
      if (fr.kind !== 'external' || fr.getObjectType?.() !== meta.target) continue;
      if (candidates.find((x) => x.getObjectType?.() === meta.target && x.methodName === fr.methodName) !== fr) continue;
      const field = fields[fr.schemaName];
      const slowResolve = field?.resolve;
      if (!field || !slowResolve || (slowResolve as { [DIRECT]?: true })[DIRECT] || fr.middlewares?.length || fr.roles?.length) continue;
      const params = [...((fr.params ?? []) as AnyParam[])].sort((a, b) => a.index - b.index).map((p) => directParam(p, validated));
      if (params.some((p) => p === null)) continue;
      const getters = params as Param[];
      let instance = instances.get(fr.target);
      if (!instance) instances.set(fr.target, (instance = new (fr.target as new () => object)()));
      const method = (instance as Record<string, (...a: unknown[]) => unknown>)[fr.methodName];
      if (typeof method !== 'function') continue;
      const self = instance;
      const resolve: typeof slowResolve = (root, args, ctx, info) => {
        slowCall = false;
        const values = getters.map((g) => g(root, args as Record<string, unknown>, ctx, info));
        return slowCall ? slowResolve(root, args, ctx, info) : method.apply(self, values);
      };
      field.resolve = Object.assign(resolve, { [DIRECT]: true as const });
      changed++;
    }
  }
  return changed;
}

/** Apollo Server's gateway interface over one fixed schema, executing with `compiledExecutor`. */
export function compiledGateway(schema: GraphQLSchema): GatewayInterface {
  dropPassThroughResolvers(schema);
  directFieldResolvers(schema, resolvers, argumentNeedsValidation);
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
