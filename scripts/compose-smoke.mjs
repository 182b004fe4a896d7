// The in-network half of scripts/compose-smoke.sh, run by node inside the app1 container (its
// node_modules has graphql-ws and ws): a demo resident signs in through app2, subscribes to their
// community's events on app1 directly and through nginx (the WebSocket upgrade), submits an issue
// through app2, and both subscriptions must receive its event: the bus carries wake-ups between
// the instances and nginx passes WebSockets. Then app1's /metrics must show the sockets.
// SMOKE_APP1, SMOKE_APP2 (http://host:port) and SMOKE_PROXY_WS (ws://…/graphql) point it at
// instances run some other way, e.g. two `npm start`s on one database with EVENT_BUS=redis.
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';

const PHONE = '13900000010'; // 郑国华, a verified owner of the demo community (README: Demo accounts)
const PASSWORD = 'demo12345';
const TIMEOUT_MS = 20_000;

async function gql(base, query, variables, token) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(`${base}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

function firstEvent(url, token, communityId, after) {
  const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  const received = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${url}: no event within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
    client.subscribe(
      { query: 'subscription Smoke($c: ID!, $after: String) { communityEvents(communityId: $c, after: $after) { id type } }', variables: { c: communityId, after } },
      {
        next: (v) => {
          if (v.errors) return reject(new Error(`${url}: ${JSON.stringify(v.errors)}`));
          if (!v.data.communityEvents.type.startsWith('issue.')) return;
          clearTimeout(timer);
          resolve(v.data.communityEvents);
        },
        error: (e) => reject(e instanceof Error ? e : new Error(`${url}: ${JSON.stringify(e)}`)),
        complete: () => {},
      },
    );
  });
  return { client, received };
}

// The compose network's names; overridable to try the script against instances run some other way.
const app1 = process.env.SMOKE_APP1 ?? 'http://app1:4000';
const app2 = process.env.SMOKE_APP2 ?? 'http://app2:4000';
const proxyWs = process.env.SMOKE_PROXY_WS ?? 'ws://nginx/graphql';
const { signIn } = await gql(app2, 'mutation($input: SignInInput!) { signIn(input: $input) { token } }', { input: { phone: PHONE, password: PASSWORD } });
const token = signIn.token;
const { me } = await gql(app1, '{ me { residencies { community { id } } } }', undefined, token);
const communityId = me.residencies[0].community.id;
const { events } = await gql(app1, 'query($c: ID!) { events(communityId: $c, first: 1) { streamCursor } }', { c: communityId }, token);

const direct = firstEvent(`${app1.replace(/^http/, 'ws')}/graphql`, token, communityId, events.streamCursor);
const proxied = firstEvent(proxyWs, token, communityId, events.streamCursor);
const { submitIssue } = await gql(
  app2,
  'mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }',
  { input: { communityId, title: '冒烟测试', body: 'compose-smoke: an issue submitted through app2', category: 'ENVIRONMENT' } },
  token,
);
const [a, b] = await Promise.all([direct.received, proxied.received]);
console.log(`issue ${submitIssue.id}: event ${a.type} on app1 directly, ${b.type} through nginx`);

const metrics = await fetch(`${app1}/metrics`, { headers: { authorization: `Bearer ${process.env.METRICS_TOKEN}` } });
const text = await metrics.text();
if (metrics.status !== 200 || !/^gongzhi_websockets_open [1-9]/m.test(text)) throw new Error(`app1 /metrics: ${metrics.status}\n${text.slice(0, 500)}`);
console.log('app1 /metrics shows the open sockets');
await direct.client.dispose();
await proxied.client.dispose();
