import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { collect, gql, ok, streamCursor, wsClient } from '../helpers/graphql.js';
import { createCommunity, createOrganizationAbove, createUser, reside, seat, MemberRole, OrganizationKind, RegionLevel, TANXI, type TestCommunity, type TestUser } from '../factories/index.js';
import { appointSeat } from '../factories/legal.js';

// 法律超市 through the API: residents ask (public or private), the community's legal adviser
// answers; a private question reaches only its asker and the legal advisers (node, lists, history);
// public answered questions form the community's knowledge base, searched in Chinese.
let app: TestApp;
let c: TestCommunity;
let other: TestCommunity;
const u: Record<'lawyer' | 'otherLawyer' | 'officer' | 'township' | 'asker' | 'bystander' | 'unverified' | 'rcMember' | 'outsider', TestUser> = {} as never;

const Q = 'id title body category visibility status answer isMine asker { id } answeredBy { id } viewerActions';
const call = (name: string, type: string, input: Record<string, unknown>, by: TestUser) => gql(app.url, `mutation($input: ${type}!) { ${name}(input: $input) { ${Q} } }`, { input }, by.token);
const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code as string | undefined;
const must = async (name: string, type: string, input: Record<string, unknown>, by: TestUser) => {
  const r = await call(name, type, input, by);
  expect(r.errors, `${name}: ${JSON.stringify(r.errors)}`).toBeUndefined();
  return r.data![name];
};
const ask = (input: Record<string, unknown>, by = u.asker) => call('askLegalQuestion', 'AskLegalQuestionInput', { communityId: c.gid, category: 'PROPERTY', visibility: 'PUBLIC', ...input }, by);
const answer = (questionId: string, text: string, by = u.lawyer) => call('answerLegalQuestion', 'AnswerLegalQuestionInput', { questionId, answer: text }, by);
const list = async (by: TestUser, args = '') => {
  const { legalQuestions } = await ok(app.url, `query($c: ID!) { legalQuestions(communityId: $c, first: 100${args}) { totalCount edges { node { id title } } } }`, { c: c.gid }, by.token);
  return { total: legalQuestions.totalCount as number, titles: legalQuestions.edges.map((e: { node: { title: string } }) => e.node.title) as string[] };
};
const nodeOf = async (id: string, by: TestUser) => (await ok(app.url, `query($id: ID!) { node(id: $id) { ... on LegalQuestion { ${Q} } } }`, { id }, by.token)).node;
const titles = async (by: TestUser) => (await ok(app.url, `{ notifications(first: 50) { edges { node { title } } } }`, {}, by.token)).notifications.edges.map((e: { node: { title: string } }) => e.node.title);

let rent: string;
let secret: string;
let parking: string;

beforeAll(async () => {
  app = await startTestApp();
  c = await createCommunity(app);
  other = await createCommunity(app, '别的社区');
  const township = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '檀溪街道综治中心', level: RegionLevel.TOWNSHIP, ...TANXI });
  for (const k of Object.keys({ lawyer: 1, otherLawyer: 1, officer: 1, township: 1, asker: 1, bystander: 1, unverified: 1, rcMember: 1, outsider: 1 }) as (keyof typeof u)[]) {
    u[k] = await createUser(app, { name: k });
  }
  await appointSeat(app, c.id, u.lawyer);
  await appointSeat(app, other.id, u.otherLawyer);
  await appointSeat(app, c.id, u.officer, 'POLICE_OFFICER' as never);
  await seat(app, u.township, township.id, MemberRole.STAFF);
  await seat(app, u.rcMember, c.orgs.rc.id, MemberRole.MEMBER);
  await reside(app, u.asker, c.id);
  await reside(app, u.bystander, c.id);
  await reside(app, u.unverified, c.id, { verified: false });
}, 60_000);
afterAll(() => app?.close());

describe('asking', () => {
  it('a verified resident asks, publicly or privately; the legal adviser is told; nobody else asks', async () => {
    rent = (await must('askLegalQuestion', 'AskLegalQuestionInput', { communityId: c.gid, category: 'CONTRACT', visibility: 'PUBLIC', title: '租房押金不退怎么办', body: '房东以墙面磨损为由扣押金，合理吗？' }, u.asker)).id;
    const s = await must('askLegalQuestion', 'AskLegalQuestionInput', { communityId: c.gid, category: 'MARRIAGE_FAMILY', visibility: 'PRIVATE', title: '离婚后孩子抚养权', body: '租房居住是否影响抚养权判定？' }, u.asker);
    secret = s.id;
    expect(s).toMatchObject({ status: 'OPEN', visibility: 'PRIVATE', isMine: true, asker: { id: u.asker.gid }, answer: null, viewerActions: ['WITHDRAW'] });
    parking = (await must('askLegalQuestion', 'AskLegalQuestionInput', { communityId: c.gid, category: 'PROPERTY', visibility: 'PUBLIC', title: '车位被占', body: '物业不管，我能怎么办？' }, u.bystander)).id;
    expect((await titles(u.lawyer)).filter((t: string) => t.startsWith('法律超市新问题'))).toEqual(['法律超市新问题：车位被占', '法律超市新问题：离婚后孩子抚养权', '法律超市新问题：租房押金不退怎么办']);
    expect(await titles(u.officer)).toEqual([]);
    for (const by of [u.unverified, u.rcMember, u.lawyer, u.township, u.outsider]) expect(code(await ask({ title: 't', body: 'b' }, by)), 'ask').toBe('FORBIDDEN');
    for (const bad of [{ title: ' ' }, { title: 'x'.repeat(101), body: 'b' }, { body: '' }, { communityId: u.asker.gid }]) {
      expect(code(await ask({ title: '标题', body: '内容', ...bad })), JSON.stringify(bad)).toBe('BAD_USER_INPUT');
    }
    expect((await list(u.asker)).total).toBe(3);
  });

  it('a private question reaches its asker and the legal adviser only; a public one hides who asked', async () => {
    for (const by of [u.bystander, u.rcMember, u.officer, u.township, u.otherLawyer, u.unverified, u.outsider]) {
      expect(await nodeOf(secret, by), 'node').toBeNull();
      expect((await list(by)).titles).not.toContain('离婚后孩子抚养权');
    }
    expect((await nodeOf(secret, u.lawyer)).asker).toEqual({ id: u.asker.gid });
    expect((await list(u.lawyer)).total).toBe(3);
    expect((await list(u.bystander)).titles).toEqual(['车位被占', '租房押金不退怎么办']);
    expect(await nodeOf(rent, u.bystander)).toMatchObject({ asker: null, isMine: false, viewerActions: [] });
    expect((await nodeOf(rent, u.township)).title).toBe('租房押金不退怎么办');
    for (const by of [u.unverified, u.outsider, u.otherLawyer]) {
      expect(await nodeOf(rent, by)).toBeNull();
      expect((await list(by)).total).toBe(0);
    }
    const { events } = await ok(app.url, `query($c: ID!) { events(communityId: $c, first: 100) { edges { node { subject { id } data } } } }`, { c: c.gid }, u.bystander.token);
    const subjects = events.edges.map((e: { node: { subject: { id: string } | null } }) => e.node.subject?.id);
    expect(subjects).toContain(rent);
    expect(subjects).not.toContain(secret);
    expect(JSON.stringify(events)).not.toContain('租房押金');
  });

  it("a platform admin gets neither the private question nor its events: its audience is private, not the admin's to override", async () => {
    const admin = await createUser(app, { name: 'admin', admin: true });
    expect(await nodeOf(secret, admin)).toBeNull();
    expect((await list(admin)).titles).not.toContain('离婚后孩子抚养权');
    const { events } = await ok(app.url, `query($c: ID!) { events(communityId: $c, first: 100) { edges { node { type data subject { id } } } } }`, { c: c.gid }, admin.token);
    const asked = (events.edges as { node: { type: string; data: { visibility?: string }; subject: { id: string } | null } }[]).map((e) => e.node).filter((n) => n.type.startsWith('legalQuestion.'));
    // The public questions' events, each pointing at a question the admin may read; none of the private one.
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((n) => n.data.visibility === 'PRIVATE')).toEqual([]);
    expect(asked.filter((n) => n.subject === null)).toEqual([]);
  });
});

describe('answering and withdrawing', () => {
  it('the legal adviser answers; the asker is told; others may not (FORBIDDEN where they see it, NOT_FOUND where not)', async () => {
    expect(code(await answer(rent, '可要求房东返还。', u.asker))).toBe('FORBIDDEN');
    expect(code(await answer(rent, '可要求房东返还。', u.rcMember))).toBe('FORBIDDEN');
    expect(code(await answer(rent, '可要求房东返还。', u.officer))).toBe('NOT_FOUND');
    expect(code(await answer(secret, '……', u.otherLawyer))).toBe('NOT_FOUND');
    expect(code(await answer(rent, ' '))).toBe('BAD_USER_INPUT');
    expect((await nodeOf(rent, u.lawyer)).viewerActions).toEqual(['ANSWER']);
    const a = (await answer(rent, '正常使用造成的磨损不属于损坏，房东无权扣除押金，可协商或申请调解。')).data!.answerLegalQuestion;
    expect(a).toMatchObject({ status: 'ANSWERED', answeredBy: { id: u.lawyer.gid }, viewerActions: ['ANSWER'] });
    expect(await titles(u.asker)).toContain('律师已解答您的问题：租房押金不退怎么办');
    const revised = (await answer(rent, '补充：保留入住时的照片作为证据。')).data!.answerLegalQuestion;
    expect(revised).toMatchObject({ status: 'ANSWERED', answer: '补充：保留入住时的照片作为证据。' });
    await must('answerLegalQuestion', 'AnswerLegalQuestionInput', { questionId: secret, answer: '抚养权以子女利益为先，租房不是决定因素。' }, u.lawyer);
  });

  it('the asker withdraws an OPEN question only; answering a withdrawn one is INVALID_TRANSITION', async () => {
    expect(code(await call('withdrawLegalQuestion', 'LegalQuestionRefInput', { questionId: rent }, u.asker))).toBe('INVALID_TRANSITION');
    expect(code(await call('withdrawLegalQuestion', 'LegalQuestionRefInput', { questionId: parking }, u.asker))).toBe('FORBIDDEN');
    expect(await must('withdrawLegalQuestion', 'LegalQuestionRefInput', { questionId: parking }, u.bystander)).toMatchObject({ status: 'WITHDRAWN', viewerActions: [] });
    expect(code(await answer(parking, '……'))).toBe('INVALID_TRANSITION');
  });
});

describe('the knowledge base', () => {
  it('is the public answered questions, searched in Chinese (question and answer), by category, with exact counts', async () => {
    const more = [
      { category: 'LABOR', title: '拖欠工资', body: '公司三个月没发工资。', ans: '可向劳动监察大队投诉或申请劳动仲裁。' },
      { category: 'CONTRACT', title: '借条没写利息', body: '借给邻居两万元。', ans: '未约定利息的视为没有利息。' },
      { category: 'PROPERTY', title: '楼上漏水', body: '租房住，楼上漏水谁负责？', ans: null },
    ];
    for (const m of more) {
      const q = (await must('askLegalQuestion', 'AskLegalQuestionInput', { communityId: c.gid, category: m.category, visibility: 'PUBLIC', title: m.title, body: m.body }, u.bystander)).id;
      if (m.ans) await answer(q, m.ans);
    }
    const kb = (args: string, by = u.bystander) => list(by, `, knowledgeBase: true${args}`);
    expect(await kb('')).toEqual({ total: 3, titles: ['借条没写利息', '拖欠工资', '租房押金不退怎么办'] });
    // The private answered one is not in anyone's knowledge base, not even the lawyer's or its asker's.
    expect((await kb('', u.lawyer)).total).toBe(3);
    expect((await kb('', u.asker)).total).toBe(3);
    // 租房 is in two public questions (one unanswered) and the private one: the knowledge base finds one.
    expect(await kb(', search: "租房"')).toEqual({ total: 1, titles: ['租房押金不退怎么办'] });
    expect((await list(u.bystander, ', search: "租房"')).titles).toEqual(['楼上漏水', '租房押金不退怎么办']);
    expect((await list(u.asker, ', search: "租房"')).titles).toEqual(['楼上漏水', '离婚后孩子抚养权', '租房押金不退怎么办']);
    // In the answer only; one character; a wildcard meaning itself; nothing.
    expect(await kb(', search: "劳动仲裁"')).toEqual({ total: 1, titles: ['拖欠工资'] });
    expect((await kb(', search: "借"')).titles).toEqual(['借条没写利息']);
    expect((await kb(', search: "%"')).total).toBe(0);
    expect((await kb(', search: "物业"')).total).toBe(0);
    expect(await kb(', category: CONTRACT')).toEqual({ total: 2, titles: ['借条没写利息', '租房押金不退怎么办'] });
    expect((await list(u.bystander, ', mine: true')).total).toBe(4);
    expect((await list(u.bystander, ', status: [WITHDRAWN]')).titles).toEqual(['车位被占']);
    expect((await kb('', u.outsider)).total).toBe(0);
  });
});

describe('live', () => {
  it('a private question\'s events reach the asker and the legal adviser, not a bystander; a public one reaches the community', async () => {
    const cursor = await streamCursor(app.url, c.gid, u.bystander.token);
    const watch = (by: TestUser) => {
      const client = wsClient(app.wsUrl, by.token);
      return { client, stream: collect<{ communityEvents: { type: string; subject: { id: string } | null } }>(client, `subscription($c: ID!, $after: String) { communityEvents(communityId: $c, after: $after) { type subject { id } } }`, { c: c.gid, after: cursor }) };
    };
    const bystander = watch(u.bystander);
    const lawyer = watch(u.lawyer);
    try {
      const hidden = (await must('askLegalQuestion', 'AskLegalQuestionInput', { communityId: c.gid, category: 'OTHER', visibility: 'PRIVATE', title: '私密问题', body: '不公开' }, u.asker)).id;
      await answer(hidden, '私下答复');
      const open = (await must('askLegalQuestion', 'AskLegalQuestionInput', { communityId: c.gid, category: 'OTHER', visibility: 'PUBLIC', title: '公开问题', body: '公开' }, u.asker)).id;
      const seen = (w: typeof bystander, n: number) => w.stream.next(n, 20_000).then((items) => items.map((e) => [e.communityEvents.type, e.communityEvents.subject?.id]));
      // Once the bystander has the public question, anything about the private one would have come before it.
      expect(await seen(bystander, 1)).toEqual([['legalQuestion.asked', open]]);
      expect(await seen(lawyer, 3)).toEqual([
        ['legalQuestion.asked', hidden],
        ['legalQuestion.answered', hidden],
        ['legalQuestion.asked', open],
      ]);
    } finally {
      await bystander.client.dispose();
      await lawyer.client.dispose();
    }
  });
});
