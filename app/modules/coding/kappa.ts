/**
 * Cohen's kappa for one code between two coders: over the texts both coded,
 * each coder said yes (accepted the code) or no. kappa = (po - pe) / (1 - pe),
 * where po is the share of texts they agreed on and pe the agreement expected
 * by chance from how often each said yes. When pe is 1 (both said the same
 * thing for every text, all yes or all no) kappa is 0/0: `kappa` is null and
 * only the plain agreement is meaningful.
 */
export interface KappaResult {
  /** Texts both coders coded. */
  items: number;
  /** Observed agreement, 0..1 (null with no texts). */
  observed: number | null;
  /** Agreement expected by chance, 0..1 (null with no texts). */
  expected: number | null;
  /** null when it cannot be computed (no texts, or expected agreement 1). */
  kappa: number | null;
  yesA: number;
  yesB: number;
}

export function cohensKappa(a: readonly boolean[], b: readonly boolean[]): KappaResult {
  if (a.length !== b.length) throw new Error("both coders must rate the same texts");
  const n = a.length;
  let agree = 0;
  let yesA = 0;
  let yesB = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) agree++;
    if (a[i]) yesA++;
    if (b[i]) yesB++;
  }
  if (n === 0) return { items: 0, observed: null, expected: null, kappa: null, yesA, yesB };
  const observed = agree / n;
  const pA = yesA / n;
  const pB = yesB / n;
  const expected = pA * pB + (1 - pA) * (1 - pB);
  const kappa = Math.abs(1 - expected) < 1e-12 ? null : (observed - expected) / (1 - expected);
  return { items: n, observed, expected, kappa, yesA, yesB };
}
