import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { collect, gql, ok, wsClient } from '../helpers/graphql.js';
import { createUser, reside, seat, type TestUser } from '../factories/index.js';
import { createMediationCommittee, DISPUTE } from '../factories/disputes.js';
import { toGlobalId } from '../../server/core/ids.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, loadDemo } from '../../server/app/demo.js';

/**
 * One access rule per resource, proven to agree everywhere (issue 10, part 3). Who may read a
 * resource is decided by its policy for `node(id)` and the typed single read, again in the list
 * SQL, in search, and in the event audience that the history and the live stream filter by. For
 * every resource type and every viewer of the demo community (each role, each owner, a resident
 * not yet verified, an outsider, and those who hold a seat or a case of their own: a mediator, an
 * invited lawyer, a legal adviser, a police officer), this compares what each path lets the viewer
 * see:
 *
 * - the list query returns exactly the resources `node(id)` lets the viewer read (the public
 *   legal services' too: seats, office-hour slots, consultations, questions, lectures);
 * - the typed single read (`issue(id)`, `meeting(id)`, `covenant(id)`) agrees with `node(id)`;
 * - issue search returns only readable issues, and every readable issue whose title has the term;
 * - an event in the viewer's history never points at a subject the viewer may not read;
 * - the live stream, resumed from the start of the history, replays exactly that history.
 */

let app: TestApp;
let communityId: string;
const viewers: { label: string; token: string }[] = [];
type ResourceType =
  | 'Issue'
  | 'Meeting'
  | 'Covenant'
  | 'VolunteerTask'
  | 'Matter'
  | 'Dispute'
  | 'ScreeningRound'
  | 'LegalSeat'
  | 'OfficeHourSlot'
  | 'LegalConsultation'
  | 'LegalQuestion'
  | 'Lecture'
  | 'Proposal';
const all: Record<ResourceType, string[]> = {
  Issue: [],
  Meeting: [],
  Covenant: [],
  VolunteerTask: [],
  Matter: [],
  Dispute: [],
  ScreeningRound: [],
  LegalSeat: [],
  OfficeHourSlot: [],
  LegalConsultation: [],
  LegalQuestion: [],
  Lecture: [],
  Proposal: [],
};
/** The id of one created thing (`mutation { name(input) { id } }`), by the viewer with `token`. */
const step = (mutation: string, type: string, input: Record<string, unknown>, by: string) =>
  ok(app.url, `mutation($input: ${type}!) { ${mutation}(input: $input) { id } }`, { input }, by).then((d) => d[mutation].id as string);
/** The token of a demo account, by its phone. */
const token = (phone: string) => viewers.find((v) => v.label.startsWith(`${phone} `))!.token;

async function rows(sql: string): Promise<string[]> {
  const c = new pg.Client({ connectionString: app.databaseUrl });
  await c.connect();
  try {
    return (await c.query<{ id: string }>(sql)).rows.map((r) => String(r.id));
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  app = await startTestApp();
  await loadDemo(app.services);
  for (const a of DEMO_ACCOUNTS) {
    const d = await ok(app.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { phone: a.phone, password: DEMO_PASSWORD } });
    viewers.push({ label: `${a.phone} ${a.role}`, token: d.signIn.token });
  }
  const admin = viewers[0]!.token;
  communityId = (await ok(app.url, `{ communities { id } }`, {}, admin)).communities[0].id;
  const outsider: TestUser = await createUser(app, { name: '外来人' });
  viewers.push({ label: 'outsider (no residency)', token: outsider.token });
  const pending: TestUser = await createUser(app, { name: '待核验' });
  const [demoCommunity] = await rows('SELECT id FROM communities');
  expect(toGlobalId('Community', demoCommunity!)).toBe(communityId);
  await reside(app, pending, demoCommunity!, { verified: false });
  viewers.push({ label: 'resident not yet verified', token: pending.token });
  await makeDisputes(demoCommunity!);
  await makeLegalServices();

  all.Issue = (await rows('SELECT id FROM issues')).map((id) => toGlobalId('Issue', id));
  all.Meeting = (await rows('SELECT id FROM meetings')).map((id) => toGlobalId('Meeting', id));
  all.Covenant = (await rows('SELECT id FROM covenants')).map((id) => toGlobalId('Covenant', id));
  all.VolunteerTask = (await rows('SELECT id FROM volunteer_tasks')).map((id) => toGlobalId('VolunteerTask', id));
  all.Matter = (await rows('SELECT id FROM matters')).map((id) => toGlobalId('Matter', id));
  all.Dispute = (await rows('SELECT id FROM disputes')).map((id) => toGlobalId('Dispute', id));
  all.ScreeningRound = (await rows('SELECT id FROM screening_rounds')).map((id) => toGlobalId('ScreeningRound', id));
  all.LegalSeat = (await rows('SELECT id FROM legal_seats')).map((id) => toGlobalId('LegalSeat', id));
  all.OfficeHourSlot = (await rows('SELECT id FROM office_hour_slots')).map((id) => toGlobalId('OfficeHourSlot', id));
  all.LegalConsultation = (await rows('SELECT id FROM legal_consultations')).map((id) => toGlobalId('LegalConsultation', id));
  all.LegalQuestion = (await rows('SELECT id FROM legal_questions')).map((id) => toGlobalId('LegalQuestion', id));
  all.Lecture = (await rows('SELECT id FROM lectures')).map((id) => toGlobalId('Lecture', id));
  all.Proposal = (await rows('SELECT id FROM proposals')).map((id) => toGlobalId('Proposal', id));
  for (const [type, ids] of Object.entries(all)) expect(ids.length, `demo ${type}s`).toBeGreaterThan(0);
}, 240_000);
afterAll(() => app?.close());

/**
 * The demo has no disputes yet: a mediation committee with a mediator (a viewer too), and disputes
 * in several states through the API — two owners of the demo as parties, one with outsiders only
 * registered by the demo's grid worker (who then does not see it), one escalated to the township; a
 * lawyer with no tie to the community, invited to a session of one of them (a viewer too: they see
 * that dispute only).
 */
async function makeDisputes(demoCommunityId: string): Promise<void> {
  const committee = await createMediationCommittee(app, { id: demoCommunityId });
  expect(toGlobalId('Community', demoCommunityId)).toBe(communityId);
  const mediator = await createUser(app, { name: '调解员' });
  await seat(app, mediator, committee.id);
  viewers.push({ label: 'mediator (人民调解委员会)', token: mediator.token });
  const owner = token('13900000010');
  const gridWorker = token('13900000020');
  const { me: neighbour } = await ok(app.url, `query { me { id } }`, {}, token('13900000011'));
  const applied = () => step('applyForMediation', 'ApplyForMediationInput', { communityId, ...DISPUTE, respondents: [{ userId: neighbour.id }] }, owner);
  await applied();
  const accepted = await applied();
  await step('acceptDispute', 'AcceptDisputeInput', { disputeId: accepted }, mediator.token);
  const escalated = await applied();
  await step('escalateDispute', 'DisputeReasonInput', { disputeId: escalated, reason: '需街道协调' }, mediator.token);
  // Found in the grid worker's screening round (排查) over a demo building: the round's event too.
  const [building] = await rows(`SELECT id FROM buildings WHERE community_id = '${demoCommunityId}' ORDER BY name LIMIT 1`);
  const round = await step('recordScreeningRound', 'RecordScreeningRoundInput', { communityId, heldAt: new Date(Date.now() - 3_600_000).toISOString(), buildingIds: [toGlobalId('Building', building!)], nothingFound: false }, gridWorker);
  const screened = await step('registerDispute', 'RegisterDisputeInput', { communityId, ...DISPUTE, screeningRoundId: round, applicants: [{ name: '外来务工人员甲' }], respondents: [{ name: '包工头乙' }] }, gridWorker);
  await step('acceptDispute', 'AcceptDisputeInput', { disputeId: screened }, mediator.token);
  // Mediation is voluntary: both parties' consent, heard in person, first.
  const { node: screenedParties } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Dispute { parties { id } } } }`, { id: screened }, mediator.token);
  for (const p of screenedParties.parties as { id: string }[]) await step('recordPartyResponse', 'RecordPartyResponseInput', { disputeId: screened, partyId: p.id, consent: true }, mediator.token);
  await step('startMediation', 'DisputeRefInput', { disputeId: screened }, mediator.token);
  const lawyer = await createUser(app, { name: '律师' });
  viewers.push({ label: 'lawyer invited to one session', token: lawyer.token });
  const { me: mediatorUser } = await ok(app.url, `query { me { id } }`, {}, mediator.token);
  await step(
    'recordMediationSession',
    'RecordMediationSessionInput',
    { disputeId: screened, heldAt: new Date(Date.now() - 3_600_000).toISOString(), place: '调解室', mediatorIds: [mediatorUser.id], partyIds: [], invitees: [{ userId: lawyer.gid, role: 'LAWYER', affiliation: '律师事务所' }], record: '笔录' },
    mediator.token,
  );
  // 调解成功: a written agreement, both (outsider) parties' signatures on paper recorded.
  await step('draftMediationAgreement', 'DraftMediationAgreementInput', { disputeId: screened, form: 'WRITTEN', terms: '包工头乙于三日内结清工资。' }, mediator.token);
  const { node: signed } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Dispute { parties { id } agreement { textHash } } } }`, { id: screened }, mediator.token);
  for (const p of signed.parties as { id: string }[]) {
    await step('recordAgreementConfirmation', 'RecordAgreementConfirmationInput', { disputeId: screened, partyId: p.id, method: 'PAPER', textHash: signed.agreement.textHash }, mediator.token);
  }
  await step('recordMediationOutcome', 'RecordMediationOutcomeInput', { disputeId: screened, outcome: 'AGREED', note: '工资已结清' }, mediator.token);
}

/**
 * Public legal services (公共法律服务) in the demo community, through the API: a legal adviser and a
 * police officer appointed by the platform admin (viewers too); the adviser's office hours, two
 * slots booked by two owners (each consultation seen by its resident and its lawyer only); a
 * public question answered and a private one open; a lecture of the residents' committee with
 * one registration.
 */
async function makeLegalServices(): Promise<void> {
  const admin = viewers[0]!.token;
  const lawyer = await createUser(app, { name: '法律顾问' });
  const officer = await createUser(app, { name: '社区民警' });
  viewers.push({ label: 'legal adviser (法律顾问)', token: lawyer.token }, { label: 'police officer (社区民警)', token: officer.token });
  await step('appointLegalSeat', 'AppointLegalSeatInput', { communityId, role: 'LEGAL_ADVISER', userId: lawyer.gid, officeHours: '每周四下午' }, admin);
  await step('appointLegalSeat', 'AppointLegalSeatInput', { communityId, role: 'POLICE_OFFICER', userId: officer.gid }, admin);
  const { publishOfficeHours: slots } = await ok<{ publishOfficeHours: { id: string }[] }>(
    app.url,
    `mutation($input: PublishOfficeHoursInput!) { publishOfficeHours(input: $input) { id } }`,
    { input: { communityId, weekday: 4, startTime: '14:00', endTime: '15:30', slotMinutes: 30, weeks: 2 } },
    lawyer.token,
  );
  expect(slots.length).toBeGreaterThan(2);
  await step('bookOfficeHourSlot', 'BookOfficeHourSlotInput', { slotId: slots[0]!.id, topic: '遗产继承' }, token('13900000012'));
  await step('bookOfficeHourSlot', 'BookOfficeHourSlotInput', { slotId: slots[1]!.id, topic: '租房合同' }, token('13900000013'));
  const asked = await step('askLegalQuestion', 'AskLegalQuestionInput', { communityId, category: 'INHERITANCE', visibility: 'PUBLIC', title: '父母房产如何继承', body: '没有遗嘱时房产怎么分？' }, token('13900000012'));
  await step('answerLegalQuestion', 'AnswerLegalQuestionInput', { questionId: asked, answer: '按法定继承，配偶、子女、父母为第一顺序继承人。' }, lawyer.token);
  await step('askLegalQuestion', 'AskLegalQuestionInput', { communityId, category: 'LABOR', visibility: 'PRIVATE', title: '工资被拖欠', body: '公司三个月没发工资。' }, token('13900000014'));
  const { node: community } = await ok<{ node: { organizations: { id: string; kind: string }[] } }>(app.url, `query($c: ID!) { node(id: $c) { ... on Community { organizations { id kind } } } }`, { c: communityId }, admin);
  const rc = community.organizations.find((o) => o.kind === 'RESIDENTS_COMMITTEE')!.id;
  const startsAt = new Date(Date.now() + 3 * 24 * 3_600_000);
  const lecture = await step(
    'scheduleLecture',
    'ScheduleLectureInput',
    { organizerId: rc, title: '民法典与百姓生活', description: '解读民法典中与居民生活相关的条款。', speaker: '王律师', location: '社区党群服务中心二楼', startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(), capacity: 30 },
    token('13900000001'),
  );
  await step('registerForLecture', 'LectureRefInput', { lectureId: lecture }, token('13900000015'));
}

const readCache = new Map<string, boolean>();

/** The ids of `ids` that `node(id)` returns to the viewer (asked once per viewer and id). */
async function readable(token: string, ids: string[]): Promise<Set<string>> {
  const seen = new Set<string>(ids.filter((id) => readCache.get(`${token} ${id}`)));
  ids = ids.filter((id) => !readCache.has(`${token} ${id}`));
  for (let i = 0; i < ids.length; i += 10) {
    const batch = ids.slice(i, i + 10);
    const results = await Promise.all(batch.map((id) => gql(app.url, `query($id: ID!) { node(id: $id) { id } }`, { id }, token)));
    results.forEach((r, j) => {
      const yes = r.data?.node?.id === batch[j];
      readCache.set(`${token} ${batch[j]}`, yes);
      if (yes) seen.add(batch[j]!);
    });
  }
  return seen;
}

/** Every page of a connection, as ids. */
async function listAll(token: string, query: string, pick: (data: any) => { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }): Promise<Set<string>> {
  const ids = new Set<string>();
  let after: string | null = null;
  for (;;) {
    const page = pick(await ok(app.url, query, { c: communityId, after }, token));
    for (const e of page.edges) ids.add(e.node.id);
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
}

const sorted = (s: Set<string>) => [...s].sort();
const PAGE = 'pageInfo { hasNextPage endCursor }';

// Some 24 viewers times every resource, over HTTP: minutes when the machine is busy.
describe('the list queries return exactly what node(id) lets each viewer read', { timeout: 300_000 }, () => {
  it('issues', async () => {
    for (const v of viewers) {
      const listed = await listAll(v.token, `query($c: ID!, $after: String) { issues(communityId: $c, first: 50, after: $after) { edges { node { id } } ${PAGE} } }`, (d) => d.issues);
      expect(sorted(listed), v.label).toEqual(sorted(await readable(v.token, all.Issue)));
    }
  });

  it('meetings', async () => {
    for (const v of viewers) {
      const listed = await listAll(v.token, `query($c: ID!, $after: String) { meetings(communityId: $c, first: 50, after: $after) { edges { node { id } } ${PAGE} } }`, (d) => d.meetings);
      expect(sorted(listed), v.label).toEqual(sorted(await readable(v.token, all.Meeting)));
    }
  });

  it('volunteer tasks', async () => {
    for (const v of viewers) {
      const listed = await listAll(v.token, `query($c: ID!, $after: String) { volunteerTasks(communityId: $c, first: 50, after: $after) { edges { node { id } } ${PAGE} } }`, (d) => d.volunteerTasks);
      expect(sorted(listed), v.label).toEqual(sorted(await readable(v.token, all.VolunteerTask)));
    }
  });

  it('matters', async () => {
    for (const v of viewers) {
      const listed = await listAll(v.token, `query($c: ID!, $after: String) { matters(communityId: $c, first: 50, after: $after) { edges { node { id } } ${PAGE} } }`, (d) => d.matters);
      expect(sorted(listed), v.label).toEqual(sorted(await readable(v.token, all.Matter)));
    }
  });

  it('disputes', async () => {
    for (const v of viewers) {
      const listed = await listAll(v.token, `query($c: ID!, $after: String) { disputes(communityId: $c, first: 50, after: $after) { edges { node { id } } ${PAGE} } }`, (d) => d.disputes);
      expect(sorted(listed), v.label).toEqual(sorted(await readable(v.token, all.Dispute)));
    }
    // Not vacuous: some viewers see all of them, some none, a party some.
    const counts = await Promise.all(viewers.map(async (v) => (await readable(v.token, all.Dispute)).size));
    expect(counts).toContain(all.Dispute.length);
    // The invited lawyer: the one dispute of their session.
    expect(counts[viewers.findIndex((v) => v.label === 'lawyer invited to one session')]).toBe(1);
    expect(counts).toContain(0);
    expect(counts.some((n) => n > 0 && n < all.Dispute.length)).toBe(true);
  });

  it('proposals', async () => {
    for (const v of viewers) {
      const listed = await listAll(v.token, `query($c: ID!, $after: String) { proposals(communityId: $c, first: 50, after: $after) { edges { node { id } } ${PAGE} } }`, (d) => d.proposals);
      expect(sorted(listed), v.label).toEqual(sorted(await readable(v.token, all.Proposal)));
    }
    // Not vacuous: those who belong to the community see every one (说事议事室 is the community's), the outsider none.
    const counts = await Promise.all(viewers.map(async (v) => (await readable(v.token, all.Proposal)).size));
    expect(counts).toContain(all.Proposal.length);
    expect(counts[viewers.findIndex((v) => v.label === 'outsider (no residency)')]).toBe(0);
  });

  it('screening rounds', async () => {
    for (const v of viewers) {
      const listed = await listAll(v.token, `query($c: ID!, $after: String) { screeningRounds(communityId: $c, first: 50, after: $after) { edges { node { id } } ${PAGE} } }`, (d) => d.screeningRounds);
      expect(sorted(listed), v.label).toEqual(sorted(await readable(v.token, all.ScreeningRound)));
    }
    // Not vacuous: the grid worker who recorded it sees it, the outsider does not.
    const sees = async (label: string) => (await readable(viewers.find((v) => v.label.startsWith(label))!.token, all.ScreeningRound)).size;
    expect(await sees('13900000020')).toBe(all.ScreeningRound.length);
    expect(await sees('outsider')).toBe(0);
  });

  it('legal seats', async () => {
    // Two lists: the community's directory (its readers see every seat) and the holder's own seats
    // (`me.legalSeats`: a holder need not belong to the community); node(id) allows either.
    const q = `query($c: ID!) { node(id: $c) { ... on Community { legalSeats { id } } } me { legalSeats { id community { id } } } }`;
    for (const v of viewers) {
      const { node, me } = await ok(app.url, q, { c: communityId }, v.token);
      const directory = ((node?.legalSeats ?? []) as { id: string }[]).map((s) => s.id);
      const own = ((me?.legalSeats ?? []) as { id: string; community: { id: string } }[]).filter((s) => s.community.id === communityId).map((s) => s.id);
      expect(sorted(new Set([...directory, ...own])), v.label).toEqual(sorted(await readable(v.token, all.LegalSeat)));
    }
    // Not vacuous: a resident sees every seat in the directory, the adviser only their own.
    const sees = async (label: string) => (await readable(viewers.find((v) => v.label.startsWith(label))!.token, all.LegalSeat)).size;
    expect(await sees('13900000016')).toBe(all.LegalSeat.length);
    expect(await sees('legal adviser')).toBe(1);
    expect(await sees('outsider')).toBe(0);
  });

  it('office-hour slots', async () => {
    for (const v of viewers) {
      // From the beginning of time: every slot, not only those still ahead.
      const listed = await listAll(v.token, `query($c: ID!, $after: String) { officeHourSlots(communityId: $c, first: 50, after: $after, from: "2000-01-01T00:00:00Z") { edges { node { id } } ${PAGE} } }`, (d) => d.officeHourSlots);
      expect(sorted(listed), v.label).toEqual(sorted(await readable(v.token, all.OfficeHourSlot)));
    }
  });

  it('legal consultations', async () => {
    for (const v of viewers) {
      const listed = await listAll(v.token, `query($c: ID!, $after: String) { legalConsultations(communityId: $c, first: 50, after: $after) { edges { node { id } } ${PAGE} } }`, (d) => d.legalConsultations);
      expect(sorted(listed), v.label).toEqual(sorted(await readable(v.token, all.LegalConsultation)));
    }
    // Not vacuous: the lawyer sees the two booked with them, a resident their own, the platform admin none.
    const sees = async (label: string) => (await readable(viewers.find((v) => v.label.startsWith(label))!.token, all.LegalConsultation)).size;
    expect(await sees('legal adviser')).toBe(2);
    expect(await sees('13900000013')).toBeGreaterThan(0);
    expect(await sees('13900000013')).toBeLessThan(all.LegalConsultation.length);
    expect(await sees('13900000000')).toBe(0);
  });

  it('legal questions', async () => {
    for (const v of viewers) {
      const listed = await listAll(v.token, `query($c: ID!, $after: String) { legalQuestions(communityId: $c, first: 50, after: $after) { edges { node { id } } ${PAGE} } }`, (d) => d.legalQuestions);
      expect(sorted(listed), v.label).toEqual(sorted(await readable(v.token, all.LegalQuestion)));
    }
    // Not vacuous: the adviser sees the private questions too, another owner the public ones only.
    const sees = async (label: string) => (await readable(viewers.find((v) => v.label.startsWith(label))!.token, all.LegalQuestion)).size;
    expect(await sees('legal adviser')).toBe(all.LegalQuestion.length);
    expect(await sees('13900000016')).toBeGreaterThan(0);
    expect(await sees('13900000016')).toBeLessThan(all.LegalQuestion.length);
    expect(await sees('outsider')).toBe(0);
  });

  it('lectures', async () => {
    for (const v of viewers) {
      const listed = await listAll(v.token, `query($c: ID!, $after: String) { lectures(communityId: $c, first: 50, after: $after) { edges { node { id } } ${PAGE} } }`, (d) => d.lectures);
      expect(sorted(listed), v.label).toEqual(sorted(await readable(v.token, all.Lecture)));
    }
  });

  it('covenants', async () => {
    for (const v of viewers) {
      const r = await gql(app.url, `query($c: ID!) { covenants(communityId: $c) { id } }`, { c: communityId }, v.token);
      const listed = new Set<string>((r.data?.covenants ?? []).map((c: { id: string }) => c.id));
      expect(sorted(listed), v.label).toEqual(sorted(await readable(v.token, all.Covenant)));
    }
  });
});

describe('the typed single reads agree with node(id)', { timeout: 300_000 }, () => {
  it.each([
    ['Issue', 'issue'],
    ['Meeting', 'meeting'],
    ['Covenant', 'covenant'],
  ] as const)('%s', async (type, field) => {
    for (const v of viewers) {
      const byNode = await readable(v.token, all[type]);
      const typed = new Set<string>();
      for (const id of all[type]) {
        const r = await gql(app.url, `query($id: ID!) { ${field}(id: $id) { id } }`, { id }, v.token);
        if (r.data?.[field]?.id === id) typed.add(id);
      }
      expect(sorted(typed), v.label).toEqual(sorted(byNode));
    }
  });
});

describe('issue search', { timeout: 300_000 }, () => {
  it('finds only readable issues, and every readable issue with the term in its title', async () => {
    const titles = new Map<string, string>();
    const admin = viewers[0]!.token;
    for (const id of all.Issue) {
      const r = await gql(app.url, `query($id: ID!) { issue(id: $id) { id title } }`, { id }, admin);
      if (r.data?.issue) titles.set(id, r.data.issue.title);
    }
    // Terms from the demo's own titles: two characters each (the search index is of bigrams).
    const terms = [...new Set([...titles.values()].map((t) => [...t].slice(0, 2).join('')))].slice(0, 6);
    expect(terms.length).toBeGreaterThan(2);
    for (const v of viewers) {
      const canRead = await readable(v.token, all.Issue);
      for (const term of terms) {
        const found = await listAll(
          v.token,
          `query($c: ID!, $after: String) { issues(communityId: $c, first: 50, after: $after, filter: { search: ${JSON.stringify(term)} }) { edges { node { id } } ${PAGE} } }`,
          (d) => d.issues,
        );
        for (const id of found) expect(canRead.has(id), `${v.label}: search "${term}" found ${id}, which node(id) refuses`).toBe(true);
        for (const id of canRead) if (titles.get(id)?.includes(term)) expect(found.has(id), `${v.label}: search "${term}" missed ${id}`).toBe(true);
      }
    }
  });
});

const HISTORY = `query($c: ID!, $after: String) { events(communityId: $c, first: 100, after: $after, order: OLDEST_FIRST) {
  edges { cursor node { id type } } pageInfo { hasNextPage endCursor } } }`;

async function history(token: string): Promise<{ cursor: string; id: string; type: string }[]> {
  const out: { cursor: string; id: string; type: string }[] = [];
  let after: string | null = null;
  for (;;) {
    const d: any = await ok(app.url, HISTORY, { c: communityId, after }, token);
    for (const e of d.events.edges) out.push({ cursor: e.cursor, id: e.node.id, type: e.node.type });
    if (!d.events.pageInfo.hasNextPage) return out;
    after = d.events.pageInfo.endCursor;
  }
}

describe('events', { timeout: 300_000 }, () => {
  it('an event in a viewer\'s history never points at a subject the viewer may not read', async () => {
    // The subjects as stored, so that a subject hidden by the field resolver still counts.
    const c = new pg.Client({ connectionString: app.databaseUrl });
    await c.connect();
    const stored = new Map<string, { type: string | null; id: string | null }>();
    for (const r of (await c.query<{ id: string; subject_type: string | null; subject_id: string | null }>('SELECT id, subject_type, subject_id FROM domain_events')).rows)
      stored.set(toGlobalId('DomainEvent', r.id), { type: r.subject_type, id: r.subject_id });
    await c.end();
    const types = new Set(Object.keys(all));
    const covered = new Set<string>();
    for (const v of viewers) {
      const events = await history(v.token);
      const subjects = new Set<string>();
      for (const e of events) {
        const s = stored.get(e.id);
        expect(s, `event ${e.id} is stored`).toBeDefined();
        if (s?.type && s.id && types.has(s.type)) {
          subjects.add(toGlobalId(s.type, s.id));
          covered.add(s.type);
        }
      }
      const canRead = await readable(v.token, [...subjects]);
      // A platform admin's history too: consultations and private questions have a private
      // audience (fb09bf5), which the feed's admin clause does not override.
      expect(sorted(new Set([...subjects].filter((id) => !canRead.has(id)))), `${v.label}: events about subjects it may not read`).toEqual([]);
    }
    // Not vacuous: the histories hold events about every kind of subject compared here.
    expect(sorted(covered)).toEqual(sorted(types));
  });

  it('the live stream, resumed from the start of the history, replays exactly that history', async () => {
    for (const v of viewers) {
      const events = await history(v.token);
      if (events.length < 2) continue;
      const client = wsClient(app.wsUrl, v.token);
      try {
        const stream = collect<{ communityEvents: { id: string } }>(
          client,
          `subscription($c: ID!, $after: String) { communityEvents(communityId: $c, after: $after) { id } }`,
          { c: communityId, after: events[0]!.cursor },
        );
        const expected = events.slice(1).map((e) => e.id);
        const got = (await stream.next(expected.length, 20_000)).map((d) => d.communityEvents.id);
        expect(got, v.label).toEqual(expected);
      } finally {
        await client.dispose();
      }
    }
  });
});
