import { describe, expect, it } from 'vitest';
import { createLogger, currentLog, inScope, requestIdFrom } from './log.js';
import { bearerMatches } from './metrics.js';

function capture(level: Parameters<typeof createLogger>[0] = 'info') {
  const lines: string[] = [];
  return { log: createLogger(level, { write: (l: string) => void lines.push(l) }), lines, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('the JSON logger', () => {
  it('redacts credentials and phone numbers wherever a careless line puts them', () => {
    const { log, lines, parsed } = capture();
    log.info({ input: { phone: '13900000001', password: 'hunter2-secret' }, token: 'tok-secret', req: { headers: { authorization: 'Bearer bearer-secret', cookie: 'gz=cookie-secret' } }, variables: { any: 'var-secret' } }, 'careless');
    const text = lines.join('');
    for (const secret of ['13900000001', 'hunter2-secret', 'tok-secret', 'bearer-secret', 'cookie-secret', 'var-secret']) expect(text).not.toContain(secret);
    expect(parsed()[0]).toMatchObject({ level: 'info', msg: 'careless', input: { phone: '[Redacted]', password: '[Redacted]' } });
  });

  it('keeps LOG_LEVEL: below it nothing is written, and silent writes nothing', () => {
    const warn = capture('warn');
    warn.log.info('quiet');
    warn.log.warn('loud');
    expect(warn.parsed().map((l) => l.msg)).toEqual(['loud']);
    const silent = capture('silent');
    silent.log.error('nothing');
    expect(silent.lines).toEqual([]);
  });

  it("writes a scope's id on every line logged inside it, across awaits", async () => {
    const { log, parsed } = capture();
    await inScope({ id: 'r1', log: log.child({ requestId: 'r1' }) }, async () => {
      currentLog().info('first');
      await new Promise((r) => setTimeout(r, 5));
      currentLog().info('second');
    });
    expect(parsed().map((l) => [l.requestId, l.msg])).toEqual([
      ['r1', 'first'],
      ['r1', 'second'],
    ]);
  });

  it('keeps a sane incoming request id and replaces any other', () => {
    expect(requestIdFrom('abc-123_x.y:z')).toBe('abc-123_x.y:z');
    for (const bad of ['', 'a b', 'x'.repeat(129), '{"json":1}', 'line\nbreak', undefined]) expect(requestIdFrom(bad)).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('bearerMatches', () => {
  it('accepts the token as a Bearer credential only', () => {
    const token = 'a-token-of-sixteen+';
    expect(bearerMatches(`Bearer ${token}`, token)).toBe(true);
    expect(bearerMatches(`bearer ${token}`, token)).toBe(true);
    expect(bearerMatches(token, token)).toBe(false);
    expect(bearerMatches(`Bearer ${token}x`, token)).toBe(false);
    expect(bearerMatches('Bearer ', token)).toBe(false);
    expect(bearerMatches(undefined, token)).toBe(false);
  });
});
