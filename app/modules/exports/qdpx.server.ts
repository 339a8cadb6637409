import { createHash } from "node:crypto";
import { and, asc, eq, gte, inArray, lte, type SQL } from "drizzle-orm";
import { zipSync } from "fflate";
import { codings, feedback, responses, settingLinks, staffUsers, textItems } from "#db/schema/index.ts";
import type { DbOrTx } from "~/modules/coding/db";
import { listCodes } from "~/modules/coding/codebook.server";
import { surveysWithTexts } from "~/modules/coding/items.server";
import { fileSlug } from "./filename";

/**
 * A REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA and the like: a zip
 * holding project.qde (QDA-XML, urn:QDA-XML:project:1.0, valid against
 * refi-qda/Project.xsd) and one plain-text file per source in sources/.
 *
 * - Sources: the partnership's text items, REDACTED copies only (never the raw answers or feedback).
 * - Codes: the codebook (archived codes only when something in the export carries them).
 * - Coded segments: one selection spanning each whole text, with a Coding per
 *   code that any coder accepted (as reports count them).
 * - Cases: each setting (school, class, setting, event link) and each age band, with their sources.
 * - Users: the coders whose decisions are in it (id and display name).
 */

export interface QdpxFilter {
  surveyId?: string | null;
  /** Inclusive yyyy-mm-dd, on the day the text was received. */
  from?: string | null;
  to?: string | null;
}

export interface QdpxExport {
  body: Uint8Array;
  filename: string;
  counts: { sources: number; codes: number; codings: number; cases: number; users: number };
}

/** Surveys with texts, for the export form's choice. */
export const qdpxSurveys = surveysWithTexts;

export async function buildQdpx(
  db: DbOrTx,
  partnership: { id: string; slug: string; name: string },
  filter: QdpxFilter = {},
  now = new Date(),
): Promise<QdpxExport> {
  const where: SQL[] = [eq(textItems.partnershipId, partnership.id)];
  if (filter.surveyId) where.push(eq(textItems.surveyId, filter.surveyId));
  if (filter.from) where.push(gte(textItems.receivedOn, filter.from));
  if (filter.to) where.push(lte(textItems.receivedOn, filter.to));

  const items = await db
    .select({
      id: textItems.id,
      // Only ever the redacted copy.
      text: textItems.redacted,
      receivedOn: textItems.receivedOn,
      surveyId: textItems.surveyId,
      questionCode: textItems.questionCode,
      questionId: textItems.questionId,
      feedbackId: textItems.feedbackId,
      responseAgeBand: responses.ageBand,
      feedbackAgeBand: feedback.ageBand,
      settingId: responses.settingId,
      settingName: settingLinks.name,
    })
    .from(textItems)
    .leftJoin(responses, eq(responses.id, textItems.responseId))
    .leftJoin(feedback, eq(feedback.id, textItems.feedbackId))
    .leftJoin(settingLinks, eq(settingLinks.id, responses.settingId))
    .where(and(...where))
    .orderBy(asc(textItems.receivedOn), asc(textItems.id));

  const itemIds = items.map((i) => i.id);
  const accepted = itemIds.length
    ? await db
        .select({ textItemId: codings.textItemId, codeId: codings.codeId, coderId: codings.coderId, decidedAt: codings.decidedAt })
        .from(codings)
        .where(and(inArray(codings.textItemId, itemIds), eq(codings.decision, "accepted")))
        .orderBy(asc(codings.decidedAt), asc(codings.coderId))
    : [];
  // A code counts once per text if any coder accepted it; the first to accept is its creator.
  const codingOf = new Map<string, { codeId: string; coderId: string; decidedAt: Date }[]>();
  for (const row of accepted) {
    const list = codingOf.get(row.textItemId) ?? [];
    if (!list.some((c) => c.codeId === row.codeId)) list.push(row);
    codingOf.set(row.textItemId, list);
  }
  const usedCodes = new Set(accepted.map((a) => a.codeId));
  const codes = (await listCodes(db, partnership.id, { includeArchived: true })).filter((c) => !c.archived || usedCodes.has(c.id));
  const knownCodes = new Set(codes.map((c) => c.id));
  const coderIds = [...new Set(accepted.map((a) => a.coderId))];
  const coders = coderIds.length
    ? await db.select({ id: staffUsers.id, name: staffUsers.displayName }).from(staffUsers).where(inArray(staffUsers.id, coderIds)).orderBy(asc(staffUsers.displayName))
    : [];
  const surveyTitles = new Map((await surveysWithTexts(db, partnership.id)).map((s) => [s.id, s.title]));

  // Cases: settings and age bands, each with the sources that belong to it.
  const cases = new Map<string, { guid: string; name: string; description: string; sources: string[] }>();
  const addToCase = (key: string, name: string, description: string, source: string) => {
    const found = cases.get(key) ?? { guid: guidFor(partnership.id, key), name, description, sources: [] };
    found.sources.push(source);
    cases.set(key, found);
  };
  for (const item of items) {
    if (item.settingId) addToCase(`setting:${item.settingId}`, `Setting: ${item.settingName ?? item.settingId}`, "Answers given through this school, class, setting or event link.", item.id);
    const band = item.responseAgeBand ?? item.feedbackAgeBand;
    if (band) addToCase(`age:${band}`, `Age band: ${band}`, "Answers and feedback from people who chose this age band.", item.id);
  }

  const created = now.toISOString().replace(/\.\d{3}Z$/, "Z");
  const files: Record<string, Uint8Array> = {};
  const xml: string[] = [];
  xml.push('<?xml version="1.0" encoding="utf-8"?>');
  xml.push(
    `<Project xmlns="urn:QDA-XML:project:1.0" name="${attr(`${partnership.name}: coded answers (redacted)`)}" origin="Heard" creationDateTime="${created}">`,
  );
  if (coders.length > 0) {
    xml.push("  <Users>");
    for (const coder of coders) xml.push(`    <User guid="${coder.id}" name="${attr(coder.name)}"/>`);
    xml.push("  </Users>");
  }
  if (codes.length > 0) {
    xml.push("  <CodeBook>", "    <Codes>");
    for (const code of codes) {
      xml.push(`      <Code guid="${code.id}" name="${attr(code.label)}" isCodable="true">`);
      xml.push(`        <Description>${text(`${code.code}: ${code.staffDescription}`)}</Description>`);
      xml.push("      </Code>");
    }
    xml.push("    </Codes>", "  </CodeBook>");
  }
  if (cases.size > 0) {
    xml.push("  <Cases>");
    for (const c of [...cases.values()].sort((a, b) => a.name.localeCompare(b.name, "en-GB"))) {
      xml.push(`    <Case guid="${c.guid}" name="${attr(c.name)}">`);
      xml.push(`      <Description>${text(c.description)}</Description>`);
      for (const source of c.sources) xml.push(`      <SourceRef targetGUID="${source}"/>`);
      xml.push("    </Case>");
    }
    xml.push("  </Cases>");
  }
  let codingCount = 0;
  if (items.length > 0) {
    xml.push("  <Sources>");
    items.forEach((item, index) => {
      const where = item.feedbackId ? "Feedback" : (surveyTitles.get(item.surveyId ?? "") ?? "Survey");
      const question = item.questionCode ?? item.questionId;
      const name = `${String(index + 1).padStart(4, "0")} ${where}${question ? ` (${question})` : ""}, ${item.receivedOn}`;
      const content = item.text;
      files[`sources/${item.id}.txt`] = new TextEncoder().encode(content);
      xml.push(`    <TextSource guid="${item.id}" name="${attr(name)}" plainTextPath="internal://${item.id}.txt" creationDateTime="${item.receivedOn}T00:00:00Z">`);
      const itemCodings = (codingOf.get(item.id) ?? []).filter((c) => knownCodes.has(c.codeId));
      if (itemCodings.length > 0) {
        const length = [...content].length;
        xml.push(`      <PlainTextSelection guid="${guidFor(item.id, "whole")}" name="${attr(name)}" startPosition="0" endPosition="${length}">`);
        for (const c of itemCodings) {
          codingCount++;
          xml.push(`        <Coding guid="${guidFor(item.id, `coding:${c.codeId}`)}" creatingUser="${c.coderId}" creationDateTime="${c.decidedAt.toISOString().replace(/\.\d{3}Z$/, "Z")}">`);
          xml.push(`          <CodeRef targetGUID="${c.codeId}"/>`);
          xml.push("        </Coding>");
        }
        xml.push("      </PlainTextSelection>");
      }
      xml.push("    </TextSource>");
    });
    xml.push("  </Sources>");
  }
  xml.push(`  <Description>${text(describe(partnership.name, filter, surveyTitles))}</Description>`);
  xml.push("</Project>");
  files["project.qde"] = new TextEncoder().encode(xml.join("\n") + "\n");

  const period = filter.from || filter.to ? `-${filter.from ?? "start"}-to-${filter.to ?? "now"}` : "";
  const survey = filter.surveyId ? `-${fileSlug(surveyTitles.get(filter.surveyId) ?? "survey", "survey")}` : "";
  return {
    body: zipSync(files, { level: 6, mtime: now }),
    filename: `${fileSlug(partnership.slug, "partnership")}-coded-answers${survey}${period}.qdpx`,
    counts: { sources: items.length, codes: codes.length, codings: codingCount, cases: cases.size, users: coders.length },
  };
}

function describe(name: string, filter: QdpxFilter, titles: Map<string, string>): string {
  const parts = [`Redacted answers and feedback from ${name}, exported from Heard. Names, places and contact details were replaced before coding; people's own words are not included.`];
  if (filter.surveyId) parts.push(`Survey: ${titles.get(filter.surveyId) ?? filter.surveyId}.`);
  if (filter.from || filter.to) parts.push(`Received from ${filter.from ?? "the start"} to ${filter.to ?? "now"}.`);
  parts.push("Each coded segment spans the whole text; a code is there when any coder accepted it.");
  return parts.join(" ");
}

/** A stable GUID (UUID layout, version 5 style) made from a namespace and a name, so the same export gives the same GUIDs. */
export function guidFor(namespace: string, name: string): string {
  const hex = createHash("sha256").update(`${namespace}\u0000${name}`).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// Characters XML 1.0 cannot hold at all are dropped; the rest are escaped.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function text(value: string): string {
  return value.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function attr(value: string): string {
  return text(value).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}
