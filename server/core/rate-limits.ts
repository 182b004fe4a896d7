import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimited } from './errors.js';

/**
 * Brute-force limits, in memory: each instance counts its own (a deployment behind a balancer can
 * pass a shared store later).
 *
 * Password guesses follow rate-limiter-flexible's login example: failures are counted per account
 * AND address together (so an attacker elsewhere never locks the owner out of their own account),
 * with a looser count per address (so one address cannot spray many accounts). Each attempt takes
 * a point before the password is checked, so parallel attempts cannot slip past the limit; a
 * success gives the points back.
 */
export class RateLimits {
  /** Failed guesses of one account's password from one address. */
  private readonly failsByAccountAndIp = new RateLimiterMemory({ keyPrefix: 'pw_fail_account_ip', points: 10, duration: 900, blockDuration: 900 });
  /** Failed guesses of any account's password from one address. */
  private readonly failsByIp = new RateLimiterMemory({ keyPrefix: 'pw_fail_ip', points: 100, duration: 86_400, blockDuration: 3600 });
  private readonly signUpByIp = new RateLimiterMemory({ keyPrefix: 'signup_ip', points: 10, duration: 3600 });
  /** Wrong reset codes from one address. */
  private readonly resetFailsByIp = new RateLimiterMemory({ keyPrefix: 'reset_fail_ip', points: 10, duration: 3600, blockDuration: 3600 });
  /** Reset codes one committee member issues. */
  private readonly resetCodesByIssuer = new RateLimiterMemory({ keyPrefix: 'reset_issue', points: 20, duration: 3600 });
  /** Files one person uploads (POST /files): each is decoded and re-encoded, which costs CPU. */
  private readonly uploadsByUser = new RateLimiterMemory({ keyPrefix: 'upload_user', points: 120, duration: 3600 });

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

  /**
   * Before checking a password of `account` (its phone) sent from `ip`: RATE_LIMITED when this
   * address failed too often, for this account or for all. Call `passwordAccepted` on success.
   */
  async passwordAttempt(ip: string, account: string): Promise<void> {
    await this.consume(this.failsByIp, ip);
    try {
      await this.consume(this.failsByAccountAndIp, `${account}|${ip}`);
    } catch (err) {
      if (this.enabled) await this.failsByIp.reward(ip);
      throw err;
    }
  }

  /** The password was right: the attempt does not count, and this address's failures for the account are forgiven. */
  async passwordAccepted(ip: string, account: string): Promise<void> {
    if (!this.enabled) return;
    await this.failsByAccountAndIp.delete(`${account}|${ip}`);
    await this.failsByIp.reward(ip);
  }

  async signUp(ip: string): Promise<void> {
    await this.consume(this.signUpByIp, ip);
  }

  /** Before checking a reset code sent from `ip`; `resetCodeAccepted` on success. */
  async resetAttempt(ip: string): Promise<void> {
    await this.consume(this.resetFailsByIp, ip);
  }

  async resetCodeAccepted(ip: string): Promise<void> {
    if (this.enabled) await this.resetFailsByIp.reward(ip);
  }

  /** Before a file is read from an upload (server/attachments): 120 an hour per person. */
  async upload(userId: string): Promise<void> {
    await this.consume(this.uploadsByUser, userId);
  }

  /** Before a committee member issues a reset code. */
  async resetCodeIssued(issuerId: string): Promise<void> {
    await this.consume(this.resetCodesByIssuer, issuerId);
  }
}
