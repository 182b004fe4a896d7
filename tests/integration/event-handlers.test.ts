import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { createMeetingCast, type MeetingCast } from '../factories/meetings.js';
import { em } from '../factories/index.js';
import { onEvent } from '../../server/events/emit.js';
import { AppError } from '../../server/core/errors.js';

/**
 * In-transaction event handlers (`onEvent`): run in the emitting transaction once its own steps are
 * done and flushed, before the commit, in the order registered; an error rolls everything back.
 */
let app: TestApp;
let k: MeetingCast;
const removers: (() => void)[] = [];
let n = 0;

const DRAFT = `mutation($input: DraftCovenantInput!) { draftCovenant(input: $input) { id } }`;
const input = () => ({ communityId: k.c.gid, kind: 'RESIDENTS_CONVENTION', title: `公约${++n}`, articles: [{ text: '第一条。' }] });
const keyOf = (gid: string) => Buffer.from(gid, 'base64url').toString('utf8').split(':')[1]!;

async function counts(): Promise<{ covenants: number; events: number }> {
  const [row] = await em(app).execute<{ covenants: number; events: number }[]>(
    `SELECT (SELECT count(*)::int FROM covenants) AS covenants, (SELECT count(*)::int FROM domain_events WHERE type = 'covenant.drafted') AS events`,
  );
  return row!;
}

beforeAll(async () => {
  app = await startTestApp();
  k = await createMeetingCast(app);
});
afterEach(() => {
  for (const remove of removers.splice(0)) remove();
});
afterAll(() => app.close());

describe('onEvent', () => {
  it('runs the handler in the emitting transaction, after its steps are flushed, with its actor and payload', async () => {
    const seen: { rows: number; actorId: string | null; title: string; eventType: string; subjectId?: string }[] = [];
    removers.push(
      onEvent('covenant.drafted', async (tx, e) => {
        const [row] = await tx.em.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM covenant_versions WHERE covenant_id = ?`, [e.subject!.id]);
        seen.push({ rows: row!.n, actorId: tx.actorId, title: e.data.title, eventType: e.event.type, subjectId: e.subject?.id });
      }),
    );
    const c = (await ok(app.url, DRAFT, { input: input() }, k.chair.token)).draftCovenant;
    expect(seen).toEqual([{ rows: 1, actorId: k.chair.id, title: `公约${n}`, eventType: 'covenant.drafted', subjectId: keyOf(c.id) }]);
  });

  it('a handler’s error rolls back the change and its event', async () => {
    removers.push(
      onEvent('covenant.drafted', () => Promise.reject(new AppError('CONFLICT', 'a reacting module refused'))),
    );
    const before = await counts();
    const r = await gql(app.url, DRAFT, { input: input() }, k.chair.token);
    expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await counts()).toEqual(before);
  });

  it('handlers run in the order registered, each awaited; a removed handler runs no more', async () => {
    const order: string[] = [];
    const slow = onEvent('covenant.drafted', async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push('first');
    });
    removers.push(slow, onEvent('covenant.drafted', () => {
      order.push('second');
      return Promise.resolve();
    }));
    await ok(app.url, DRAFT, { input: input() }, k.chair.token);
    expect(order).toEqual(['first', 'second']);
    slow();
    await ok(app.url, DRAFT, { input: input() }, k.chair.token);
    expect(order).toEqual(['first', 'second', 'second']);
  });
});
