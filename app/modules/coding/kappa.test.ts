import { describe, expect, it } from "vitest";
import { cohensKappa } from "./kappa";

const yesNo = (s: string) => [...s].map((c) => c === "y");

describe("Cohen's kappa", () => {
  it("matches a hand-computed value", () => {
    // 10 texts: both yes 4, both no 3, A yes/B no 2, A no/B yes 1.
    // po = 7/10; pA = 6/10, pB = 5/10; pe = .6*.5 + .4*.5 = .5; kappa = (.7-.5)/(1-.5) = .4
    const a = yesNo("yyyyyynnnn");
    const b = yesNo("yyyynnynnn");
    const r = cohensKappa(a, b);
    expect(r.items).toBe(10);
    expect(r.observed).toBeCloseTo(0.7, 10);
    expect(r.expected).toBeCloseTo(0.5, 10);
    expect(r.kappa).toBeCloseTo(0.4, 10);
  });

  it("is 1 for perfect agreement with variation, and negative for systematic disagreement", () => {
    expect(cohensKappa(yesNo("yynn"), yesNo("yynn")).kappa).toBeCloseTo(1, 10);
    // po = 0; pA = pB = .5; pe = .5; kappa = -1
    expect(cohensKappa(yesNo("yynn"), yesNo("nnyy")).kappa).toBeCloseTo(-1, 10);
  });

  it("another hand-computed case: 20 texts, 15 agreements", () => {
    // both yes 5, both no 10, A yes/B no 3, A no/B yes 2
    const a = [...yesNo("yyyyy"), ...yesNo("nnnnnnnnnn"), ...yesNo("yyy"), ...yesNo("nn")];
    const b = [...yesNo("yyyyy"), ...yesNo("nnnnnnnnnn"), ...yesNo("nnn"), ...yesNo("yy")];
    // po = .75; pA = 8/20 = .4; pB = 7/20 = .35; pe = .14 + .39 = .53; kappa = .22/.47
    const r = cohensKappa(a, b);
    expect(r.expected).toBeCloseTo(0.53, 10);
    expect(r.kappa).toBeCloseTo(0.22 / 0.47, 10);
  });

  it("cannot be computed when expected agreement is 1 (everyone said no to every text)", () => {
    const r = cohensKappa(yesNo("nnnn"), yesNo("nnnn"));
    expect(r.observed).toBe(1);
    expect(r.expected).toBe(1);
    expect(r.kappa).toBeNull();
    expect(cohensKappa(yesNo("yyy"), yesNo("yyy")).kappa).toBeNull();
  });

  it("has nothing to say about no texts, and refuses unequal lists", () => {
    expect(cohensKappa([], [])).toMatchObject({ items: 0, kappa: null, observed: null });
    expect(() => cohensKappa([true], [])).toThrow();
  });
});
