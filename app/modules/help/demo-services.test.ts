import { describe, expect, it } from "vitest";
import { NORTHSHIRE } from "~/modules/demo/demo-surveys";
import { DEMO_SERVICES } from "./demo-services";
import { NEEDS, SERVICE_AUDIENCES } from "./needs";

// Ofcom keeps 01632 960000 to 960999 for drama: no real line can be rung from the demo.
const DRAMA = /^01632 960\d{3}$/;
// The only real services the product notes allow: Childline and the NSPCC helpline.
const NATIONAL_NUMBERS: Record<string, string> = { childline: "0800 1111", "nspcc-helpline": "0808 800 5000" };
// Numbers the partnership's own contacts already use.
const PARTNERSHIP_NUMBERS = ["01632 960100", "01632 960199", "01632 960200"];

const local = DEMO_SERVICES.filter((s) => !s.national);
const national = DEMO_SERVICES.filter((s) => s.national);

function numbersIn(text: string): string[] {
  return text.match(/0\d{3,4} ?\d{3} ?\d{3,4}|0800 1111/g) ?? [];
}

describe("Northshire's demo directory", () => {
  it("has about 14 local services, each slug once", () => {
    expect(local.length).toBeGreaterThanOrEqual(12);
    expect(new Set(DEMO_SERVICES.map((s) => s.slug)).size).toBe(DEMO_SERVICES.length);
  });

  it("rings only numbers from the drama range, and none the partnership's contacts use", () => {
    const numbers = local.flatMap((s) => [
      s.contact.phone,
      s.contact.text,
      ...numbersIn(s.openingHours.en ?? ""),
      ...numbersIn(s.summary.en ?? ""),
    ]).filter((n): n is string => !!n);
    expect(numbers.length).toBeGreaterThanOrEqual(local.length);
    for (const n of numbers) expect(n, n).toMatch(DRAMA);
    for (const n of PARTNERSHIP_NUMBERS) expect(numbers).not.toContain(n);
    // Each local number belongs to one service.
    const phones = local.flatMap((s) => [s.contact.phone, s.contact.text]).filter(Boolean);
    expect(new Set(phones).size).toBe(phones.length);
  });

  it("lists only Childline and the NSPCC helpline as national services, with their real numbers", () => {
    expect(Object.fromEntries(national.map((s) => [s.slug, s.contact.phone]))).toEqual(NATIONAL_NUMBERS);
    for (const s of national) {
      expect(s.contact.text).toBeUndefined();
      expect(s.areas).toEqual([]);
    }
  });

  it("gives local services only made-up websites", () => {
    for (const s of local) {
      if (s.contact.website) expect(new URL(s.contact.website).hostname, s.slug).toMatch(/\.example$/);
    }
  });

  it("covers every need with at least one local service", () => {
    const covered = new Set(local.flatMap((s) => s.needs));
    expect(NEEDS.filter((need) => !covered.has(need))).toEqual([]);
  });

  it("uses only known audiences, Northshire's own areas and some way to get in touch", () => {
    for (const s of DEMO_SERVICES) {
      expect(s.audiences.length, s.slug).toBeGreaterThan(0);
      for (const a of s.audiences) expect(SERVICE_AUDIENCES).toContain(a);
      for (const area of s.areas) expect(NORTHSHIRE.areas).toContain(area);
      expect(s.contact.phone ?? s.contact.text ?? s.contact.website ?? s.contact.walkIn, s.slug).toBeTruthy();
      expect(s.openingHours.en && s.cost.en && s.summary.en && s.name.en, s.slug).toBeTruthy();
      expect(s.languages.length).toBeGreaterThan(0);
    }
    // The area filter has something to show in every area.
    for (const area of NORTHSHIRE.areas) expect(local.some((s) => s.areas.includes(area)), area).toBe(true);
  });
});
