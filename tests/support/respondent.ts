import { expect } from "vitest";
import { answerQuestion, beginResponse, loadStartPage, sendResponse } from "~/modules/responses/respondent.server";
import type { TestClient } from "./integration-client";

/**
 * A respondent's journey through the real loaders and actions: opens the
 * survey's start page, starts a response, gives these answers (each must be
 * accepted) and, with `send`, sends it (it must reach the confirmation).
 * Returns the response id; the client keeps the response cookie.
 */
export async function answerSurvey(
  client: TestClient,
  slug: string,
  answers: readonly (readonly [question: string, answer: string])[],
  { send = false } = {},
): Promise<string> {
  const start = await client.run((c, r) => loadStartPage(c, r, slug), client.request(`/s/${slug}`));
  const responseId = (start.data as { responseId: string }).responseId;
  await client.run((c, r) => beginResponse(c, r, slug), client.request(`/s/${slug}`, { response: responseId }));
  for (const [question, answer] of answers) {
    const answered = await client.run((c, r) => answerQuestion(c, r, slug, question), client.request(`/s/${slug}/q/${question}`, { response: responseId, answer }));
    expect(answered.status, `the answer to ${question}`).toBe(302);
  }
  if (send) {
    const sent = await client.run((c, r) => sendResponse(c, r, slug), client.request(`/s/${slug}/check`, { response: responseId }));
    expect(sent).toMatchObject({ status: 302, location: `/s/${slug}/done` });
  }
  return responseId;
}
