import { describe, expect, it } from "vitest";
import { clusterTexts } from "./cluster";
import { stem } from "./text-features";

const TEXTS = [
  { id: "bus1", text: "The bus to town is too expensive and the buses never come on time." },
  { id: "park1", text: "There is nowhere to play, the park is closed and the swings are broken." },
  { id: "wifi1", text: "Our wifi keeps cutting out so I cannot do my homework online." },
  { id: "bus2", text: "Buses are late every day and the bus fare is too much for us." },
  { id: "park2", text: "The park near [place] has broken swings and glass everywhere, nowhere safe to play." },
  { id: "wifi2", text: "No wifi at home, the internet is cutting out all the time." },
  { id: "bus3", text: "I wait ages for the bus, the bus is always late." },
  { id: "odd", text: "My grandad grows tomatoes in his greenhouse." },
];

const groupOf = (clusters: ReturnType<typeof clusterTexts>, id: string) => clusters.findIndex((c) => c.ids.includes(id));

describe("emergent theme clustering", () => {
  it("puts obviously similar texts together and apart from the others", () => {
    const clusters = clusterTexts(TEXTS);
    const pairs: [string, string][] = [
      ["bus1", "bus2"],
      ["bus1", "bus3"],
      ["park1", "park2"],
      ["wifi1", "wifi2"],
    ];
    for (const [a, b] of pairs) {
      expect(groupOf(clusters, a), `${a} with ${b}`).toBeGreaterThanOrEqual(0);
      expect(groupOf(clusters, a), `${a} with ${b}`).toBe(groupOf(clusters, b));
    }
    expect(groupOf(clusters, "bus1")).not.toBe(groupOf(clusters, "park1"));
    expect(groupOf(clusters, "bus1")).not.toBe(groupOf(clusters, "wifi1"));
    expect(groupOf(clusters, "park1")).not.toBe(groupOf(clusters, "wifi1"));
    // A text like no other is in no group (groups have at least two texts).
    expect(groupOf(clusters, "odd")).toBe(-1);
    // The biggest group comes first, labelled by its words.
    expect(clusters[0]!.ids.sort()).toEqual(["bus1", "bus2", "bus3"]);
    expect(clusters[0]!.keyWords[0]).toBe("bus");
    expect(clusters.find((c) => c.ids.includes("wifi1"))!.keyWords).toContain("wifi");
  });

  it("is deterministic: the same texts give the same groups, key words and order", () => {
    const first = clusterTexts(TEXTS);
    const again = clusterTexts(TEXTS.map((t) => ({ ...t })));
    expect(again).toEqual(first);
  });

  it("leaves placeholders and common words out of the key words", () => {
    const clusters = clusterTexts(TEXTS);
    const all = clusters.flatMap((c) => c.keyWords);
    expect(all).not.toContain("place");
    expect(all).not.toContain("the");
  });

  it("stems plurals and -ing forms together", () => {
    expect(stem("buses")).toBe(stem("bus"));
    expect(stem("houses")).toBe(stem("house"));
    expect(stem("making")).toBe(stem("make"));
    expect(stem("waiting")).toBe(stem("waits"));
    expect(stem("stories")).toBe("story");
  });

  it("gives nothing for no texts", () => {
    expect(clusterTexts([])).toEqual([]);
  });
});
