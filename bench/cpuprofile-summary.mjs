#!/usr/bin/env node
// Sums a V8 .cpuprofile (from `node --cpu-prof`): self time by part of the request (each sample
// goes to the nearest frame of its stack that belongs to a known library or project file; Node's
// own frames count for the caller, so a socket write of the pg driver is the session statement's),
// by package or project file, by function, and inclusive time (on the stack at all) of the
// functions whose name or file matches the given patterns. Used for bench/me-profile.ts (issue 11
// part 2).
//
//   node bench/cpuprofile-summary.mjs profile.cpuprofile [top=25] [pattern …]
import { readFileSync } from 'node:fs';

const [file, topArg, ...patterns] = process.argv.slice(2);
if (!file) {
  console.error('usage: cpuprofile-summary.mjs <file.cpuprofile> [top] [pattern …]');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/** node_modules/<package>, the project's file, node's internals, or V8's pseudo-frames. */
function where(url) {
  if (!url) return '(native/vm)';
  const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (m) return m[1];
  if (url.startsWith('node:')) return url.replace(/^node:internal\/([^/]+).*/, 'node:$1');
  const p = url.match(/\/(server|common|bench|migrations|dist)\/(.*)$/);
  return p ? `${p[1]}/${p[2]}` : url;
}
const fnKey = (n) => `${n.callFrame.functionName || '(anonymous)'}  ${where(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

/** Parts of a request, by package or project file (first match wins). */
const PARTS = [
  ['session statement (pg, pool, session.service)', /^(pg|pg-protocol|pg-pool|pg-types|postgres-\w+|tarn|knex)$|^server\/accounts\/session\.service/],
  ['MikroORM', /^@mikro-orm\//],
  ['security headers (helmet, web.ts)', /^helmet$|^server\/app\/web/],
  ['type-graphql', /^type-graphql$/],
  ['graphql-js', /^graphql$/],
  ['Apollo Server (pipeline, express5 integration)', /^@apollo\/|^@as-integrations\/|^negotiator$|^lru-cache$|^@graphql-tools\//],
  ['Express (router, body parsing, res.send)', /^(express|router|body-parser|raw-body|type-is|iconv-lite|content-type|media-typer|mime-types|etag|fresh|send|parseurl|on-finished|finalhandler|forwarded|proxy-addr|ipaddr\.js|qs|accepts|cookie|whatwg-mimetype)$/],
  ['our context, plugin, resolvers', /^server\//],
];
const partOf = (id) => {
  for (; id !== undefined; id = parent.get(id)) {
    const w = where(byId.get(id).callFrame.url);
    if (w.startsWith('node:') || w === '(native/vm)') continue;
    const part = PARTS.find(([, re]) => re.test(w));
    return part ? part[0] : `other: ${w}`;
  }
  return 'Node (HTTP, sockets, streams, timers)';
};
const byPart = new Map();
const selfByWhere = new Map();
const selfByFn = new Map();
const inclusive = new Map(patterns.map((p) => [p, 0]));
let total = 0;
let idle = 0;
const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i + 1] ?? 0;
  const n = byId.get(profile.samples[i]);
  if (n.callFrame.functionName === '(idle)') {
    idle += dt;
    continue;
  }
  total += dt;
  const pseudo = /^\((program|garbage collector)\)$/.test(n.callFrame.functionName);
  add(selfByWhere, pseudo ? n.callFrame.functionName : where(n.callFrame.url), dt);
  add(byPart, pseudo ? n.callFrame.functionName : partOf(n.id), dt);
  add(selfByFn, fnKey(n), dt);
  if (patterns.length) {
    const seen = new Set();
    for (let id = n.id; id !== undefined; id = parent.get(id)) {
      const k = fnKey(byId.get(id));
      for (const p of patterns) if (!seen.has(p) && k.includes(p)) seen.add(p);
    }
    for (const p of seen) add(inclusive, p, dt);
  }
}
const ms = (us) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%`;
const print = (title, m, n = top) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${ms(v)}  ${k}`);
};
console.log(`busy ${(total / 1000).toFixed(0)} ms, idle ${(idle / 1000).toFixed(0)} ms`);
print('by part of the request', byPart, Infinity);
print('self time by package / file', selfByWhere);
print('self time by function', selfByFn);
if (patterns.length) print('inclusive time (frames matching)', inclusive, Infinity);
