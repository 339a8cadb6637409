import { describe, expect, it } from "vitest";
import { addDays, expiryCutoff, hasExpired, lastDayKept } from "./periods";

describe("retention day arithmetic (UK calendar days)", () => {
  it("adds and takes away whole days across month, year and leap-day ends", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-11-23", -730)).toBe("2024-11-23");
  });

  it("is not moved by the clock changes (29 March and 25 October 2026)", () => {
    expect(addDays("2026-03-28", 1)).toBe("2026-03-29");
    expect(addDays("2026-03-29", 1)).toBe("2026-03-30");
    expect(addDays("2026-10-24", 2)).toBe("2026-10-26");
    expect(addDays("2026-03-01", 90)).toBe("2026-05-30");
  });

  it("keeps a thing up to the last day of its period and lets it go the day after", () => {
    // Sent on 1 September, kept for 90 days: the period ends on 30 November.
    expect(lastDayKept("2026-09-01", 90)).toBe("2026-11-30");
    expect(hasExpired("2026-09-01", 90, "2026-11-29")).toBe(false);
    expect(hasExpired("2026-09-01", 90, "2026-11-30")).toBe(false);
    expect(hasExpired("2026-09-01", 90, "2026-12-01")).toBe(true);
    expect(hasExpired("2026-09-01", 90, "2027-06-01")).toBe(true);
  });

  it("gives a cutoff that agrees with hasExpired: days before it have expired", () => {
    const today = "2026-11-23";
    for (const days of [1, 30, 90, 365, 730]) {
      const cutoff = expiryCutoff(today, days);
      expect(hasExpired(addDays(cutoff, -1), days, today)).toBe(true);
      expect(hasExpired(cutoff, days, today)).toBe(false);
      expect(addDays(cutoff, -1) < cutoff).toBe(true);
    }
  });

  it("refuses what is not a real day", () => {
    expect(() => addDays("2026-02-30", 1)).toThrow();
    expect(() => addDays("23/11/2026", 1)).toThrow();
    expect(() => expiryCutoff("", 1)).toThrow();
  });
});
