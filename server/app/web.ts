import { join } from 'node:path';
import type { Express, Request, RequestHandler } from 'express';
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
  return helmet({
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
}

/**
 * Serves the built client from `dir`: hashed files under /assets/ as their precompressed .br or
 * .gz (made at build by vite-plugin-compression2) by the request's Accept-Encoding, with
 * `Vary: Accept-Encoding` and a year's immutable cache; index.html for every other GET (the
 * client routes in the browser) with `no-cache`, so that a new build is seen at once.
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
  app.get(/^(?!\/graphql).*/, (req, res, next) => {
    req.url = '/index.html';
    page(req, res, next);
  });
}
