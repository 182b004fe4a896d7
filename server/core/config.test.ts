import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';
import { ManualClock } from './clock.js';

describe('loadConfig', () => {
  it('has defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ NODE_ENV: 'development', PORT: 4000, DEMO: 'community', EVENT_BUS: 'memory', RATE_LIMITS: 'on', WS_ALLOWED_ORIGINS: [] });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('reads numbers, booleans and lists from text', () => {
    const config = loadConfig({ PORT: '0', DEMO: 'false', WS_ALLOWED_ORIGINS: ' https://a.example.cn , http://b.example.cn:8080 ,' });
    expect(config).toMatchObject({ PORT: 0, DEMO: false, WS_ALLOWED_ORIGINS: ['https://a.example.cn', 'http://b.example.cn:8080'] });
    expect(loadConfig({ DEMO: 'city' }).DEMO).toBe('city');
    expect(() => loadConfig({ DEMO: 'town' })).toThrow(/DEMO/);
  });

  it('refuses a bad value at start, naming every variable at fault', () => {
    let thrown: unknown;
    try {
      loadConfig({ PORT: '70000', DATABASE_URL: 'mysql://x', WS_ALLOWED_ORIGINS: 'a.example.cn/path' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    const message = (thrown as Error).message;
    for (const name of ['PORT', 'DATABASE_URL', 'WS_ALLOWED_ORIGINS']) expect(message).toContain(`  ${name}`);
  });

  it('needs REDIS_URL for the Redis event bus', () => {
    expect(() => loadConfig({ EVENT_BUS: 'redis' })).toThrow(/REDIS_URL: required when EVENT_BUS=redis/);
    expect(loadConfig({ EVENT_BUS: 'redis', REDIS_URL: 'redis://127.0.0.1:6379' }).EVENT_BUS).toBe('redis');
  });

  it('reads METRICS_TOKEN (unset or empty: no /metrics) and TRUST_PROXY', () => {
    expect(loadConfig({}).METRICS_TOKEN).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: '' }).METRICS_TOKEN).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: 'x'.repeat(16) }).METRICS_TOKEN).toBe('x'.repeat(16));
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: must have at least 16 characters/);
    expect(loadConfig({}).TRUST_PROXY).toEqual(['loopback']);
    expect(loadConfig({ TRUST_PROXY: 'loopback, uniquelocal,10.0.0.0/8' }).TRUST_PROXY).toEqual(['loopback', 'uniquelocal', '10.0.0.0/8']);
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });
});

describe('ManualClock', () => {
  it('stands still until set or advanced, and hands out copies', () => {
    const clock = new ManualClock(new Date('2026-12-01T00:00:00.000Z'));
    const seen = clock.now();
    seen.setFullYear(2000);
    expect(clock.now().toISOString()).toBe('2026-12-01T00:00:00.000Z');
    clock.advance(1_500);
    expect(clock.now().toISOString()).toBe('2026-12-01T00:00:01.500Z');
    const at = new Date('2027-01-01T00:00:00.000Z');
    clock.set(at);
    at.setFullYear(2000);
    expect(clock.now().toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
});
