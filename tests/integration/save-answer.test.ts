import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { answers, responses } from "#db/schema/index.ts";
import { seedDemo } from "~/modules/demo/seed.server";
import { endResponsesByExit, saveAnswer, startResponse, submitResponse } from "~/modules/responses/responses.server";
import { findOpenSurvey, forgetOpenSurveys } from "~/modules/survey/surveys.server";
import { setUpTestDatabase } from "../support/test-database";

const t = setUpTestDatabase();

async function started() {
  forgetOpenSurveys(t.db);
  await seedDemo(t.db);
  const survey = await findOpenSurvey(t.db, "demo-young-people");
  if (!survey) throw new Error("no demo survey");
  return startResponse(t.db, { responseId: crypto.randomUUID(), survey });
}

const stored = async (responseId: string) =>
  Object.fromEntries(
    (await t.db.select().from(answers).where(eq(answers.responseId, responseId))).map((a) => [a.questionId, a.value]),
  );

describe("saveAnswer (one statement when there is nothing to flag)", () => {
  it("saves, replaces and clears an answer of a response being filled in", async () => {
    const response = await started();
    expect(await saveAnswer(t.db, response.id, "home-feel", { choice: "good" })).toBe("saved");
    expect(await saveAnswer(t.db, response.id, "home-feel", { choice: "okay" })).toBe("saved");
    expect(await saveAnswer(t.db, response.id, "help-ways", { choices: ["talk", "online"] })).toBe("saved");
    expect(await stored(response.id)).toEqual({ "home-feel": { choice: "okay" }, "help-ways": { choices: ["talk", "online"] } });
    expect(await saveAnswer(t.db, response.id, "help-ways", null)).toBe("saved");
    expect(await stored(response.id)).toEqual({ "home-feel": { choice: "okay" } });
  });

  it("never changes a sent response, one ended by Exit this page, or one that does not exist", async () => {
    const sent = await started();
    for (const [id, value] of [
      ["home-feel", { choice: "good" }],
      ["trusted-adult", { choice: "yes" }],
      ["listened-to", { choice: "always" }],
      ["asked-for-help", { choice: "no" }],
    ] as const) {
      await saveAnswer(t.db, sent.id, id, value);
    }
    const outcome = await submitResponse(t.db, sent.id);
    expect(outcome.outcome).toBe("submitted");
    const before = await stored(sent.id);
    expect(await saveAnswer(t.db, sent.id, "home-feel", { choice: "bad" })).toBe("already_submitted");
    expect(await saveAnswer(t.db, sent.id, "one-change", { text: "something new" })).toBe("already_submitted");
    expect(await stored(sent.id)).toEqual(before);

    const exited = await started();
    await endResponsesByExit(t.db, [exited.id]);
    expect(await saveAnswer(t.db, exited.id, "home-feel", { choice: "good" })).toBe("not_found");
    expect(await stored(exited.id)).toEqual({});

    const nobody = crypto.randomUUID();
    expect(await saveAnswer(t.db, nobody, "home-feel", { choice: "good" })).toBe("not_found");
    expect(await t.db.select().from(responses).where(eq(responses.id, nobody))).toEqual([]);
    expect(await t.db.select().from(answers).where(eq(answers.responseId, nobody))).toEqual([]);
  });
});
