/** A task run every `everyMs`; what it returns is logged when it is not null (nothing to report). */
export type Job = { name: string; everyMs: number; run: () => Promise<string | null> };

export type Schedule = { stop(): Promise<void> };

type Log = { info(line: string): void; error(line: string, error: unknown): void };

const consoleLog: Log = { info: (line) => console.log(line), error: (line, error) => console.error(line, error) };

/**
 * Runs each job `firstAfterMs` from now and then every `everyMs` after its run ends, so a slow run
 * is never overlapped by the next one. A failed run is logged and the job keeps its schedule.
 * `stop()` cancels what is waiting and resolves once the runs under way have ended.
 */
export function startSchedule(jobs: Job[], { firstAfterMs = 0, log = consoleLog }: { firstAfterMs?: number; log?: Log } = {}): Schedule {
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();

  const plan = (job: Job, delay: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      const run = runOnce(job, log).finally(() => {
        running.delete(run);
        if (!stopped) plan(job, job.everyMs);
      });
      running.add(run);
    }, delay);
    // The jobs never keep a process alive by themselves: a server that fails to start must exit.
    timer.unref();
    timers.add(timer);
  };
  for (const job of jobs) plan(job, firstAfterMs);

  return {
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.all(running);
    },
  };
}

async function runOnce(job: Job, log: Log): Promise<void> {
  try {
    const report = await job.run();
    if (report) log.info(`[roster] ${job.name}: ${report}`);
  } catch (error) {
    log.error(`[roster] ${job.name} failed (it runs again on its schedule):`, error);
  }
}
