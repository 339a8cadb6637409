import { describe, expect, it } from "vitest";
import { displayUrl, formatDay, languageName, retentionPeriod, smsHref, telHref } from "./format";

describe("retention periods", () => {
  it.each([
    [730, { unit: "year", count: 2 }],
    [731, { unit: "year", count: 2 }],
    [365, { unit: "year", count: 1 }],
    [1095, { unit: "year", count: 3 }],
    [91, { unit: "month", count: 3 }],
    [183, { unit: "month", count: 6 }],
    [548, { unit: "month", count: 18 }],
    [30, { unit: "month", count: 1 }],
    [45, { unit: "day", count: 45 }],
    [7, { unit: "day", count: 7 }],
  ])("%i days is %o", (days, period) => {
    expect(retentionPeriod(days)).toEqual(period);
  });
});

describe("formatting for help pages", () => {
  it("writes days as people in the UK do", () => {
    expect(formatDay("2026-11-02", "en")).toBe("2 November 2026");
    expect(formatDay("not a day", "en")).toBe("not a day");
  });

  it("makes phone numbers into tel: and sms: links", () => {
    expect(telHref("0800 1111")).toBe("tel:08001111");
    expect(telHref("01632 960100")).toBe("tel:01632960100");
    expect(smsHref("01632 960351")).toBe("sms:01632960351");
  });

  it("names languages and shortens addresses", () => {
    expect(languageName("pl", "en")).toBe("Polish");
    expect(displayUrl("https://food.northshire.example/")).toBe("food.northshire.example");
  });
});
