import { hash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ReferenceKind, type EntityName } from '@mikro-orm/core';
import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * What the lists' fast read paths share (issue 11, part 3): the GraphQL fields a list asks for,
 * plain objects of an entity's shape from its rows (no identity map, no change-set snapshot),
 * and an `entity` made only when a field needs one.
 */

/** The fields asked for under a field, by name, each with what it asks for in turn (fragments merged). */
export interface Asked {
  has(name: string): boolean;
  /** What is asked under `name` (empty when it is not asked, or is a leaf). */
  under(name: string): Asked;
  /** Whether `name` is asked anywhere below. */
  anywhere(name: string): boolean;
}

class AskedTree implements Asked {
  constructor(
    private readonly sets: readonly SelectionSetNode[],
    private readonly fragments: Record<string, FragmentDefinitionNode>,
  ) {}

  private fields(): FieldNode[] {
    const out: FieldNode[] = [];
    const walk = (set: SelectionSetNode | undefined) => {
      for (const sel of set?.selections ?? []) {
        if (sel.kind === Kind.FIELD) out.push(sel);
        else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet);
        else walk(this.fragments[sel.name.value]?.selectionSet);
      }
    };
    for (const s of this.sets) walk(s);
    return out;
  }

  has(name: string): boolean {
    return this.fields().some((f) => f.name.value === name);
  }

  under(name: string): Asked {
    const sets = this.fields().flatMap((f) => (f.name.value === name && f.selectionSet ? [f.selectionSet] : []));
    return new AskedTree(sets, this.fragments);
  }

  anywhere(name: string): boolean {
    return this.fields().some((f) => f.name.value === name || (!!f.selectionSet && new AskedTree([f.selectionSet], this.fragments).anywhere(name)));
  }
}

/** The fields asked for under the resolved field (`info`). */
export function askedOf(info: GraphQLResolveInfo): Asked {
  return new AskedTree(info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])), info.fragments);
}

/** A connection's `edges.node` fields. */
export function nodeFieldsOf(asked: Asked): Asked {
  return asked.under('edges').under('node');
}

const metaOf = (em: EntityManager, entity: EntityName<object>) => em.getMetadata().get(typeof entity === 'string' ? entity : (entity as { name: string }).name);

/**
 * The stored columns of an entity's table (scalars and the foreign keys it owns; lazy, formula and
 * not-persisted ones left out), from its metadata so that a new column is never missed.
 */
const columnCache = new Map<string, string[]>();
export function columnsOf(em: EntityManager, entity: EntityName<object>): string[] {
  const meta = metaOf(em, entity);
  let cols = columnCache.get(meta.className);
  if (!cols) {
    cols = meta.props
      .filter((p) => (p.kind === ReferenceKind.SCALAR || ((p.kind === ReferenceKind.MANY_TO_ONE || p.kind === ReferenceKind.ONE_TO_ONE) && p.owner !== false)) && !p.lazy && !p.formula && p.persist !== false)
      .flatMap((p) => p.fieldNames ?? []);
    columnCache.set(meta.className, cols);
  }
  return cols;
}

/** `alias.col, …` for the given columns (for `jsonb_build_object`-free row selects); made once per column list (columnsOf's) and alias. */
const columnLists = new WeakMap<readonly string[], Map<string, string>>();
export function columnList(cols: readonly string[], alias: string): string {
  let byAlias = columnLists.get(cols);
  if (!byAlias) columnLists.set(cols, (byAlias = new Map<string, string>()));
  let text = byAlias.get(alias);
  if (text === undefined) byAlias.set(alias, (text = cols.map((c) => `${alias}.${c}`).join(', ')));
  return text;
}

/** Only the entity's columns of a row that has more (the list's own `gz_*` values), for `em.map`. */
export function pickColumns(row: Record<string, unknown>, cols: readonly string[]): Record<string, unknown> {
  // A loop, not Object.fromEntries over a mapped array: this runs for every row of a page (two arrays less per row).
  const out: Record<string, unknown> = {};
  for (const c of cols) out[c] = row[c];
  return out;
}

/**
 * Row (columns, from the driver or from `to_jsonb`) → a plain object with the entity's property
 * names: scalars as stored (timestamps as Dates, custom types converted when they come as text),
 * references as `{ id }`. What `em.map` does without the identity map, the change-set snapshot
 * and the entity's prototype.
 */
const mapperCache = new Map<string, (row: Record<string, unknown>) => Record<string, unknown>>();
export function plainMapper(em: EntityManager, entity: EntityName<object>): (row: Record<string, unknown>) => Record<string, unknown> {
  const meta = metaOf(em, entity);
  const cached = mapperCache.get(meta.className);
  if (cached) return cached;
  const platform = em.getPlatform();
  const props = meta.props.filter((p) => !p.lazy && !p.formula && p.persist !== false && p.fieldNames?.length === 1);
  const scalars = props.filter((p) => p.kind === ReferenceKind.SCALAR).map((p) => ({ name: p.name, field: p.fieldNames[0]!, type: p.customType, date: p.runtimeType === 'Date' }));
  const refs = props.filter((p) => (p.kind === ReferenceKind.MANY_TO_ONE || p.kind === ReferenceKind.ONE_TO_ONE) && p.owner !== false).map((p) => ({ name: p.name, field: p.fieldNames[0]! }));
  const map = (row: Record<string, unknown>) => {
    const out: Record<string, unknown> = {};
    for (const p of scalars) {
      const v = row[p.field];
      if (typeof v !== 'string') out[p.name] = v;
      // Timestamps come as text (the driver's forceUtcTimezone, or JSON): as the hydrator reads them.
      else if (p.date) out[p.name] = new Date(v.includes('+') || v.lastIndexOf('-') > 10 || v.endsWith('Z') ? v : `${v}Z`);
      else out[p.name] = p.type && p.type.runtimeType !== 'string' ? p.type.convertToJSValue(v, platform) : v;
    }
    for (const p of refs) out[p.name] = row[p.field] == null ? null : { id: row[p.field] };
    return out;
  };
  mapperCache.set(meta.className, map);
  return map;
}

/** What `readRows` uses of knex's client, which knex types as `any`: its pool of pg connections. */
interface KnexPool {
  acquireConnection(): Promise<{ query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }> }>;
  releaseConnection(conn: unknown): Promise<void>;
}

/** MikroORM's `?` placeholders as PostgreSQL's `$1, $2, …` (`\\?` stays a literal `?`), as its formatQuery reads them. */
function numbered(sql: string): string {
  let out = '';
  let n = 0;
  let pos = 0;
  for (let at = sql.indexOf('?'); at !== -1; at = sql.indexOf('?', at + 1)) {
    if (at > 0 && sql[at - 1] === '\\') {
      out += sql.slice(pos, at - 1) + '?';
    } else {
      if (sql[at + 1] === '?') throw new Error('readRows: ?? (identifiers) is not supported');
      out += `${sql.slice(pos, at)}$${++n}`;
    }
    pos = at + 1;
  }
  return out + sql.slice(pos);
}

/**
 * A statement's text with `$n` placeholders and its prepared statement's name (a hash of the
 * text), made once per text. The texts are the lists' (a few per list: which parts the query asks
 * for, how many values a rule binds); the map is emptied if it ever holds more than MAX_TEXTS.
 */
const MAX_TEXTS = 2000;
const prepared = new Map<string, { name: string; text: string }>();
function preparedOf(sql: string): { name: string; text: string } {
  let p = prepared.get(sql);
  if (!p) {
    if (prepared.size >= MAX_TEXTS) prepared.clear();
    const text = numbered(sql);
    p = { name: `gz_r_${hash('sha1', text, 'hex').slice(0, 24)}`, text };
    prepared.set(sql, p);
  }
  return p;
}

/**
 * A list's one read (issue 11, part 3), as `em.execute` answers it but on a pooled connection of
 * the ORM's own pool, with its values bound (`$1`, …) rather than written into the text: no
 * EntityManager is forked for it (the request forks one only if a field needs an entity), and
 * neither MikroORM's query formatting nor knex's query runner run. It is a named prepared
 * statement (preparedOf): each connection has PostgreSQL parse and analyse a list's text once,
 * and sends only the values after that, as the session's statement does and as PostGraphile
 * does. PostgreSQL still plans it with the values given (a custom plan) unless the generic plan
 * it tries after five runs is estimated no dearer. Logged as
 * `em.execute` logs (tests count statements through the logger); errors converted as MikroORM
 * converts them. Inside a transaction it is `em.execute`, on the transaction's connection.
 */
export async function readRows<T = Record<string, unknown>>(em: EntityManager, sql: string, params: readonly unknown[]): Promise<T[]> {
  if (em.isInTransaction()) return em.execute<T[]>(sql, params as unknown[]);
  const pool = em.getConnection().getKnex().client as KnexPool;
  const started = Date.now();
  try {
    const conn = await pool.acquireConnection();
    try {
      return (await conn.query({ ...preparedOf(sql), values: params as unknown[] })).rows as T[];
    } finally {
      await pool.releaseConnection(conn);
      const logger = em.config.getLogger();
      if (logger.isEnabled('query')) logger.logQuery({ query: sql, params: params as unknown[], took: Date.now() - started, level: 'info', connection: { type: 'read' } } as never);
    }
  } catch (err) {
    throw err instanceof Error ? em.getDriver().convertException(err) : err;
  }
}

/**
 * Reads that do not depend on each other: side by side on the pool's connections, but one after
 * another inside a transaction, whose one connection runs one statement at a time (pg 8 queues a
 * second query and warns that pg 9 will refuse it). For functions that may be given either.
 */
export async function independentReads<const T extends readonly (() => Promise<unknown>)[]>(em: EntityManager, reads: T): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  if (!em.isInTransaction()) return (await Promise.all(reads.map((read) => read()))) as never;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as never;
}

const MAKE_ENTITY = Symbol('makeEntity');
const ENTITY = Symbol('entity');
type LazyHolder = { [MAKE_ENTITY]: () => unknown; [ENTITY]: unknown };
// One getter and one setter for every node (not a pair of closures per node): V8 keeps a node's
// properties fast only when its accessors are the same functions as its siblings'.
function getEntity(this: LazyHolder): unknown {
  return (this[ENTITY] ??= this[MAKE_ENTITY]());
}
function setEntity(this: LazyHolder, v: unknown): void {
  this[ENTITY] = v;
}

/**
 * Defines `entity` on `target` as made on first read (and settable): a plain row's entity, mapped
 * only if a field asks. The node keeps V8's fast properties: the `entity` that `X.from` set last
 * is deleted first (deleting the last property added steps back to the previous shape, whereas
 * turning a data property into an accessor made every node a dictionary, ~3× slower to make, and
 * slower to read for each field), then the accessor is the shared pair above.
 */
export function lazyEntity<T extends object, E>(target: T, make: () => E): T {
  delete (target as { entity?: unknown }).entity;
  const holder = target as unknown as LazyHolder;
  holder[MAKE_ENTITY] = make;
  holder[ENTITY] = undefined;
  Object.defineProperty(target, 'entity', { configurable: true, enumerable: false, get: getEntity, set: setEntity });
  return target;
}
