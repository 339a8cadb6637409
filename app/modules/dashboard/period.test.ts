import { describe, expect, it } from "vitest";
import { shownPercent, workingDaysSince } from "./dashboard.server";
import { bucketMonths, bucketOf, parseRange, periodFor } from "./period";

describe("dashboard period", () => {
  it("the last 12 months end with this month and start on the first of the month 11 months before", () => {
    const period = periodFor("12m", "2026-11-23");
    expect(period).toMatchObject({ unit: "month", from: "2025-12-01", to: "2026-11-23" });
    expect(period.buckets).toHaveLength(12);
    expect(period.buckets[0]).toBe("2025-12");
    expect(period.buckets.at(-1)).toBe("2026-11");
  });

  it("quarters are calendar quarters, the current one last", () => {
    expect(periodFor("4q", "2026-11-23")).toMatchObject({ unit: "quarter", from: "2026-01-01", buckets: ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"] });
    const eight = periodFor("8q", "2026-02-01");
    expect(eight.from).toBe("2024-04-01");
    expect(eight.buckets).toEqual(["2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"]);
  });

  it("a day falls in its month or quarter; anything unknown in the address is the default range", () => {
    expect(bucketOf("month", "2026-03-31")).toBe("2026-03");
    expect(bucketOf("quarter", "2026-03-31")).toBe("2026-Q1");
    expect(bucketOf("quarter", "2026-10-01")).toBe("2026-Q4");
    expect(bucketMonths("2026-Q4")).toEqual({ year: 2026, first: 10, last: 12 });
    expect(bucketMonths("2026-02")).toEqual({ year: 2026, first: 2, last: 2 });
    expect(parseRange("8q")).toBe("8q");
    expect(parseRange("99y")).toBe("12m");
    expect(parseRange(null)).toBe("12m");
  });
});

describe("working days since a flag", () => {
  it("counts Monday to Friday after the day it was flagged", () => {
    // 2026-11-20 is a Friday, 2026-11-23 a Monday.
    expect(workingDaysSince("2026-11-23", "2026-11-23")).toBe(0);
    expect(workingDaysSince("2026-11-20", "2026-11-23")).toBe(1);
    expect(workingDaysSince("2026-11-21", "2026-11-23")).toBe(1);
    expect(workingDaysSince("2026-11-19", "2026-11-23")).toBe(2);
    expect(workingDaysSince("2026-11-09", "2026-11-23")).toBe(10);
  });
});

describe("percentages from shown counts", () => {
  it("only where both the part and the base may be shown", () => {
    expect(shownPercent({ shown: true, value: 20 }, { shown: true, value: 40 })).toBe(50);
    expect(shownPercent({ shown: false }, { shown: true, value: 40 })).toBeNull();
    expect(shownPercent({ shown: true, value: 10 }, { shown: false })).toBeNull();
  });
});
