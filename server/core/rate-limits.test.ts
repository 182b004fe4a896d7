import { describe, expect, it } from 'vitest';
import { RateLimits } from './rate-limits.js';
import { AppError } from './errors.js';

const codeOf = (p: Promise<unknown>) => p.then(() => 'OK', (e: unknown) => (e instanceof AppError ? e.code : String(e)));

describe('RateLimits: password guesses', () => {
  it('counts failures per account and address: 10, then RATE_LIMITED for that pair only', async () => {
    const limits = new RateLimits(true);
    for (let i = 0; i < 10; i++) expect(await codeOf(limits.passwordAttempt('10.0.0.1', 'P'))).toBe('OK');
    expect(await codeOf(limits.passwordAttempt('10.0.0.1', 'P'))).toBe('RATE_LIMITED');
    expect(await codeOf(limits.passwordAttempt('10.0.0.2', 'P'))).toBe('OK');
    expect(await codeOf(limits.passwordAttempt('10.0.0.1', 'Q'))).toBe('OK');
  });

  it('counts failures per address across accounts: 100, then RATE_LIMITED from there for any account', async () => {
    const limits = new RateLimits(true);
    for (let i = 0; i < 100; i++) expect(await codeOf(limits.passwordAttempt('10.0.0.3', `phone-${i}`))).toBe('OK');
    expect(await codeOf(limits.passwordAttempt('10.0.0.3', 'another'))).toBe('RATE_LIMITED');
    expect(await codeOf(limits.passwordAttempt('10.0.0.4', 'another'))).toBe('OK');
  });

  it('a success gives its points back and forgives the pair: the owner never locks themself out', async () => {
    const limits = new RateLimits(true);
    for (let i = 0; i < 9; i++) await limits.passwordAttempt('10.0.0.5', 'P');
    await limits.passwordAttempt('10.0.0.5', 'P');
    await limits.passwordAccepted('10.0.0.5', 'P');
    for (let i = 0; i < 10; i++) expect(await codeOf(limits.passwordAttempt('10.0.0.5', 'P'))).toBe('OK');
    // 100 successful sign-ins from one address (a community center's shared line) are no failures.
    for (let i = 0; i < 100; i++) {
      await limits.passwordAttempt('10.0.0.6', `resident-${i}`);
      await limits.passwordAccepted('10.0.0.6', `resident-${i}`);
    }
    expect(await codeOf(limits.passwordAttempt('10.0.0.6', 'resident-x'))).toBe('OK');
  });

  it('a refused attempt costs the address nothing', async () => {
    const limits = new RateLimits(true);
    for (let i = 0; i < 10; i++) await limits.passwordAttempt('10.0.0.7', 'P');
    for (let i = 0; i < 200; i++) expect(await codeOf(limits.passwordAttempt('10.0.0.7', 'P'))).toBe('RATE_LIMITED');
    // 10 failures so far from this address: 90 more accounts may still be tried.
    for (let i = 0; i < 90; i++) expect(await codeOf(limits.passwordAttempt('10.0.0.7', `phone-${i}`))).toBe('OK');
    expect(await codeOf(limits.passwordAttempt('10.0.0.7', 'phone-x'))).toBe('RATE_LIMITED');
  });

  it('is off when disabled', async () => {
    const limits = new RateLimits(false);
    for (let i = 0; i < 200; i++) expect(await codeOf(limits.passwordAttempt('10.0.0.8', 'P'))).toBe('OK');
  });
});

describe('RateLimits: uploads', () => {
  it('takes 120 files an hour from one person, then RATE_LIMITED for them only; off takes all', async () => {
    const limits = new RateLimits(true);
    for (let i = 0; i < 120; i++) expect(await codeOf(limits.upload('u1'))).toBe('OK');
    expect(await codeOf(limits.upload('u1'))).toBe('RATE_LIMITED');
    expect(await codeOf(limits.upload('u2'))).toBe('OK');
    const off = new RateLimits(false);
    for (let i = 0; i < 130; i++) await off.upload('u1');
    expect(await codeOf(off.upload('u1'))).toBe('OK');
  });
});
