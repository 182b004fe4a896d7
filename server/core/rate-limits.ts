import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimited } from './errors.js';

/**
 * Brute-force limits on sign-in and sign-up, per address and per account. In memory: each
 * instance counts its own (a deployment behind a balancer can pass a shared store later).
 */
export class RateLimits {
  private readonly signInByIp = new RateLimiterMemory({ keyPrefix: 'signin_ip', points: 30, duration: 60 });
  private readonly signInByPhone = new RateLimiterMemory({ keyPrefix: 'signin_phone', points: 10, duration: 300 });
  private readonly signUpByIp = new RateLimiterMemory({ keyPrefix: 'signup_ip', points: 10, duration: 3600 });

  constructor(private readonly enabled: boolean) {}

  private async consume(limiter: RateLimiterMemory, key: string): Promise<void> {
    if (!this.enabled) return;
    try {
      await limiter.consume(key);
    } catch (res) {
      if (res instanceof RateLimiterRes) throw rateLimited(Math.max(1, Math.ceil(res.msBeforeNext / 1000)));
      throw res;
    }
  }

  async signIn(ip: string, phone: string): Promise<void> {
    await this.consume(this.signInByIp, ip);
    await this.consume(this.signInByPhone, phone);
  }

  /** A successful sign-in forgives the account's failed attempts. */
  async signedIn(phone: string): Promise<void> {
    if (this.enabled) await this.signInByPhone.delete(phone);
  }

  async signUp(ip: string): Promise<void> {
    await this.consume(this.signUpByIp, ip);
  }
}
