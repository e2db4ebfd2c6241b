import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startSchedule, type Job } from "./schedule";

const logs = () => ({ info: vi.fn(), error: vi.fn() });
/** A job whose runs take `takesMs` and are recorded by the fake clock's time at their start. */
function job(everyMs: number, takesMs = 0, report: string | null = "done") {
  const starts: number[] = [];
  const spec: Job = { name: "sweep", everyMs, run: () => (starts.push(Date.now()), takesMs ? new Promise((resolve) => setTimeout(() => resolve(report), takesMs)) : Promise.resolve(report)) };
  return { spec, starts };
}

beforeEach(() => vi.useFakeTimers({ now: 0 }));
afterEach(() => vi.useRealTimers());

describe("startSchedule", () => {
  it("runs each job after the first delay, then every period after its run ends", async () => {
    const log = logs();
    const quick = job(1000);
    const slow = job(1000, 2500);
    const schedule = startSchedule([quick.spec, slow.spec], { firstAfterMs: 500, log });
    await vi.advanceTimersByTimeAsync(499);
    expect(quick.starts).toEqual([]);
    await vi.advanceTimersByTimeAsync(6000);
    expect(quick.starts).toEqual([500, 1500, 2500, 3500, 4500, 5500]);
    // A run of 2.5 s is never overlapped: the next starts a period after it ends.
    expect(slow.starts).toEqual([500, 4000]);
    expect(log.info).toHaveBeenCalledWith("[roster] sweep: done");
    const stopping = schedule.stop();
    await vi.advanceTimersByTimeAsync(1); // the slow job's run under way ends
    await stopping;
  });

  it("logs a failed run and keeps the job's schedule; logs nothing for a run with nothing to report", async () => {
    const log = logs();
    let calls = 0;
    const flaky: Job = { name: "flaky", everyMs: 100, run: async () => (++calls === 1 ? Promise.reject(new Error("database down")) : null) };
    const schedule = startSchedule([flaky], { log });
    await vi.advanceTimersByTimeAsync(250);
    expect(calls).toBe(3);
    expect(log.error).toHaveBeenCalledOnce();
    expect(log.error).toHaveBeenCalledWith("[roster] flaky failed (it runs again on its schedule):", new Error("database down"));
    expect(log.info).not.toHaveBeenCalled();
    await schedule.stop();
  });

  it("stops: nothing waiting runs, and stop resolves once the run under way has ended", async () => {
    const running = job(100, 1000);
    const schedule = startSchedule([running.spec], { log: logs() });
    await vi.advanceTimersByTimeAsync(10);
    let stopped = false;
    const stopping = schedule.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(500);
    expect(stopped).toBe(false);
    await vi.advanceTimersByTimeAsync(600);
    await stopping;
    await vi.advanceTimersByTimeAsync(5000);
    expect(running.starts).toEqual([0]);
  });
});
