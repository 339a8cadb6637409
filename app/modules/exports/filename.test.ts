import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fileSlug, summaryFileName } from "./filename";

describe("export file names", () => {
  it("are <partnership>-<group>-<from>-to-<to>.<ext>", () => {
    expect(summaryFileName("northshire", "Early Help & Neglect", "2026-07-01", "2026-09-30", "pdf")).toBe("northshire-early-help-neglect-2026-07-01-to-2026-09-30.pdf");
    expect(summaryFileName("northshire", "Young people's voice", "2026-01-01", "2026-03-31", "xlsx")).toBe("northshire-young-people-s-voice-2026-01-01-to-2026-03-31.xlsx");
  });

  it("drop accents and anything outside ASCII letters and digits", () => {
    expect(fileSlug("Ŵrexham Café – Grŵp 1")).toBe("wrexham-cafe-grwp-1");
    expect(fileSlug("../../etc/passwd")).toBe("etc-passwd");
    expect(fileSlug("مجموعة")).toBe("export");
    expect(summaryFileName("northshire", "مجموعة", "2026-07-01", "2026-09-30", "docx")).toBe("northshire-group-2026-07-01-to-2026-09-30.docx");
  });

  it("leave out dates that are not yyyy-mm-dd", () => {
    expect(summaryFileName("northshire", "Early help", "1/7/2026", "2026-09-30", "csv")).toBe("northshire-early-help.csv");
  });

  it("are always safe in a Content-Disposition header and a file system", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (partnership, group) => {
        const name = summaryFileName(partnership, group, "2026-07-01", "2026-09-30", "pdf");
        expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-2026-07-01-to-2026-09-30\.pdf$/);
        expect(name.length).toBeLessThan(160);
      }),
    );
  });
});
