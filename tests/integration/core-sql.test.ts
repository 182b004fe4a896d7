import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import pg from 'pg';
import { withDatabase } from '../../server/core/db/database-url.js';
import { anyOf, keysetAfter, sqlArray, type Sql } from '../../server/core/sql.js';

// server/core/sql.ts's pieces as PostgreSQL reads them: the array literal parses back to the very
// strings, and a keyset page continues exactly after its cursor. (Knex passes the literal through
// as one string parameter; here `?` becomes `$n` for node-postgres.)
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: withDatabase(inject('pgServerUrl'), 'postgres') });
  await client.connect();
});
afterAll(async () => {
  await client.end();
});

async function run<T extends pg.QueryResultRow>(sql: string, params: unknown[]): Promise<T[]> {
  let n = 0;
  return (await client.query<T>(sql.replace(/\?/g, () => `$${++n}`), params)).rows;
}

describe('sqlArray in PostgreSQL', () => {
  it('round-trips any text: quotes, backslashes, commas, braces, spaces, NULL-like words, Chinese', async () => {
    const values = ['say "hi"', 'C:\\dir\\', 'a,b', '{x}', '  padded  ', 'NULL', '', '业主代表 张伟', '😀'];
    const array = sqlArray(values, 'text');
    const [row] = await run<{ v: string[] }>(`SELECT ${array.sql} AS v`, array.params);
    expect(row!.v).toEqual(values);
  });

  it('casts ids to uuid[], and an empty list matches nothing', async () => {
    const ids = ['5b0c2a7e-8d0e-4c59-9d4c-0d9b0f1e2a3b', '0e6d2b1a-4f3c-4e5d-8a9b-1c2d3e4f5a6b'];
    const hit = anyOf('?::uuid', ids);
    const [yes] = await run<{ ok: boolean }>(`SELECT ${hit.sql} AS ok`, [ids[1], ...hit.params]);
    expect(yes!.ok).toBe(true);
    const none = anyOf('?::uuid', []);
    const [no] = await run<{ ok: boolean }>(`SELECT ${none.sql} AS ok`, [ids[0], ...none.params]);
    expect(no!.ok).toBe(false);
  });
});

describe('keysetAfter in PostgreSQL', () => {
  // Five rows, two pairs sharing a timestamp: pages of two must give every row once, in order.
  const rows: [string, string][] = [
    ['2026-12-01T08:00:00Z', '00000000-0000-4000-8000-000000000001'],
    ['2026-12-01T08:00:00Z', '00000000-0000-4000-8000-000000000002'],
    ['2026-12-02T08:00:00Z', '00000000-0000-4000-8000-000000000003'],
    ['2026-12-03T08:00:00Z', '00000000-0000-4000-8000-000000000004'],
    ['2026-12-03T08:00:00Z', '00000000-0000-4000-8000-000000000005'],
  ];
  const values = rows.map(() => `(?::timestamptz, ?::uuid)`).join(', ');
  const table = `(VALUES ${values}) AS t(at, id)`;

  async function pages(order: 'asc' | 'desc'): Promise<string[]> {
    const seen: string[] = [];
    let after: { at: string; id: string } | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const keyset: Sql | null = keysetAfter({ at: 't.at', id: 't.id' }, after, order);
      const page = await run<{ at: Date; id: string }>(
        `SELECT at, id FROM ${table} ${keyset ? `WHERE ${keyset.sql}` : ''} ORDER BY at ${order}, id ${order} LIMIT 2`,
        [...rows.flat(), ...(keyset?.params ?? [])],
      );
      if (!page.length) return seen;
      seen.push(...page.map((r) => r.id));
      const last = page.at(-1)!;
      after = { at: last.at.toISOString(), id: last.id };
    }
    throw new Error('pages never ended');
  }

  it('newest first: every row once, ties broken by id', async () => {
    expect(await pages('desc')).toEqual(rows.map((r) => r[1]).reverse());
  });

  it('oldest first: every row once, ties broken by id', async () => {
    expect(await pages('asc')).toEqual(rows.map((r) => r[1]));
  });
});
