import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { em } from '../factories/index.js';
import { createIssueCast, submit, MUTATIONS, type IssueCast } from '../factories/issues.js';
import { THREAD_INDEX_CHARS } from '../../server/issues/issues.service.js';
import { parseGlobalId } from '../../server/core/ids.js';

/**
 * Issue #8 item 13: each comment recomputed the issue's search bigrams over up to 100,000
 * characters of thread with gz_bigrams, which was quadratic (substr on multibyte text walks from
 * the start; 46.7 s on 99,000 characters), while holding the issue's row (the 21st 2,000-character
 * comment took 18.3 s). The function is now linear, comments are indexed in their own rows, and a
 * thread's indexed text is capped.
 */
let app: TestApp;
let c: IssueCast;

/** The distinct bigrams of a text, by code point, as the function must give them. */
const bigrams = (t: string) => {
  const cps = [...t];
  return [...new Set(cps.slice(1).map((ch, i) => cps[i]! + ch))].sort();
};
async function gz(text: string): Promise<string[]> {
  const [row] = await em(app).execute<{ g: string[] }[]>(`SELECT gz_bigrams(?) AS g`, [text]);
  return [...row!.g].sort();
}

beforeAll(async () => {
  app = await startTestApp();
  c = await createIssueCast(app);
});

afterAll(async () => {
  await app?.close();
});

describe('gz_bigrams', () => {
  it('gives every distinct bigram of 99,000 characters (a whole thread, before the fix: 46.7 s)', async () => {
    // 997 ideographs in a cycle: 997 distinct bigrams, each pair of neighbours once.
    const text = Array.from({ length: 99_000 }, (_, i) => String.fromCodePoint(0x4e00 + (i % 997))).join('');
    const g = await gz(text);
    expect(g).toHaveLength(997);
    expect(g).toEqual(bigrams(text));
  });

  it('pairs characters, not UTF-16 units, and gives nothing for fewer than two', async () => {
    for (const t of ['电梯异响，电梯异响', '停车🚗位', 'ab', 'a', '']) expect(await gz(t)).toEqual(bigrams(t));
    const [row] = await em(app).execute<{ g: string[] }[]>(`SELECT gz_bigrams(NULL) AS g`);
    expect(row!.g).toEqual([]);
  });
});

describe('long threads', () => {
  const SEARCH = `query($c: ID!, $s: String) { issues(communityId: $c, filter: { search: $s }) { totalCount edges { node { id } } } }`;
  const found = async (s: string) => (await ok(app.url, SEARCH, { c: c.community.gid, s }, c.dispatcher.token)).issues.edges.map((e: { node: { id: string } }) => e.node.id);
  /** A 2,000-character comment that starts with its own marker. */
  const long = (n: number) => `【第${n}条】` + '楼道灯不亮住户反映夜间出行不便'.repeat(200).slice(0, 2_000 - `【第${n}条】`.length);

  it('takes as many 2,000-character comments as the cap holds and one more; each is searchable up to the cap; the issue row stays small', async () => {
    const issue = await submit(app, c, c.resident, { title: '楼道照明', body: '请修理楼道灯' });
    const key = parseGlobalId(issue.id)!.key;
    const rowSize = async () => (await em(app).execute<{ n: number }[]>(`SELECT octet_length(i::text)::int AS n FROM issues i WHERE id = ?`, [key]))[0]!.n;
    const before = await rowSize();
    const within = THREAD_INDEX_CHARS / 2_000;
    for (let n = 1; n <= within + 1; n++) {
      await ok(app.url, MUTATIONS.comment, { input: { issueId: issue.id, body: long(n) } }, c.resident.token);
    }
    // Every comment is kept in the thread…
    const thread = await ok(app.url, `query($id: ID!) { issue(id: $id) { comments(first: 100) { totalCount } } }`, { id: issue.id }, c.resident.token);
    expect(thread.issue.comments.totalCount).toBe(within + 1);
    // …the ones within the cap are found by their own words, the one past it is not indexed.
    for (const n of [1, 20, 21, within]) expect(await found(`【第${n}条】`)).toEqual([issue.id]);
    expect(await found(`【第${within + 1}条】`)).toEqual([]);
    expect(await found('楼道灯不亮')).toEqual([issue.id]);
    const [indexed] = await em(app).execute<{ n: number }[]>(`SELECT sum(length(search_text))::int AS n FROM issue_comments WHERE issue_id = ?`, [key]);
    expect(indexed!.n).toBe(THREAD_INDEX_CHARS);
    // No comment text in the issue's row: it is no larger than before the thread.
    expect(await rowSize()).toBe(before);
  });

  it('keeps internal notes out of search', async () => {
    const issue = await submit(app, c, c.resident, { title: '外墙渗水', body: '外墙渗水严重' });
    await ok(app.url, MUTATIONS.comment, { input: { issueId: issue.id, body: '内部备注：联系施工方', internal: true } }, c.dispatcher.token);
    expect(await found('联系施工方')).toEqual([]);
    await ok(app.url, MUTATIONS.comment, { input: { issueId: issue.id, body: '施工方下周来' } }, c.resident.token);
    expect(await found('施工方下周')).toEqual([issue.id]);
  });
});
