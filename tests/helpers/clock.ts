import type { Clock } from '../../server/core/clock.js';

/** What a test needs of a clock to let time pass without waiting: ManualClock, or RealClock below. */
export interface SteppableClock extends Clock {
  advance(ms: number): void;
}

/**
 * The wall clock plus the time a test has skipped. For a test whose server must also keep moving
 * on its own (a browser test, where a person waits on screen), unlike ManualClock, which stands
 * still between steps: `advance(ms)` passes a deadline at once instead of sleeping until it.
 */
export class RealClock implements SteppableClock {
  private skipped = 0;
  now(): Date {
    return new Date(Date.now() + this.skipped);
  }
  advance(ms: number): void {
    this.skipped += ms;
  }
}
