import type { Services } from '../core/context.js';
import { loggable } from '../core/errors.js';
import { legalService } from '../legal/index.js';
import { sweepExpiredUploads } from '../attachments/index.js';

/**
 * The process's periodic jobs: work that is due at a time rather than on a request. Most deadlines
 * in Gongzhi are computed when read (an overdue issue or dispute is overdue when listed); a job is
 * for what must reach someone unasked. Each job is idempotent (it marks what it did in the same
 * transaction), so several server instances may run it at once and a run after a restart repeats
 * nothing.
 */
export interface PeriodicJob {
  name: string;
  run(services: Services): Promise<unknown>;
}

/** How often the jobs run: every five minutes (a reminder "within 24 hours" may be up to this late). */
export const JOB_INTERVAL_MS = 5 * 60_000;

/**
 * The jobs `main.ts` runs: the 周四有约 reminders (legal's `sendConsultationReminders`) and the
 * sweep of uploads never attached (attachments' `sweepExpiredUploads`).
 */
export function periodicJobs(): PeriodicJob[] {
  return [
    { name: 'legal.consultationReminders', run: (services) => legalService.sendConsultationReminders(services) },
    { name: 'attachments.sweepExpired', run: (services) => sweepExpiredUploads(services) },
  ];
}

export interface JobRunner {
  /** Stops the timer and waits for a run under way to finish (the drain calls it before closing the database). */
  stop(): Promise<void>;
}

/**
 * Runs `jobs` at once and then every `intervalMs` after the previous run ended (runs never
 * overlap), in order; a job that throws is logged and the others still run, and so does the next
 * round. The timer does not keep the process alive.
 */
export function startPeriodicJobs(
  services: Services,
  opts: { intervalMs?: number; jobs?: PeriodicJob[]; onError?: (job: PeriodicJob, err: unknown) => void } = {},
): JobRunner {
  const intervalMs = opts.intervalMs ?? JOB_INTERVAL_MS;
  const jobs = opts.jobs ?? periodicJobs();
  const onError =
    opts.onError ??
    ((job: PeriodicJob, err: unknown) => {
      services.log.error({ job: job.name, error: loggable(err) }, 'periodic job failed');
    });
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;

  async function round(): Promise<void> {
    for (const job of jobs) {
      if (stopped) return;
      try {
        await job.run(services);
      } catch (err) {
        onError(job, err);
      }
    }
  }

  function runNow(): void {
    running = round().finally(() => {
      running = null;
      if (stopped) return;
      timer = setTimeout(runNow, intervalMs);
      timer.unref();
    });
  }

  runNow();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
