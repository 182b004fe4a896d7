import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { DriverException } from '@mikro-orm/core';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, wsClient } from '../helpers/graphql.js';
import { wsRequest } from '../helpers/raw-ws.js';
import { createUser, em, type TestUser } from '../factories/index.js';
import { appSchema } from '../../server/app/schema.js';
import { UNSAFE_TEXT_MESSAGE } from '../../server/app/input-text.js';
import { loggable, toClientError } from '../../server/core/errors.js';

/**
 * Issue #8 item 14: a NUL character or an unpaired surrogate in a string argument gave
 * INTERNAL_SERVER_ERROR and wrote the SQL statement, with the user's data in it, to the log. Every
 * string input of every operation is now refused as BAD_USER_INPUT before anything runs
 * (server/app/input-text.ts), and the log never carries a statement's parameters.
 */
const MARK = '秘密标记4711';
const HOSTILE = { nul: `前${MARK}\u0000后`, surrogate: `前${MARK}\uD800后`, lowSurrogate: `\uDC00${MARK}` };

let app: TestApp;
let admin: TestUser;
let schema: GraphQLSchema;
const logged: string[] = [];

/** A value of the input type that coerces (the guard must answer before any of it matters). */
function dummy(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return dummy(type.ofType);
  if (isListType(type)) return [dummy(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, dummy(f.type)]));
  }
  switch (type.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return new Date().toISOString();
    default:
      return 'x';
  }
}

/** Every path to a String or ID inside the type (through input objects and lists), with the value that puts `bad` there. */
function* stringLeaves(type: GraphQLInputType, bad: string, seen: Set<string> = new Set()): Generator<{ path: string[]; value: unknown }> {
  const t: GraphQLInputType = getNullableType(type);
  if (isListType(t)) {
    for (const leaf of stringLeaves(t.ofType, bad, seen)) yield { path: ['0', ...leaf.path], value: [leaf.value] };
    return;
  }
  if (isScalarType(t) && (t.name === 'String' || t.name === 'ID')) {
    yield { path: [], value: bad };
    return;
  }
  if (isInputObjectType(t)) {
    if (seen.has(t.name)) return;
    const base = dummy(t) as Record<string, unknown>;
    for (const f of Object.values(t.getFields())) {
      for (const leaf of stringLeaves(f.type, bad, new Set([...seen, t.name]))) yield { path: [f.name, ...leaf.path], value: { ...base, [f.name]: leaf.value } };
    }
  }
}

/** One operation per string leaf of every argument of every root field. */
function* sweep(root: 'query' | 'mutation' | 'subscription', bad: string) {
  const type = root === 'query' ? schema.getQueryType() : root === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  for (const field of Object.values(type!.getFields()) as GraphQLField<unknown, unknown>[]) {
    const named = getNamedType(field.type);
    const selection = isObjectType(named) || isInterfaceType(named) || isUnionType(named) ? ' { __typename }' : '';
    const decl = field.args.map((a: GraphQLArgument) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const use = field.args.map((a: GraphQLArgument) => `${a.name}: $${a.name}`).join(', ');
    const query = `${root}${decl ? `(${decl})` : ''} { ${field.name}${use ? `(${use})` : ''}${selection} }`;
    for (const arg of field.args) {
      for (const leaf of stringLeaves(arg.type, bad)) {
        const variables = Object.fromEntries(field.args.filter((a) => isNonNullType(a.type) || a === arg).map((a) => [a.name, a === arg ? leaf.value : dummy(a.type)]));
        yield { name: `${field.name}(${[arg.name, ...leaf.path].join('.')})`, query, variables, field: [arg.name, ...leaf.path].join('.') };
      }
    }
  }
}

async function changeCount(): Promise<Record<string, number>> {
  const [row] = await em(app).execute<Record<string, number>[]>(
    `SELECT (SELECT count(*)::int FROM domain_events) AS events, (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM sessions) AS sessions,
            (SELECT count(*)::int FROM issues) AS issues, (SELECT count(*)::int FROM issue_comments) AS comments, (SELECT count(*)::int FROM communities) AS communities`,
  );
  return row!;
}

beforeAll(async () => {
  schema = await appSchema();
  // Every JSON log line too (debug: the most the server writes), besides the console.
  app = await startTestApp({ env: { LOG_LEVEL: 'debug' }, logDestination: { write: (line: string) => void logged.push(line) } });
  admin = await createUser(app, { admin: true });
  for (const level of ['error', 'warn', 'log', 'info'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' ')));
  }
});

afterEach(() => {
  expect(logged.filter((l) => l.includes(MARK))).toEqual([]);
});

afterAll(async () => {
  vi.restoreAllMocks();
  await app?.close();
});

describe('every string input refuses NUL and unpaired surrogates', () => {
  for (const root of ['query', 'mutation'] as const) {
    it(`every ${root} over HTTP: BAD_USER_INPUT naming the field, and nothing changes`, async () => {
      const before = await changeCount();
      const wrong: string[] = [];
      let checked = 0;
      for (const bad of Object.values(HOSTILE)) {
        for (const op of sweep(root, bad)) {
          const r = await gql(app.url, op.query, op.variables, admin.token);
          const ext = r.errors?.[0]?.extensions as { code?: string; fields?: Record<string, string> } | undefined;
          if (ext?.code !== 'BAD_USER_INPUT' || ext.fields?.[op.field] !== UNSAFE_TEXT_MESSAGE || r.data) wrong.push(`${op.name}: ${JSON.stringify(r).slice(0, 300)}`);
          checked++;
        }
      }
      expect(wrong).toEqual([]);
      // signIn, the issue search and every mutation are in the sweep.
      expect(checked).toBeGreaterThan(root === 'mutation' ? 100 : 10);
      const names = [...sweep(root, 'x')].map((op) => op.name);
      expect(names).toEqual(expect.arrayContaining(root === 'mutation' ? ['signIn(input.phone)', 'signIn(input.password)', 'commentOnIssue(input.body)'] : ['issues(filter.search)']));
      expect(await changeCount()).toEqual(before);
    }, 180_000);
  }

  it('every subscription over WebSocket, and a query over WebSocket', async () => {
    const client = wsClient(app.wsUrl, admin.token);
    try {
      const ops = [...sweep('subscription', HOSTILE.nul), ...sweep('query', HOSTILE.surrogate)].filter((op) => op.name.startsWith('issues(') || !op.query.startsWith('query'));
      expect(ops.length).toBeGreaterThan(3);
      for (const op of ops) {
        const r = await wsRequest(client, op.query, op.variables);
        expect(r.errors?.[0]?.extensions, op.name).toMatchObject({ code: 'BAD_USER_INPUT', fields: { [op.field]: UNSAFE_TEXT_MESSAGE } });
      }
    } finally {
      await client.dispose();
    }
  });

  it('arguments of nested fields too: the residents search', async () => {
    const r = await gql(app.url, `query($id: ID!, $s: String) { node(id: $id) { ... on Community { residents(search: $s) { totalCount } } } }`, { id: 'x', s: HOSTILE.nul }, admin.token);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { s: UNSAFE_TEXT_MESSAGE } });
  });

  it('an escaped NUL in a string literal of the document', async () => {
    const before = await changeCount();
    const r = await gql(app.url, `mutation { signIn(input: { phone: "13900000000\\u0000${MARK}", password: "x" }) { __typename } }`);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'input.phone': UNSAFE_TEXT_MESSAGE } });
    expect(r.status).toBe(400);
    expect(await changeCount()).toEqual(before);
  });

  it('paired surrogates (an emoji) are text like any other', async () => {
    const r = await gql(app.url, `query($id: ID!) { node(id: $id) { id } }`, { id: '🏠' }, admin.token);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ node: null });
  });
});

describe('the log never carries a statement or its parameters', () => {
  it('a database error is logged by its SQLSTATE and routine only', () => {
    const pgError = Object.assign(new Error(`insert into "issue_comments" ("body") values ('${MARK}') - invalid byte sequence for encoding "UTF8": 0x00`), {
      code: '22021',
      routine: 'report_invalid_encoding',
    });
    const driver = new DriverException(pgError);
    expect(driver.message).toContain(MARK);
    const lines: string[] = [];
    const client = toClientError(driver, (err) => lines.push(loggable(err)));
    expect(client.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('22021');
    expect(lines[0]).not.toContain(MARK);
    expect(loggable(pgError)).not.toContain(MARK);
  });
});
