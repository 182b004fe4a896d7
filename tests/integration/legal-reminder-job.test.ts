import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { createCommunity, createUser, reside, type TestCommunity, type TestUser } from '../factories/index.js';
import { appointSeat, createSlot } from '../factories/legal.js';
import { ManualClock } from '../../server/core/clock.js';
import { periodicJobs, startPeriodicJobs, type PeriodicJob } from '../../server/app/jobs.js';

// The process runs `sendConsultationReminders` on a timer (server/app/jobs.ts, started by main.ts):
// a booked 周四有约 starting within 24 hours reminds its resident and lawyer once, however many
// rounds run; a failing job does not stop the others; stopping waits for the round under way.
const HOUR = 3_600_000;
const T0 = new Date('2026-03-02T01:00:00.000Z');
const clock = new ManualClock(T0);
let app: TestApp;
let c: TestCommunity;
let lawyer: TestUser;
let resident: TestUser;

const reminders = async (by: TestUser) =>
  ((await ok(app.url, `{ notifications(first: 50) { edges { node { title } } } }`, {}, by.token)).notifications.edges as { node: { title: string } }[]).filter((e) => e.node.title.startsWith('提醒'))
    .length;

/** A job that counts its rounds, to wait on a condition instead of a time. */
function counter(): PeriodicJob & { rounds: number } {
  const job = {
    name: 'count',
    rounds: 0,
    run: () => {
      job.rounds += 1;
      return Promise.resolve();
    },
  };
  return job;
}

beforeAll(async () => {
  app = await startTestApp({ clock });
  c = await createCommunity(app);
  lawyer = await createUser(app, { name: '律师' });
  resident = await createUser(app, { name: '居民' });
  await appointSeat(app, c.id, lawyer);
  await reside(app, resident, c.id);
});

afterAll(async () => {
  await app?.close();
});

describe('the periodic jobs', () => {
  it('main.ts runs the 周四有约 reminders among them', () => {
    expect(periodicJobs().map((j) => j.name)).toContain('legal.consultationReminders');
  });

  it('reminds a booking starting within 24 hours once, over many rounds, and not one further ahead', async () => {
    const soon = await createSlot(app, c.id, lawyer, new Date(T0.getTime() + 3 * HOUR));
    const later = await createSlot(app, c.id, lawyer, new Date(T0.getTime() + 30 * HOUR));
    for (const slotId of [soon.gid, later.gid]) {
      const r = await gql(app.url, `mutation($input: BookOfficeHourSlotInput!) { bookOfficeHourSlot(input: $input) { id status } }`, { input: { slotId } }, resident.token);
      expect(r.errors).toBeUndefined();
    }
    const count = counter();
    const runner = startPeriodicJobs(app.services, { intervalMs: 5, jobs: [...periodicJobs(), count] });
    await expect.poll(() => count.rounds, { timeout: 20_000, interval: 20 }).toBeGreaterThanOrEqual(4);
    await runner.stop();
    expect(await reminders(resident)).toBe(1);
    expect(await reminders(lawyer)).toBe(1);

    // A day later the second booking is within 24 hours: the next rounds remind it, once.
    clock.advance(10 * HOUR);
    const more = counter();
    const again = startPeriodicJobs(app.services, { intervalMs: 5, jobs: [...periodicJobs(), more] });
    await expect.poll(() => more.rounds, { timeout: 20_000, interval: 20 }).toBeGreaterThanOrEqual(3);
    await again.stop();
    expect(await reminders(resident)).toBe(2);
    expect(await reminders(lawyer)).toBe(2);
  });

  it('a job that fails is reported and the others still run, round after round', async () => {
    const failures: string[] = [];
    const count = counter();
    const broken: PeriodicJob = { name: 'broken', run: () => Promise.reject(new Error('boom')) };
    const runner = startPeriodicJobs(app.services, { intervalMs: 5, jobs: [broken, count], onError: (job, err) => failures.push(`${job.name}: ${(err as Error).message}`) });
    await expect.poll(() => count.rounds, { timeout: 20_000, interval: 20 }).toBeGreaterThanOrEqual(3);
    await runner.stop();
    expect(failures.length).toBeGreaterThanOrEqual(3);
    expect(failures[0]).toBe('broken: boom');
  });

  it('stop() waits for the round under way and no round starts after it', async () => {
    let started = 0;
    let ended = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: PeriodicJob = {
      name: 'slow',
      run: async () => {
        started += 1;
        await gate;
        ended += 1;
      },
    };
    const runner = startPeriodicJobs(app.services, { intervalMs: 5, jobs: [slow] });
    await expect.poll(() => started, { timeout: 20_000, interval: 10 }).toBe(1);
    const stopping = runner.stop();
    release();
    await stopping;
    expect(ended).toBe(1);
    const after = started;
    // Another job's rounds pass meanwhile: the stopped runner starts none.
    const count = counter();
    const other = startPeriodicJobs(app.services, { intervalMs: 5, jobs: [count] });
    await expect.poll(() => count.rounds, { timeout: 20_000, interval: 10 }).toBeGreaterThanOrEqual(3);
    await other.stop();
    expect(started).toBe(after);
  });
});
