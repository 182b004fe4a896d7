import { describe, expect, it } from 'vitest';
import { PublishQueue, type BusMessage } from './bus.js';

/** A transport whose sends stay pending until the test settles them. */
function heldTransport() {
  const held: { message: BusMessage; ok: () => void; fail: (e: Error) => void }[] = [];
  const send = (message: BusMessage) => new Promise<void>((ok, fail) => held.push({ message, ok, fail }));
  return { held, send };
}

describe('PublishQueue', () => {
  it('returns before the transport answers, and holds at most its capacity', async () => {
    const t = heldTransport();
    const logs: string[] = [];
    const q = new PublishQueue(t.send, { capacity: 2, log: (m) => logs.push(m), transport: 'test' });
    q.publish({ topics: ['a'] });
    q.publish({ topics: ['b'] });
    q.publish({ topics: ['c'] }); // full: dropped
    q.publish({ topics: ['d'] }); // still full: dropped, no second log line
    expect(q.stats()).toEqual({ pending: 2, dropped: 2, failed: 0 });
    expect(t.held.map((h) => h.message.topics[0])).toEqual(['a', 'b']);
    expect(logs).toEqual(["event bus: 2 wake-ups waiting on test: dropping new ones (subscribers' poll delivers them)"]);

    t.held[0]!.ok();
    t.held[1]!.fail(new Error('Command timed out'));
    await q.settled();
    expect(q.stats()).toEqual({ pending: 0, dropped: 2, failed: 1 });
    // One line when it is over, with what was lost meanwhile.
    expect(logs[1]).toBe('event bus: test publishing recovered: 2 wake-ups dropped, 1 failed meanwhile');

    q.publish({ topics: ['e'] });
    expect(q.stats().pending).toBe(1);
    expect(t.held[2]!.message.topics).toEqual(['e']);
  });

  it('a send that throws at once is counted as failed, never thrown at the publisher', async () => {
    const logs: string[] = [];
    const q = new PublishQueue(() => {
      throw new Error('Connection is closed.');
    }, { log: (m) => logs.push(m), transport: 'test' });
    expect(() => q.publish({ topics: ['a'] })).not.toThrow();
    await q.settled();
    expect(q.stats()).toEqual({ pending: 0, dropped: 0, failed: 1 });
    expect(logs[0]).toContain('publishing to test failed (Connection is closed.)');
  });
});
