import { Repeater } from '@repeaterjs/repeater';
import { GraphQLError } from 'graphql';
import type { Bus } from '../core/bus/index.js';

export interface LiveOptions<T> {
  bus: Bus;
  /** Bus topics whose messages mean "read again". */
  topics: string[];
  /** Reads the next batch after the position it keeps itself; `limit` rows at most. */
  next(): Promise<T[]>;
  limit: number;
  /** A safety read this often even without a wake-up (a lost message, a late commit). */
  pollMs?: number;
  /** Told of an error the stream survives (it retries). */
  onTransientError?: (err: unknown) => void;
}

const RETRY_MS = 1000;

/** Waits `ms`, or less if the wake function it registers is called (a wake-up, a stop). */
function pause(ms: number, register: (wake: () => void) => void): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    register(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Replay, then live, from one loop: each wake-up (or poll) reads everything after the last
 * delivered position, so the seam between replay and live has neither gap nor duplicate. It
 * listens before the first read, so nothing committed during the replay is missed. When a
 * wake-up's read finds nothing, it reads twice more shortly after: the event may have been held
 * back below the watermark by a transaction that was still running.
 */
export function live<T>(opts: LiveOptions<T>): AsyncIterableIterator<T> {
  const pollMs = opts.pollMs ?? 5000;
  return new Repeater<T>(async (push, stop) => {
    let stopped = false;
    let followUps = 0;
    let wakes = 0;
    let wake: () => void = () => {};
    const woke = () => {
      wakes += 1;
      followUps = 2;
      wake();
    };
    const unlisten = opts.topics.map((t) => opts.bus.listen(t, woke));
    void stop.then(() => {
      stopped = true;
      wake();
    });
    try {
      while (!stopped) {
        const wakesBefore = wakes;
        let batch: T[];
        try {
          batch = await opts.next();
        } catch (err) {
          // A coded error (the session ended, a bad cursor) ends the stream; anything else (a lost
          // database connection, a restart) is retried after a pause, and the stream carries on
          // from its position: nothing is lost, the subscriber need not resubscribe.
          if (err instanceof GraphQLError || stopped) throw err;
          opts.onTransientError?.(err);
          await pause(RETRY_MS, (w) => (wake = w));
          continue;
        }
        // Something arrived and nothing woke us meanwhile: nothing is held back, no need to look again soon.
        if (batch.length && wakes === wakesBefore) followUps = 0;
        for (const item of batch) {
          if (stopped) break;
          await push(item);
        }
        if (batch.length >= opts.limit || stopped) continue;
        const delay = followUps === 2 ? 30 : followUps === 1 ? 250 : pollMs;
        followUps = Math.max(0, followUps - 1);
        await pause(delay, (w) => (wake = w));
      }
    } catch (err) {
      stop(err);
    } finally {
      for (const u of unlisten) u();
    }
  });
}
