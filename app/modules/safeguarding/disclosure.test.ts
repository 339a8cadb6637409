import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessDisclosure, mayDiscloseHarm } from "./disclosure";
import { DISCLOSURE_FIXTURES } from "./disclosure-fixtures";
import { normaliseText } from "./disclosure-normalise";

describe("disclosure detector on the fixture set", () => {
  const positives = DISCLOSURE_FIXTURES.filter((f) => f.disclosure);
  const negatives = DISCLOSURE_FIXTURES.filter((f) => !f.disclosure);

  it("has enough sentences of each kind to mean something", () => {
    expect(DISCLOSURE_FIXTURES.length).toBeGreaterThanOrEqual(60);
    const groups = new Set(DISCLOSURE_FIXTURES.map((f) => f.group));
    for (const group of [
      "physical",
      "sexual",
      "emotional",
      "neglect",
      "domestic",
      "self-harm",
      "suicidal",
      "past or resolved",
      "negated",
      "general opinion",
      "distress without a stated risk",
      "parent voice",
    ]) {
      expect(groups, group).toContain(group);
    }
  });

  it("finds at least 95% of the disclosures", () => {
    const missed = positives.filter((f) => !mayDiscloseHarm(f.text)).map((f) => f.text);
    const recall = (positives.length - missed.length) / positives.length;
    expect(recall, `missed:\n${missed.join("\n")}`).toBeGreaterThanOrEqual(0.95);
  });

  it("flags at most 15% of the texts that are not disclosures", () => {
    const flagged = negatives.filter((f) => mayDiscloseHarm(f.text)).map((f) => f.text);
    const falsePositiveRate = flagged.length / negatives.length;
    expect(falsePositiveRate, `flagged:\n${flagged.join("\n")}`).toBeLessThanOrEqual(0.15);
  });
});

describe("assessDisclosure", () => {
  it.each([
    ["my stepdad hits me when mum is at work", "physical_abuse"],
    ["he touches me when nobody else is home", "sexual_abuse"],
    ["my mum says she wishes i had never been born", "suicidal"],
    ["there is no food in the house again", "neglect"],
    ["my dad punches the walls and throws things", "domestic_abuse"],
    ["i have been cutting myself", "self_harm"],
    ["i want to die", "suicidal"],
    ["i am scared to go home tonight", "fear_at_home"],
  ])("names what it found: %s", (text, kind) => {
    const result = assessDisclosure(text);
    expect(result.disclosure).toBe(true);
    expect(result.signals).toContain(kind);
  });

  it.each([
    "i wanna kms",
    "im gonna unalive myself",
    "i dont wanna b here any more",
    "scared 2 go home",
    "my mams fella battered me lastnite",
    "MY DAD HITS ME",
    "nobdy feeds us",
    "i self harm evry day",
    "i get hit at home cuz dad is drunk",
    "me da hits me",
  ])("reads text-speak and misspellings: %s", (text) => {
    expect(mayDiscloseHarm(text)).toBe(true);
  });

  it.each([
    ["my dad hits me", "my dad never hits me"],
    ["i want to die", "i do not want to die, i want the bullying to stop"],
    ["i am hurting myself", "i would never hurt myself"],
    ["my mum leaves us on our own all night", "my mum never leaves us on our own"],
    ["i am scared of my dad", "i am not scared of my dad"],
  ])("a negation cancels it: %s / %s", (said, negated) => {
    expect(mayDiscloseHarm(said)).toBe(true);
    expect(mayDiscloseHarm(negated)).toBe(false);
  });

  it.each([
    ["my stepdad hits me", "when i was little my stepdad used to hit me"],
    ["i cut myself", "i used to cut myself but i stopped two years ago and i'm doing well"],
    ["there is never enough food at home", "growing up there was never enough food at home"],
    ["i have been self harming", "as a teenager i self harmed, now i help other young people"],
    ["i get left on my own all weekend", "years ago i got left on my own all weekend"],
  ])("past experience told in retrospect does not count: %s / %s", (now, then) => {
    expect(mayDiscloseHarm(now)).toBe(true);
    expect(mayDiscloseHarm(then)).toBe(false);
  });

  it("a recent event is current even when told in the past tense", () => {
    expect(mayDiscloseHarm("Dad came home drunk last night and punched me.")).toBe(true);
    expect(mayDiscloseHarm("He kicked me. It has happened before.")).toBe(true);
    expect(mayDiscloseHarm("When I was 8 he kicked me and I still remember it.")).toBe(false);
  });

  it("general opinions and topics do not count, but a specific child does", () => {
    expect(mayDiscloseHarm("Some kids are neglected and nobody notices")).toBe(false);
    expect(mayDiscloseHarm("Domestic abuse services should get more money")).toBe(false);
    expect(mayDiscloseHarm("We had a lesson about self-harm at school")).toBe(false);
    expect(mayDiscloseHarm("I feel neglected at home")).toBe(true);
    expect(mayDiscloseHarm("The girl next door is always hungry and her clothes are filthy")).toBe(true);
  });

  it("one ordinary worry is not enough; two together, or one with a plea for help, is", () => {
    expect(mayDiscloseHarm("my dad drinks every night")).toBe(false);
    expect(mayDiscloseHarm("my mum shouts at me a lot")).toBe(false);
    expect(mayDiscloseHarm("my dad drinks every night and shouts at me")).toBe(true);
    expect(mayDiscloseHarm("my dad drinks every night, please help me")).toBe(true);
  });

  it("distress without a stated risk and everyday idioms do not count", () => {
    for (const text of [
      "I feel really low and I cry a lot",
      "my mum will kill me when she sees this",
      "this maths homework is killing me",
      "I nearly died laughing",
      "my brother beat me at fifa",
      "I hurt myself playing football",
    ]) {
      expect(mayDiscloseHarm(text), text).toBe(false);
    }
  });

  it("handles empty and odd input", () => {
    expect(assessDisclosure("")).toEqual({ disclosure: false, signals: [] });
    expect(assessDisclosure("   \n\t ")).toEqual({ disclosure: false, signals: [] });
    expect(assessDisclosure("12345 !!! ???")).toEqual({ disclosure: false, signals: [] });
  });

  it("never throws, and reports signals exactly when it says yes", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = assessDisclosure(text);
        expect(typeof result.disclosure).toBe("boolean");
        expect(result.signals.length > 0).toBe(result.disclosure);
        expect(mayDiscloseHarm(text)).toBe(result.disclosure);
      }),
      { numRuns: 300 },
    );
  });

  it("stays fast on long unpunctuated text (no runaway regular expressions)", () => {
    const long = "and then i was like we went to the shop and my mum said ".repeat(200);
    const spaces = "a ".repeat(5000) + "x";
    const started = performance.now();
    assessDisclosure(long);
    assessDisclosure(spaces);
    assessDisclosure("my dad ".repeat(2000) + "hits me");
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("normaliseText", () => {
  it("expands contractions and maps text-speak to one spelling", () => {
    expect(normaliseText("I'm scared, he doesn't stop")).toBe("i am scared, he does not stop");
    expect(normaliseText("u dont no wat its like")).toBe("you do not no what it is like");
    expect(normaliseText("No-one cares")).toBe("nobody cares");
    expect(normaliseText("it’s happened before")).toBe("it has happened before");
    expect(normaliseText("my mum's boyfriend")).toBe("my mum's boyfriend");
  });
});
