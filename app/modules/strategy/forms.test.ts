import { describe, expect, it } from "vitest";
import { parseGroup, parseIds, parsePriority } from "./forms";

const ID = "6f1c1a52-3d5e-4b8a-9a55-2f4f7f0c1e11";

describe("strategic priority form", () => {
  it("takes a title, a description and an optional position", () => {
    expect(parsePriority({ title: "  Help families early ", description: "", position: "" })).toEqual({
      ok: true,
      data: { title: "Help families early", description: "", position: null },
    });
    expect(parsePriority({ title: "A", description: "B", position: "3" })).toEqual({ ok: true, data: { title: "A", description: "B", position: 3 } });
  });

  it("refuses a missing or overlong title, a long description and a position that is not a small whole number", () => {
    expect(parsePriority({ title: " ", description: "", position: "" })).toEqual({ ok: false, errors: { title: "strategy:errors.titleMissing" } });
    expect(parsePriority({ title: "x".repeat(121), description: "", position: "" })).toMatchObject({ errors: { title: "strategy:errors.titleTooLong" } });
    expect(parsePriority({ title: "A", description: "x".repeat(1001), position: "" })).toMatchObject({ errors: { description: "strategy:errors.descriptionTooLong" } });
    for (const position of ["-1", "1.5", "1000", "one", "1e2"]) {
      expect(parsePriority({ title: "A", description: "", position })).toMatchObject({ ok: false, errors: { position: "strategy:errors.positionFormat" } });
    }
  });
});

describe("implementation group form", () => {
  it("takes a name, description, an optional priority and position", () => {
    expect(parseGroup({ name: "Early help subgroup", description: "", priorityId: "", position: "" })).toEqual({
      ok: true,
      data: { name: "Early help subgroup", description: "", priorityId: null, position: null },
    });
    expect(parseGroup({ name: "G", description: "", priorityId: ID, position: "2" })).toMatchObject({ ok: true, data: { priorityId: ID, position: 2 } });
  });

  it("refuses a missing name and a priority that is not an id", () => {
    expect(parseGroup({ name: "", description: "", priorityId: "", position: "" })).toMatchObject({ errors: { name: "strategy:errors.nameMissing" } });
    expect(parseGroup({ name: "G", description: "", priorityId: "1; drop table", position: "" })).toMatchObject({
      ok: false,
      errors: { priorityId: "strategy:errors.unknown" },
    });
  });
});

describe("ticked ids", () => {
  it("keeps each id once and refuses anything that is not an id", () => {
    expect(parseIds([ID, ID])).toEqual([ID]);
    expect(parseIds([])).toEqual([]);
    expect(parseIds([ID, "basic_needs"])).toBeNull();
  });
});
