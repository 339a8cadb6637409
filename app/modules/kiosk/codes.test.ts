import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, makeKioskCode, normaliseKioskCode } from "./codes";

describe("kiosk codes", () => {
  it("are three groups of four unambiguous characters", () => {
    for (let i = 0; i < 200; i++) {
      const code = makeKioskCode();
      expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      for (const c of code.replace(/-/g, "")) expect(CODE_ALPHABET).toContain(c);
      expect(code).not.toMatch(/[01OIL]/);
    }
  });

  it("differ from one another", () => {
    const seen = new Set(Array.from({ length: 500 }, () => makeKioskCode()));
    expect(seen.size).toBe(500);
  });

  it("read the same whatever the case, spaces or hyphens", () => {
    expect(normaliseKioskCode(" k7qm 3hxp-w2rd ")).toBe("K7QM3HXPW2RD");
    expect(normaliseKioskCode("DEMO-KIOSK-2026")).toBe("DEMOKIOSK2026");
    expect(normaliseKioskCode("")).toBe("");
    expect(normaliseKioskCode("<script>")).toBe("");
  });
});
