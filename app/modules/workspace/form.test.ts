import { describe, expect, it } from "vitest";
import { parseLanguages } from "~/modules/directory/services-admin.server";
import { isIsoDay, ukToday } from "./dates";
import { isHttpsUrl, isPhoneNumber } from "./form";

describe("workspace form checks", () => {
  it("accepts only https addresses with a real host name", () => {
    expect(isHttpsUrl("https://www.bbc.co.uk/weather")).toBe(true);
    for (const bad of ["http://www.bbc.co.uk", "javascript:alert(1)", "https://a:b@example.com", "https://localhost", "https://127.0.0.1/", "data:text/html,x", "www.bbc.co.uk", ""]) {
      expect(isHttpsUrl(bad), bad).toBe(false);
    }
  });

  it("accepts phone numbers as people write them", () => {
    expect(isPhoneNumber("0800 1111")).toBe(true);
    expect(isPhoneNumber("+44 (0)1632 960-001")).toBe(true);
    expect(isPhoneNumber("call me")).toBe(false);
    expect(isPhoneNumber("12")).toBe(false);
  });

  it("reads language codes", () => {
    expect(parseLanguages("en, PL  cy")).toEqual(["en", "pl", "cy"]);
    expect(parseLanguages("")).toBeNull();
    expect(parseLanguages("english!")).toBeNull();
  });

  it("knows UK days", () => {
    expect(ukToday(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
    expect(ukToday(new Date("2026-12-31T23:30:00Z"))).toBe("2026-12-31");
    expect(isIsoDay("2026-02-29")).toBe(false);
    expect(isIsoDay("2028-02-29")).toBe(true);
  });
});
