/**
 * The two pieces of raw SQL every module's `*.queries.ts` writes: a parameter that is an array of
 * ids (or enum values), and the condition of a keyset page. Each returns its SQL with the `?`
 * parameters it takes, in order, for `em.execute(sql, params)`.
 */

/** A piece of SQL and the values of its `?` placeholders, in order. */
export interface Sql {
  sql: string;
  params: unknown[];
}

/** The element types an array parameter is cast to. */
export type SqlArrayType = 'uuid' | 'text';

/**
 * A PostgreSQL array literal (`{"a","b"}`) of `values`, every element quoted and escaped, so any
 * string travels as itself. Knex expands a JavaScript array bound to `?` into a list of values,
 * which is why an array goes as one literal, cast where it is used (`?::uuid[]`).
 */
export function sqlArrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}

/** An array parameter: `?::uuid[]` (or `?::text[]`) with its value, for `&&`, `unnest` and the like. */
export function sqlArray(values: readonly string[], type: SqlArrayType = 'uuid'): Sql {
  return { sql: `?::${type}[]`, params: [sqlArrayLiteral(values)] };
}

/**
 * `expr = ANY(?::uuid[])`: `expr` is one of `values` (false for none). `text` compares as text, so
 * an enum column is given as `col::text`.
 */
export function anyOf(expr: string, values: readonly string[], type: SqlArrayType = 'uuid'): Sql {
  const array = sqlArray(values, type);
  return { sql: `${expr} = ANY(${array.sql})`, params: array.params };
}

/** A keyset cursor of the most common order: a timestamp, then the id that breaks ties. */
export interface TimeKey {
  /** The timestamp, as an ISO 8601 string. */
  at: string;
  id: string;
}

/**
 * The condition of a keyset page that starts after `after` in the order
 * `ORDER BY <at> <order>, <id> <order>`: `(at, id) < (?, ?)` newest first, `>` oldest first. Null
 * without a cursor (the first page).
 */
export function keysetAfter(columns: { at: string; id: string }, after: TimeKey | null | undefined, order: 'asc' | 'desc'): Sql | null {
  if (!after) return null;
  return {
    sql: `(${columns.at}, ${columns.id}) ${order === 'desc' ? '<' : '>'} (?::timestamptz, ?::uuid)`,
    params: [after.at, after.id],
  };
}

/**
 * A search in Chinese, as the issues' board does it (server/issues/issues.queries.ts): character
 * bigrams find the candidates through a GIN index (`gramsColumn`, a `text[]` generated as
 * `gz_bigrams(lower(<the text>))`; Chinese has no word breaks, so no tokenizer would), then LIKE
 * checks the exact substring of `textExpr` (the same text, lowercased here). A one-character search
 * is the LIKE alone. Wildcards in `search` mean themselves. Null for a blank search.
 */
export function textSearch(gramsColumn: string, textExpr: string, search: string | null | undefined): Sql | null {
  const s = search?.trim().toLowerCase();
  if (!s) return null;
  const like = `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return [...s].length >= 2
    ? { sql: `(${gramsColumn} @> gz_bigrams(?) AND lower(${textExpr}) LIKE ? ESCAPE '\\')`, params: [s, like] }
    : { sql: `lower(${textExpr}) LIKE ? ESCAPE '\\'`, params: [like] };
}
