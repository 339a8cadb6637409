import { describe, expect, it } from "vitest";
import common from "~/locales/en/common.json";
import easy from "~/locales/en/easy.json";
import yousaid from "~/locales/en/yousaid.json";
import { DEMO_STRATEGY } from "~/modules/demo/demo-strategy";
import { DEMO_SURVEYS, GROWING_UP_SURVEY, YOUNG_PEOPLE_SURVEY } from "~/modules/demo/demo-surveys";
import type { SurveyDefinitionInput } from "~/modules/survey/definition";
import { readingOf, wordsOf, type Reading } from "./reading-age";

// Reading age (Flesch-Kincaid grade + 5) of the text children read. Text for
// under-11s (the 8 to 10 band of a survey, everything in Easy Read, and the
// page words children meet on the survey pages) must read at 9 or under.
// Each string is measured on its own (a heading, a hint, a paragraph of one
// to three sentences), so one hard sentence cannot hide in an average. Labels
// of fewer than four words are too short for the formula to mean anything;
// they are held instead to words of at most three syllables.

const UNDER_11 = 9;
/** The formula needs a few words to say anything. */
const MIN_WORDS = 4;

type Block = { where: string; text: string };

/** Every English string in a tree, with where it is. */
function englishIn(value: unknown, where: string): Block[] {
  if (typeof value === "string") return [{ where, text: value }];
  if (typeof value !== "object" || value === null) return [];
  const en = (value as { en?: unknown }).en;
  if (typeof en === "string") return [{ where, text: en }];
  return Object.entries(value).flatMap(([key, v]) => englishIn(v, `${where}.${key}`));
}

/** Easy Read text in a survey definition, wherever it is. */
function easyReadIn(value: unknown, where: string): Block[] {
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key === "easyRead" ? englishIn(v, `${where}.easyRead`) : easyReadIn(v, `${where}.${key}`),
  );
}

/** The text an 8 to 10 year old meets in a banded survey: the survey's words, the questions for everyone and for the band. */
function forBand(survey: SurveyDefinitionInput, band: string, name: string): Block[] {
  const questions = survey.questions.filter((q) => !q.ageBands || q.ageBands.includes(band));
  return [
    ...englishIn(survey.title, `${name}.title`),
    ...englishIn(survey.ageBands, `${name}.ageBands`),
    ...questions.flatMap((q) => {
      const { easyRead: _skip, ...standard } = q;
      return englishIn({ title: standard.title, hint: standard.hint, body: standard.body, options: standard.options?.map((o) => ({ label: o.label, hint: o.hint })) }, `${name}.${q.id}`);
    }),
  ];
}

/** Page words children meet on the survey pages (not the adults' versions, which say "Adult" or name the NSPCC line). */
function childrensPageWords(): Block[] {
  const { start, question, check, done, helpAtOnce, home, layout } = common;
  return englishIn({ layout, home, start, question, check, done, helpAtOnce }, "common").filter(
    ({ where }) => !/Adult$|Nspcc$|nspcc$|earlyHelp$|Everyone$|\.local$|helpLocal$/.test(where),
  );
}

function check(blocks: Block[]) {
  const measured: (Block & Reading)[] = [];
  const short: Block[] = [];
  for (const block of blocks) {
    if (wordsOf(block.text).length >= MIN_WORDS) measured.push({ ...block, ...readingOf(block.text) });
    else short.push(block);
  }
  return { measured, short };
}

function report(label: string, measured: (Block & Reading)[]) {
  const ages = measured.map((m) => m.readingAge);
  const worst = [...measured].sort((a, b) => b.readingAge - a.readingAge).slice(0, 3);
  console.log(
    `${label}: ${measured.length} blocks, reading age median ${median(ages).toFixed(1)}, highest ${Math.max(...ages).toFixed(1)}\n` +
      worst.map((w) => `  ${w.readingAge.toFixed(1)}  ${w.where}: ${w.text}`).join("\n"),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function expectUnder11(label: string, blocks: Block[]) {
  const { measured, short } = check(blocks);
  expect(measured.length).toBeGreaterThan(5);
  report(label, measured);
  const tooHard = measured.filter((m) => m.readingAge > UNDER_11).map((m) => `${m.readingAge.toFixed(1)} ${m.where}: ${m.text}`);
  expect(tooHard).toEqual([]);
  // Short labels: no word longer than three syllables (names aside).
  const longWords = short.filter((b) => readingOf(b.text).syllables > 3 * wordsOf(b.text).length).map((b) => `${b.where}: ${b.text}`);
  expect(longWords).toEqual([]);
}

describe("reading age of children's text", () => {
  it("the check can fail: a hard sentence reads above 9", () => {
    const hard = readingOf("Safeguarding partnerships consider multidisciplinary perspectives regarding neglect.");
    expect(hard.readingAge).toBeGreaterThan(UNDER_11);
    const easyText = readingOf("We will listen to you. We will believe you.");
    expect(easyText.readingAge).toBeLessThanOrEqual(UNDER_11);
    // Measured per block: a hard block is not hidden by easy ones around it.
    const { measured } = check([
      { where: "a", text: "You can stop at any time." },
      { where: "b", text: "Safeguarding partnerships consider multidisciplinary perspectives." },
    ]);
    expect(measured.filter((m) => m.readingAge > UNDER_11).map((m) => m.where)).toEqual(["b"]);
  });

  it("English Easy Read page words read at 9 or under", () => {
    expectUnder11("Easy Read page words (easy.json)", englishIn(easy, "easy"));
  });

  it("Easy Read words of every demo survey read at 9 or under", () => {
    expectUnder11("Easy Read survey words", DEMO_SURVEYS.flatMap((s) => easyReadIn(s.definition, s.slug)));
  });

  it("the 8 to 10 version of the children's survey reads at 9 or under", () => {
    expectUnder11("Growing up in Northshire, 8 to 10", forBand(GROWING_UP_SURVEY, "8-10", "demo-growing-up"));
  });

  it("the page words children meet on survey pages read at 9 or under", () => {
    expectUnder11("Children's page words (common.json)", childrensPageWords());
  });

  it("the \"You said, we did\" page words and the demo's words for children read at 9 or under", () => {
    // Not the adults' words (intro.adults, readers.adults) nor the poster's and kiosk's (they carry an address).
    const { intro, readers, entry, title, none, noneForSurvey, englishOnly, allEntries, help } = yousaid;
    const pageWords = englishIn({ title, intro: intro.children, readers: { children: readers.children, toAdults: readers.toAdults, toChildren: readers.toChildren }, entry, none, noneForSurvey, englishOnly, allEntries, help, done: yousaid.link.done }, "yousaid");
    const demoWords = DEMO_STRATEGY.flatMap((g) => englishIn({ heard: g.entry.texts.en.heardForChildren, did: g.entry.texts.en.didForChildren }, `demo.${g.name}`));
    expectUnder11("You said, we did (children)", [...pageWords, ...demoWords]);
  });

  it("reports the older versions (11 to 18) and keeps them at 11 or under", () => {
    const older = [...forBand(GROWING_UP_SURVEY, "11-18", "demo-growing-up"), ...englishIn(YOUNG_PEOPLE_SURVEY, "demo-young-people")];
    const { measured } = check(older);
    report("Young people's text (11 to 18)", measured);
    expect(measured.filter((m) => m.readingAge > 11).map((m) => `${m.readingAge.toFixed(1)} ${m.where}: ${m.text}`)).toEqual([]);
  });
});
