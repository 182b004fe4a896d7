import { join } from 'node:path';
import type { Express, Request, RequestHandler, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import helmet from 'helmet';

/** `ws://host` or `wss://host` of this request, for connect-src; nothing for an odd Host header. */
function socketOrigin(req: Request): string {
  const host = req.get('host') ?? '';
  if (!/^[a-z0-9.-]+(:\d+)?$|^\[[0-9a-f:.]+\](:\d+)?$/i.test(host)) return "'self'";
  return `${req.secure ? 'wss' : 'ws'}://${host}`;
}

/**
 * Helmet's headers for production, with a Content-Security-Policy that fits the built client:
 * scripts only from this origin (Vite emits no inline script), GraphQL over HTTP and the
 * graphql-ws socket to this origin only, images from here, data: and blob: (ECharts), and no
 * image from elsewhere (the minutes' markdown renders a foreign image as a link, and this backs
 * it). style-src needs 'unsafe-inline': naive-ui (css-render) writes its styles into <style>
 * elements at run time, which a per-response nonce could only allow with index.html rendered per
 * request; a style cannot run code, and scripts stay strict.
 */
export function securityHeaders(): RequestHandler {
  const setHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Older browsers do not count ws(s) of the same host as 'self': name it.
        connectSrc: ["'self'", (req) => socketOrigin(req as Request)],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        scriptSrcAttr: ["'none'"],
      },
    },
    // The app works through a plain-HTTP address too (a LAN install); HSTS, sent over HTTPS
    // only by browsers' rules, does the upgrading where TLS is there.
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: false },
    referrerPolicy: { policy: 'same-origin' },
  });
  // Helmet builds its twelve headers anew for every response, the policy's text included (1.5% of
  // a `me` request's CPU; setting the headers is most of what is left). They depend on the request
  // only through what socketOrigin reads, its Host header and whether it came over TLS: helmet
  // runs once per such pair, into a list that later responses copy. A server has few names;
  // forged Host headers could only keep it at its bound, where it starts over.
  const cache = new Map<string, [name: string, value: string][]>();
  return (req, res, next) => {
    // Without X-Forwarded-Proto, req.secure is the socket's TLS, whatever `trust proxy` says: no address to parse.
    const secure = req.headers['x-forwarded-proto'] === undefined ? (req.socket as { encrypted?: boolean }).encrypted === true : req.secure;
    const key = `${secure ? 'wss' : 'ws'}|${req.get('host') ?? ''}`;
    let headers = cache.get(key);
    if (!headers) {
      const recorded: [string, string][] = [];
      const recorder = { setHeader: (name: string, value: string) => void recorded.push([name, value]), removeHeader: () => {} };
      let failed: unknown = null;
      let done = false;
      setHeaders(req, recorder as unknown as Response, (err?: unknown) => {
        failed = err ?? null;
        done = true;
      });
      // Helmet's steps are synchronous; were one not, or failed, it would run as it did, on the response itself.
      if (!done || failed) return setHeaders(req, res, next);
      if (cache.size >= 64) cache.clear();
      cache.set(key, (headers = recorded));
    }
    for (const [name, value] of headers) res.setHeader(name, value);
    res.removeHeader('X-Powered-By');
    next();
  };
}

/**
 * Serves the built client from `dir`: hashed files under /assets/ as their precompressed .br or
 * .gz (made at build by vite-plugin-compression2) by the request's Accept-Encoding, with
 * `Vary: Accept-Encoding` and a year's immutable cache; index.html for every other GET (the
 * client routes in the browser) with `no-cache`, so that a new build is seen at once; the service
 * worker, the manifest and the icons as themselves, with `no-cache` too.
 */
export function serveClient(app: Express, dir: string): void {
  const compressed = { enableBrotli: true, orderPreference: ['br', 'gz'], index: false as const };
  app.use(
    '/assets',
    expressStaticGzip(join(dir, 'assets'), { ...compressed, serveStatic: { index: false, immutable: true, maxAge: '1y' } }),
    // A file that is not there (an old build's chunk) is a 404, not the page.
    (_req, res) => void res.status(404).type('text/plain').send('Not found'),
  );
  const page = expressStaticGzip(dir, {
    ...compressed,
    serveStatic: { index: false, cacheControl: false, setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') },
  });
  // The service worker, the web app manifest and the icons (client/vite.config.ts): at the root,
  // where a worker's scope is the whole app, with no-cache as the page (a new build's worker is seen
  // at once). A name the build has not is the page, as before.
  app.get(/^\/(?:sw\.js|manifest\.webmanifest|icons\/[\w-]+\.png)$/, page);
  app.get(/^(?!\/graphql).*/, (req, res, next) => {
    req.url = '/index.html';
    page(req, res, next);
  });
}
