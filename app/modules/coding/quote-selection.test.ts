import { describe, expect, it } from "vitest";
import { chooseQuotes, excerptOf, sentences } from "./quote-selection";

const long = "I had to look after my little brother every single morning before school because nobody else was awake to do it. ";

describe("quote selection", () => {
  it("cuts at sentence boundaries, never inside a sentence, within 200 characters", () => {
    const text = `${long}Then I was late again. My teacher said I did not care about school, which was not true at all and it upset me a lot for weeks.`;
    const excerpt = excerptOf(text)!;
    expect(excerpt.length).toBeLessThanOrEqual(200);
    expect(excerpt).toBe(`${long.trim()} Then I was late again.`);
    expect(excerpt.endsWith(".")).toBe(true);
  });

  it("leaves out a text whose first sentence is already too long", () => {
    const text = "word ".repeat(60).trim() + ".";
    expect(excerptOf(text)).toBeNull();
    expect(chooseQuotes([{ id: "a", redacted: text }])).toEqual([]);
  });

  it("splits sentences on . ! and ?", () => {
    expect(sentences("Help! Is anyone there? Yes.  Fine")).toEqual(["Help!", "Is anyone there?", "Yes.", "Fine"]);
  });

  it("proposes at most five, varied: a near-duplicate of a chosen quote is skipped", () => {
    const texts = [
      { id: "1", redacted: "We never have enough food at home by the end of the month." },
      { id: "2", redacted: "We never have enough food at home by the end of the week." },
      { id: "3", redacted: "My mum skips meals so that me and my sister can eat something." },
      { id: "4", redacted: "The fridge is empty most days and I go to school hungry." },
      { id: "5", redacted: "Free school meals are the only proper meal I get in a day." },
      { id: "6", redacted: "Sometimes the food bank is closed when we need it most." },
      { id: "7", redacted: "I take extra bread from school lunch to bring home for later." },
    ];
    const chosen = chooseQuotes(texts);
    expect(chosen).toHaveLength(5);
    const ids = chosen.map((q) => q.id);
    expect(ids.includes("1") && ids.includes("2")).toBe(false);
    for (const q of chosen) expect(q.excerpt.length).toBeLessThanOrEqual(200);
  });

  it("skips texts too short or mostly placeholders, and avoids quotes already taken", () => {
    const texts = [
      { id: "short", redacted: "Not good." },
      { id: "names", redacted: "[name] and [name] at [school] with [name]." },
      { id: "ok", redacted: "Nobody at school asked me how things were at home, not once." },
    ];
    expect(chooseQuotes(texts).map((q) => q.id)).toEqual(["ok"]);
    expect(chooseQuotes(texts, { avoid: ["Nobody at school asked me how things were at home, not once."] })).toEqual([]);
  });
});
