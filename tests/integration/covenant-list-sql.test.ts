// The covenant list in a constant, small number of statements (issue 11, part 3): at most 3 per
// request whatever the number of covenants, with every version, the version in force and its
// acknowledgements, and the same answers as the field resolvers give one covenant at a time
// (`node(id)`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { statementCounter } from '../helpers/statements.js';
import { ok } from '../helpers/graphql.js';
import { createUser, em, type TestUser } from '../factories/index.js';
import { createMeetingCast, type MeetingCast } from '../factories/meetings.js';
import { covenantStep, draftCovenant } from '../factories/covenants.js';

const HOUR = 3_600_000;
const later = (h: number) => new Date(Date.now() + h * HOUR).toISOString();
const KINDS = ['RESIDENTS_CONVENTION', 'PROPERTY_RULES', 'VILLAGE_RULES', 'PROCEDURE_RULES'];

let app: TestApp;
/** A community with 50 covenants, and one with a single covenant. */
let k: MeetingCast;
let one: MeetingCast;
let admin: TestUser;
const { onQuery, counted } = statementCounter();

const FIELDS = `id kind title createdAt viewerCanManage viewerActions viewerSeesAllComments
  inForce { id number status adoptedAt filedAt viewerAcknowledged acknowledgementCount acknowledgementRate }
  inProgress { id number status commentsOpenUntil }
  versions { id number status contentHash changeSummary commentsOpenUntil createdAt adoptedAt articles { number title text } }`;
const LIST = `query($c: ID!) { covenants(communityId: $c) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { node(id: $id) { ... on Covenant { ${FIELDS} } } }`;

async function covenants(cast: MeetingCast, n: number, tag: string) {
  const adopted: string[] = [];
  for (let i = 0; i < n; i++) {
    const kind = KINDS[i % 4]!;
    const by = kind === 'PROPERTY_RULES' ? cast.oc : cast.chair;
    const c = await draftCovenant(app, by, { communityId: cast.c.gid, kind, title: `${tag}公约${i}`, articles: [{ title: '总则', text: `第${i}条` }] });
    if (i % 3 === 1) await covenantStep(app, 'openComment', by, { versionId: c.versions[0].id, until: later(48) });
    if (i % 3 === 2) adopted.push(c.title);
  }
  // In force without a vote: written straight to the database (this test is about reading).
  await em(app).getConnection().execute(
    `UPDATE covenant_versions v SET status = 'ADOPTED', adopted_at = now() FROM covenants c WHERE c.id = v.covenant_id AND c.title = ANY(?::text[])`,
    [`{${adopted.join(',')}}`],
  );
  const { covenants: listed } = await ok(app.url, `query($c: ID!) { covenants(communityId: $c) { id kind title inForce { id } } }`, { c: cast.c.gid }, cast.chair.token);
  for (const [i, c] of listed.filter((x: any) => x.inForce).entries()) {
    if (i % 2 === 0) await covenantStep(app, 'acknowledge', cast.owners[0]!, { versionId: c.inForce.id });
    if (i % 3 === 0) await covenantStep(app, 'acknowledge', cast.owners[1]!, { versionId: c.inForce.id });
    if (i % 4 === 1) {
      const by = c.kind === 'PROPERTY_RULES' ? cast.oc : cast.chair;
      await covenantStep(app, 'revise', by, { covenantId: c.id, articles: [{ title: '总则', text: '修订后的条文' }], changeSummary: '修订' });
    }
  }
}

beforeAll(async () => {
  app = await startTestApp({ onQuery });
  k = await createMeetingCast(app);
  one = await createMeetingCast(app);
  admin = await createUser(app, { name: '管理员', admin: true });
  await covenants(k, 50, '甲');
  await covenants(one, 1, '乙');
}, 300_000);
afterAll(() => app?.close());


/** An admin, the residents' committee, the owners' committee, an owner who acknowledged, another owner, the property manager, an outsider. */
const viewersOf = (cast: MeetingCast): TestUser[] => [admin, cast.chair, cast.oc, cast.owners[0]!, cast.owners[2]!, cast.pm, cast.outsider];

describe('covenants(communityId)', () => {
  it('costs at most 3 statements for 1 or 50 covenants, with every field of the list', async () => {
    for (const [cast, size] of [[one, 1], [k, 50]] as const) {
      for (const viewer of viewersOf(cast)) {
        const { result, n, sql } = await counted(() => ok(app.url, LIST, { c: cast.c.gid }, viewer.token));
        if (viewer === admin) expect(result.covenants).toHaveLength(size);
        if (n > 3) console.log(sql.join('\n---\n'));
        expect(n).toBeLessThanOrEqual(3);
      }
    }
  });

  it('answers what the field resolvers answer for each covenant alone, for each viewer', async () => {
    const sizes: number[] = [];
    for (const viewer of viewersOf(k)) {
      const { covenants } = await ok(app.url, LIST, { c: k.c.gid }, viewer.token);
      sizes.push(covenants.length);
      for (const c of covenants) {
        const { node } = await ok(app.url, ONE, { id: c.id }, viewer.token);
        expect(c).toEqual(node);
      }
    }
    // Drafts are the responsible organizations': each sees its own kinds' drafts, the community
    // the rest, the outsider nothing (the admin everything).
    expect(sizes[0]).toBe(50);
    expect(sizes.at(-1)).toBe(0);
    expect(new Set(sizes).size).toBeGreaterThan(2);
  });
});
