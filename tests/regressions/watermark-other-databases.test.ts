import { afterAll, beforeAll, expect, it } from 'vitest';
import pg from 'pg';
import { inject } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { createCommunity, createUser } from '../factories/index.js';
import { withDatabase } from '../../server/core/db/database-url.js';

// Regression: the watermark was the cluster's oldest running transaction. A transaction open in
// another database of the same cluster (another test file's, another application's) held every
// fresh event back until it ended, so a page read right after a change could miss it. Background
// processes (autovacuum's ANALYZE takes an xid) held it back the same way, for as long as they ran.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

it('a transaction running in another database does not hold back the events of this one', async () => {
  const other = new pg.Client({ connectionString: withDatabase(inject('pgServerUrl'), 'postgres') });
  await other.connect();
  try {
    await other.query('BEGIN');
    await other.query('SELECT pg_current_xact_id()'); // takes an xid, as a writing transaction does
    const admin = await createUser(app, { admin: true });
    const c = await createCommunity(app);
    const u = await createUser(app);
    await ok(app.url, `mutation($c: ID!) { joinCommunity(input: { communityId: $c, kind: OWNER }) { id } }`, { c: c.gid }, u.token);
    const { events } = await ok(app.url, `query($c: ID!) { events(communityId: $c) { edges { node { type } } } }`, { c: c.gid }, admin.token);
    expect(events.edges.map((e: any) => e.node.type)).toEqual(['residency.requested']);
  } finally {
    await other.query('ROLLBACK');
    await other.end();
  }
});
