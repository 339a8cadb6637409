import { describe, expect, it } from "vitest";
import { helpHref, isFiltered, needParam, parseDirectoryFilter } from "./filter";
import { NEEDS } from "./needs";

const AREAS = ["Kingsbridge", "Eastmoor"];
const parse = (query: string) => parseDirectoryFilter(new URLSearchParams(query), AREAS);

describe("the directory's filter", () => {
  it("reads needs, who and area from the query", () => {
    expect(parse("need=money&need=food&who=parents&area=Eastmoor")).toEqual({
      needs: ["food", "money"],
      audience: "parents",
      area: "Eastmoor",
    });
  });

  it("carries no sensitive words in the address, and still accepts the codes", () => {
    expect(needParam("domestic-abuse")).toBe("safe-at-home");
    expect(NEEDS.map(needParam).filter((v) => /abuse|neglect|harm/.test(v))).toEqual([]);
    expect(parse("need=safe-at-home").needs).toEqual(["domestic-abuse"]);
    expect(parse("need=domestic-abuse").needs).toEqual(["domestic-abuse"]);
  });

  it("leaves out anything it does not know, and repeats", () => {
    expect(parse("need=food&need=food&need=<script>&need=&who=aliens&area=Atlantis")).toEqual({ needs: ["food"] });
    expect(parse("who=&area=")).toEqual({ needs: [] });
    expect(parse("need=FOOD&area=eastmoor")).toEqual({ needs: [] });
  });

  it("knows when nothing is chosen", () => {
    expect(isFiltered(parse(""))).toBe(false);
    expect(isFiltered(parse("p=northshire&who=nobody"))).toBe(false);
    expect(isFiltered(parse("area=Kingsbridge"))).toBe(true);
  });
});

describe("links between help pages", () => {
  it("keep the partnership named in the address", () => {
    expect(helpHref("/help/services", "northshire")).toBe("/help/services?p=northshire");
    expect(helpHref("/help", null)).toBe("/help");
  });
});
