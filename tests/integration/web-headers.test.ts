import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { CLIENT_INDEX } from '../helpers/browser.js';

/**
 * How the server answers for the built client and the API: precompressed assets by negotiation,
 * cache headers, and (in production) helmet's security headers with the client's CSP.
 * Issue #9 item 12 and issue #8 item 15.
 */
let prod: TestApp;
let dev: TestApp;
let script: string;

beforeAll(async () => {
  if (!existsSync(CLIENT_INDEX)) throw new Error(`${CLIENT_INDEX} is missing: run \`npm run build:client\` first.`);
  script = /<script type="module" crossorigin src="([^"]+)"/.exec(readFileSync(CLIENT_INDEX, 'utf8'))![1]!;
  prod = await startTestApp({ env: { NODE_ENV: 'production' } });
  dev = await startTestApp({ databaseUrl: prod.databaseUrl });
});

afterAll(async () => {
  await dev?.close();
  await prod?.close();
});

const get = (app: TestApp, path: string, headers: Record<string, string> = {}) => fetch(`${app.url}${path}`, { headers });
const raw = async (res: Response) => Buffer.from(await res.arrayBuffer());
/** A GET with node:http, which (unlike fetch) hands over the body as it came, still compressed. */
function rawGet(app: TestApp, path: string, acceptEncoding: string): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${app.url}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('the built client over HTTP', () => {
  it('sends a hashed script as brotli, gzip or plain by Accept-Encoding, with Vary and a year of immutable cache', async () => {
    const plain = readFileSync(CLIENT_INDEX.replace(/index\.html$/, script.slice(1)));

    const br = await rawGet(dev, script, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(plain)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.length / 3);

    const gz = await rawGet(dev, script, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain)).toBe(true);

    const none = await rawGet(dev, script, 'identity');
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body.equals(plain)).toBe(true);

    for (const res of [br, gz, none]) {
      expect(res.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
      expect(res.headers.vary).toMatch(/Accept-Encoding/i);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('sends the page (index.html) for client routes with no-cache, compressed too', async () => {
    for (const path of ['/', '/sign-in', '/issues/new']) {
      const res = await rawGet(dev, path, 'br');
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(brotliDecompressSync(res.body).toString()).toContain('<div id="app"></div>');
    }
  });

  it('answers 404 for an asset that is not there, not the page', async () => {
    const res = await get(dev, '/assets/index-doesnotexist.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).not.toMatch(/html/);
    await raw(res);
  });
});

describe('security headers in production (helmet)', () => {
  const csp = (res: Response) =>
    Object.fromEntries(
      (res.headers.get('content-security-policy') ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name!, values]),
    );

  it('the page gets a CSP that fits the client, and the usual hardening headers', async () => {
    const res = await get(prod, '/sign-in');
    expect(res.status).toBe(200);
    const policy = csp(res);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['connect-src']).toEqual(["'self'", `ws://${new URL(prod.url).host}`]);
    expect(policy['img-src']).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('x-powered-by')).toBeNull();
    await raw(res);
  });

  it('the API gets them too', async () => {
    const res = await fetch(`${prod.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(200);
    expect(csp(res)['default-src']).toEqual(["'self'"]);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000');
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('a Host header that is no host name gets no connect-src entry of its own', async () => {
    const res = await rawGet(prod, '/', 'identity');
    expect(res.headers['content-security-policy']).toContain(`connect-src 'self' ws://${new URL(prod.url).host}`);
    const odd = await new Promise<http.IncomingHttpHeaders>((resolve, reject) => {
      http
        .get(`${prod.url}/`, { headers: { host: 'evil.example; script-src *' } }, (res) => {
          res.resume();
          resolve(res.headers);
        })
        .on('error', reject);
    });
    expect(odd['content-security-policy']).toContain("connect-src 'self' 'self';");
    expect(odd['content-security-policy']).not.toContain('evil');
  });

  it('only in production', async () => {
    const res = await get(dev, '/sign-in');
    expect(res.headers.get('content-security-policy')).toBeNull();
    await raw(res);
  });
});
