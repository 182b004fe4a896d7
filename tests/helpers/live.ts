import { liveHub } from '../../server/events/live.js';
import type { Services } from '../../server/core/context.js';
import { sleep } from './graphql.js';

/**
 * Waits until the server holds at least `n` live subscriptions that have caught up with the
 * stream (their replay read done, joined to their topic's shared reads): a state of the server,
 * not a pause long enough on a quiet machine. For a subscription with no `after` cursor, which
 * starts at the stream's position when it is caught up, this is when it is sure to see what
 * comes next.
 */
export async function untilLive(app: { services: Services }, n: number, ms = 20_000): Promise<void> {
  const hub = liveHub(app.services);
  const deadline = Date.now() + ms;
  while (hub.liveCount() < n) {
    if (Date.now() > deadline) throw new Error(`${hub.liveCount()} of ${n} subscriptions live after ${ms} ms`);
    await sleep(20);
  }
}
