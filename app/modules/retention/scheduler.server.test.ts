import { describe, expect, it, vi } from "vitest";
import { ukToday } from "~/modules/workspace/dates";
import { CHECK_EVERY_MS, retentionEnabled, startInProcessRetention, startRetention, type Timers } from "./scheduler.server";

/** Timers the test drives by hand. */
function fakeTimers() {
  const intervals = new Map<number, { fn: () => void; ms: number }>();
  let next = 1;
  const timers: Timers = {
    setInterval: (fn, ms) => {
      intervals.set(next, { fn, ms });
      return next++;
    },
    clearInterval: (handle) => intervals.delete(handle as number),
  };
  return { timers, intervals, fire: () => [...intervals.values()].forEach((i) => i.fn()) };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe("the UK day the job runs for", () => {
  it("is the day in the UK, not in UTC", () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (summer time); in winter London is UTC.
    expect(ukToday(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
    expect(ukToday(new Date("2026-12-31T23:30:00Z"))).toBe("2026-12-31");
    expect(ukToday(new Date("2027-01-01T00:00:00Z"))).toBe("2027-01-01");
    // Just after the clocks go back (01:00 UTC on 25 October 2026).
    expect(ukToday(new Date("2026-10-25T23:30:00Z"))).toBe("2026-10-25");
  });
});

describe("the in-process retention timer (PGlite)", () => {
  it("runs once at start, then once each new UK day, and stops", async () => {
    const { timers, intervals, fire } = fakeTimers();
    let now = new Date("2026-11-23T16:00:00Z");
    const run = vi.fn(async (_today: string) => {});
    const scheduler = startInProcessRetention({ run, timers, now: () => now });
    expect(scheduler.kind).toBe("in-process");
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenLastCalledWith("2026-11-23");
    expect([...intervals.values()].map((i) => i.ms)).toEqual([CHECK_EVERY_MS]);
    await flush();

    // Later the same day: nothing more.
    now = new Date("2026-11-23T23:59:00Z");
    fire();
    await flush();
    expect(run).toHaveBeenCalledTimes(1);

    // The next UK day: once.
    now = new Date("2026-11-24T00:30:00Z");
    fire();
    fire();
    await flush();
    expect(run).toHaveBeenCalledTimes(2);
    expect(run).toHaveBeenLastCalledWith("2026-11-24");

    await scheduler.stop();
    expect(intervals.size).toBe(0);
    now = new Date("2026-11-25T00:30:00Z");
    fire();
    await flush();
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("never runs twice at once, and tries again after a failure", async () => {
    const { timers, fire } = fakeTimers();
    let finish: () => void = () => {};
    const run = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const errors: unknown[] = [];
    const scheduler = startInProcessRetention({ run, timers, now: () => new Date("2026-11-23T12:00:00Z"), onError: (e) => errors.push(e) });
    fire();
    fire();
    expect(run).toHaveBeenCalledTimes(1);
    finish();
    await flush();

    // A failed run is tried again at the next check, the same day.
    const failing = vi.fn(async () => {
      throw new Error("database busy");
    });
    const second = fakeTimers();
    const again = startInProcessRetention({ run: failing, timers: second.timers, now: () => new Date("2026-11-23T12:00:00Z"), onError: (e) => errors.push(e) });
    await flush();
    expect(errors).toHaveLength(1);
    second.fire();
    await flush();
    expect(failing).toHaveBeenCalledTimes(2);
    await Promise.all([scheduler.stop(), again.stop()]);
  });

  it("waits for a run in progress when stopped, so the database is not closed under it", async () => {
    const { timers } = fakeTimers();
    let finished = false;
    const run = async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      finished = true;
    };
    const scheduler = startInProcessRetention({ run, timers, now: () => new Date("2026-11-23T12:00:00Z") });
    await scheduler.stop();
    expect(finished).toBe(true);
  });
});

describe("turning retention on and off", () => {
  it("reads HEARD_RETENTION: off, 0, false and no turn it off; anything else leaves it on", () => {
    for (const value of ["off", "OFF", "0", "false", "no", " off "]) expect(retentionEnabled(value), value).toBe(false);
    for (const value of [undefined, "", "on", "1", "true"]) expect(retentionEnabled(value), String(value)).toBe(true);
  });

  it("schedules nothing when off, on either database", async () => {
    const run = vi.fn(async () => {});
    const setIntervalSpy = vi.spyOn(globalThis, "setInterval");
    const log = vi.fn();
    for (const databaseUrl of [undefined, "postgres://nobody@127.0.0.1:1/none"]) {
      const scheduler = startRetention({ enabled: false, databaseUrl, run, log });
      expect(scheduler.kind).toBe("off");
      await scheduler.stop();
    }
    await flush();
    expect(run).not.toHaveBeenCalled();
    expect(setIntervalSpy).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining("HEARD_RETENTION=off"));
    setIntervalSpy.mockRestore();
  });

  it("uses the in-process timer on PGlite (no DATABASE_URL), running at once", async () => {
    const run = vi.fn(async () => {});
    const scheduler = startRetention({ enabled: true, run });
    expect(scheduler.kind).toBe("in-process");
    expect(run).toHaveBeenCalledTimes(1);
    await scheduler.stop();
  });
});
