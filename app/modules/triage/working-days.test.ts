import { describe, expect, it } from "vitest";
import { isOverdue, nextWorkingDay, reviewDueBy } from "./working-days";

// 2026-11-20 is a Friday; 2026-11-21 Saturday; 2026-11-22 Sunday; 2026-11-23 Monday.
describe("one working day", () => {
  it("skips weekends", () => {
    expect(nextWorkingDay("2026-11-18")).toBe("2026-11-19"); // Wednesday → Thursday
    expect(nextWorkingDay("2026-11-20")).toBe("2026-11-23"); // Friday → Monday
    expect(nextWorkingDay("2026-11-21")).toBe("2026-11-23"); // Saturday → Monday
    expect(nextWorkingDay("2026-11-22")).toBe("2026-11-23"); // Sunday → Monday
    expect(nextWorkingDay("2026-12-31")).toBe("2027-01-01"); // across the year
  });

  it("a Wednesday flag is on time on Thursday and overdue on Friday", () => {
    const flag = { status: "new" as const, flaggedOn: "2026-11-18" };
    expect(isOverdue(flag, "2026-11-18")).toBe(false);
    expect(isOverdue(flag, "2026-11-19")).toBe(false);
    expect(isOverdue(flag, "2026-11-20")).toBe(true);
  });

  it("a Friday flag is on time all weekend and on Monday, overdue on Tuesday", () => {
    const flag = { status: "new" as const, flaggedOn: "2026-11-20" };
    expect(reviewDueBy(flag.flaggedOn)).toBe("2026-11-23");
    for (const day of ["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23"])
      expect(isOverdue(flag, day), day).toBe(false);
    expect(isOverdue(flag, "2026-11-24")).toBe(true);
  });

  it("a Saturday flag is due on Monday too", () => {
    expect(
      isOverdue({ status: "new", flaggedOn: "2026-11-21" }, "2026-11-23")
    ).toBe(false);
    expect(
      isOverdue({ status: "new", flaggedOn: "2026-11-21" }, "2026-11-24")
    ).toBe(true);
  });

  it("a reviewed flag is never overdue", () => {
    expect(
      isOverdue({ status: "reviewed", flaggedOn: "2026-01-05" }, "2026-11-24")
    ).toBe(false);
  });
});
