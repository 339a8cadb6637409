import { describe, expect, it } from "vitest";
import { DEFAULT_EXIT_URL, beforeYouStartPath, localPath, partnershipSlugParam, safeExitUrl, withPartnership } from "./paths";

describe("quick exit addresses", () => {
  it("goes on only to a path on this site", () => {
    expect(localPath("/s/demo/q/home-feel?change=1")).toBe("/s/demo/q/home-feel?change=1");
    for (const bad of [null, "", "feedback", "//evil.example", "/\\evil.example", "https://evil.example", "/\t/evil", "/a\\b", "javascript:x"]) {
      expect(localPath(bad), String(bad)).toBe("/");
    }
    expect(beforeYouStartPath("/s/demo/q/one")).toBe("/before-you-start?to=%2Fs%2Fdemo%2Fq%2Fone");
    expect(beforeYouStartPath("//evil.example")).toBe("/before-you-start?to=%2F");
    expect(beforeYouStartPath("/s/demo/q/one", "northshire")).toBe("/before-you-start?to=%2Fs%2Fdemo%2Fq%2Fone&p=northshire");
  });

  it("sends people only to a web address", () => {
    expect(safeExitUrl("https://www.bbc.co.uk/weather")).toBe("https://www.bbc.co.uk/weather");
    expect(safeExitUrl("http://example.org/")).toBe("http://example.org/");
    for (const bad of [null, "", "javascript:alert(1)", "data:text/html,x", "/exit", "ftp://example.org/"]) {
      expect(safeExitUrl(bad), String(bad)).toBe(DEFAULT_EXIT_URL);
    }
  });

  it("carries a well-formed partnership slug only", () => {
    expect(partnershipSlugParam("northshire")).toBe("northshire");
    expect(partnershipSlugParam("north-shire-2")).toBe("north-shire-2");
    for (const bad of [null, "", "North", "a/b", "-x", "x-", "a".repeat(65)]) expect(partnershipSlugParam(bad)).toBeNull();
    expect(withPartnership("/help", "northshire")).toBe("/help?p=northshire");
    expect(withPartnership("/before-you-start?to=/feedback", "northshire")).toBe("/before-you-start?to=/feedback&p=northshire");
    expect(withPartnership("/help", null)).toBe("/help");
  });
});
