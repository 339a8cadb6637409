import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "~/modules/db/client.server";
import {
  answers,
  partnerships,
  responses,
  settingLinks,
  surveys,
  textItems,
  type AnswerValue,
} from "#db/schema/index.ts";
import {
  redact as realRedact,
  type RedactionOptions,
} from "~/modules/redaction/redact";
import {
  questionCode,
  TEXT_TYPES,
  type SurveyDefinition,
} from "~/modules/survey/definition";
import { sentimentOf, type Sentiment } from "~/modules/themes/suggest";

// Redaction on arrival (issue 6): every piece of free text people send gets
// its redacted copy, a `text_items` row, in the same transaction that commits
// the text. Staff pages read text_items only; the raw words stay in `answers`
// and `feedback` until the survey's raw-text period ends.

/** A database or an open transaction: call it with the transaction that stores the text. */
export type Executor = Pick<Database, "insert" | "select">;

/** One piece of free text to record: an answer of a sent response, or a piece of feedback. */
export type TextItemInput =
  | {
      partnershipId: string;
      surveyId: string;
      responseId: string;
      questionId: string;
      /** The question's shared code (`code ?? id`). */
      questionCode: string;
      text: string;
      receivedOn: string;
      /** Brought in from a CSV file (the import helper sets it). */
      imported?: boolean;
    }
  | {
      partnershipId: string;
      feedbackId: string;
      text: string;
      receivedOn: string;
      imported?: boolean;
    };

export interface TextItemDependencies {
  redact?: typeof realRedact;
  /** Positive, neutral or negative, worked out on arrival (from the raw words, which redaction may blur). */
  sentiment?: ((text: string) => Sentiment) | null;
}

const DEFAULT_DEPENDENCIES: Required<TextItemDependencies> = {
  redact: realRedact,
  sentiment: sentimentOf,
};

/**
 * What the partnership's redaction knows beyond its rules: its areas (place
 * names, from `partnerships.areas`) and its schools (the names of its school
 * and class links, e.g. "Northshire Primary Academy (demo), Year 6" gives
 * "Northshire Primary Academy"). Patterns such as "... Academy" catch the
 * schools that have no link.
 */
export async function redactionOptionsFor(
  db: Pick<Database, "select">,
  partnershipId: string
): Promise<Required<RedactionOptions>> {
  const [partnership] = await db
    .select({ areas: partnerships.areas })
    .from(partnerships)
    .where(eq(partnerships.id, partnershipId));
  const links = await db
    .select({ name: settingLinks.name })
    .from(settingLinks)
    .where(
      and(
        eq(settingLinks.partnershipId, partnershipId),
        inArray(settingLinks.kind, ["school", "class"])
      )
    );
  return {
    placeNames: partnership?.areas ?? [],
    schoolNames: [
      ...new Set(
        links.map((l) => schoolNameOf(l.name)).filter((n) => n.length >= 3)
      ),
    ],
  };
}

/** "Northshire Primary Academy (demo), Year 6" → "Northshire Primary Academy". */
export function schoolNameOf(linkName: string): string {
  return linkName
    .split(/,| - | – /)[0]!
    .replace(/\([^)]*\)/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Inserts the redacted copy of each text. Idempotent: a text already
 * recorded (a resend, a retried import) is left as it is. Call it inside the
 * transaction that stores the text, so the copy exists if and only if the
 * text does. Exported for the CSV import as well.
 */
export async function recordTextItems(
  tx: Executor,
  items: readonly TextItemInput[],
  dependencies: TextItemDependencies = {}
): Promise<number> {
  const { redact, sentiment } = { ...DEFAULT_DEPENDENCIES, ...dependencies };
  const byPartnership = new Map<string, Required<RedactionOptions>>();
  let inserted = 0;
  for (const item of items) {
    if (item.text.trim() === "") continue;
    let options = byPartnership.get(item.partnershipId);
    if (!options) {
      options = await redactionOptionsFor(tx, item.partnershipId);
      byPartnership.set(item.partnershipId, options);
    }
    const base = {
      partnershipId: item.partnershipId,
      redacted: redact(item.text, options).text,
      sentiment: sentiment ? sentiment(item.text) : null,
      imported: item.imported ?? false,
      receivedOn: item.receivedOn,
    };
    const rows =
      "feedbackId" in item
        ? await tx
            .insert(textItems)
            .values({ ...base, feedbackId: item.feedbackId })
            .onConflictDoNothing({ target: textItems.feedbackId })
            .returning({ id: textItems.id })
        : await tx
            .insert(textItems)
            .values({
              ...base,
              surveyId: item.surveyId,
              responseId: item.responseId,
              questionId: item.questionId,
              questionCode: item.questionCode,
            })
            .onConflictDoNothing({
              target: [textItems.responseId, textItems.questionId],
            })
            .returning({ id: textItems.id });
    inserted += rows.length;
  }
  return inserted;
}

/** The free-text and draft-text answers (with text) of a response, as text items to record. */
export function textItemsOfAnswers(
  input: {
    partnershipId: string;
    surveyId: string;
    responseId: string;
    receivedOn: string;
    imported?: boolean;
  },
  definition: SurveyDefinition,
  given: Readonly<Record<string, AnswerValue>>
): TextItemInput[] {
  const items: TextItemInput[] = [];
  for (const question of definition.questions) {
    if (!TEXT_TYPES.includes(question.type)) continue;
    const value = given[question.id];
    const text =
      value && "text" in value && typeof value.text === "string"
        ? value.text
        : "";
    if (text.trim() === "") continue;
    items.push({
      ...input,
      questionId: question.id,
      questionCode: questionCode(question),
      text,
    });
  }
  return items;
}

/**
 * Records the text items of a response that has just been sent, reading its
 * stored answers in the same transaction. For the web journey's send, the
 * kiosk's store and the CSV import.
 */
export async function recordResponseTextItems(
  tx: Executor,
  input: {
    responseId: string;
    definition: SurveyDefinition;
    receivedOn: string;
    imported?: boolean;
  },
  dependencies: TextItemDependencies = {}
): Promise<number> {
  const [row] = await tx
    .select({
      surveyId: responses.surveyId,
      partnershipId: surveys.partnershipId,
    })
    .from(responses)
    .innerJoin(surveys, eq(surveys.id, responses.surveyId))
    .where(eq(responses.id, input.responseId));
  if (!row) return 0;
  const stored = await tx
    .select({ questionId: answers.questionId, value: answers.value })
    .from(answers)
    .where(eq(answers.responseId, input.responseId));
  const given = Object.fromEntries(stored.map((a) => [a.questionId, a.value]));
  const items = textItemsOfAnswers(
    {
      partnershipId: row.partnershipId,
      surveyId: row.surveyId,
      responseId: input.responseId,
      receivedOn: input.receivedOn,
      imported: input.imported,
    },
    input.definition,
    given
  );
  return recordTextItems(tx, items, dependencies);
}
