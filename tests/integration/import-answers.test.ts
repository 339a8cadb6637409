import type { AppLoadContext } from "@remix-run/node";
import { and, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { answers, auditLog, partnerships, responses, surveys, textImports, triageFlags } from "#db/schema/index.ts";
import { seedDemo } from "~/modules/demo/seed.server";
import { checkRows, readImportText } from "~/modules/imports/csv-answers";
import { canImportInto, importAnswers, importSurvey, type AfterStore } from "~/modules/imports/imports.server";
import { forgetPartnerships } from "~/modules/partnerships/partnerships.server";
import { ukToday } from "~/modules/responses/responses.server";
import { forgetOpenSurveys } from "~/modules/survey/surveys.server";
import * as route from "~/routes/staff-p-surveys-import-answers";
import * as surveyRoute from "~/routes/staff-p-surveys-survey";
import { BASE, type TestClient } from "../support/integration-client";
import { createStaffUser, signedInClient } from "../support/staff";
import { setUpTestDatabase, testDriver } from "../support/test-database";

// Answers from paper or another tool, through the import page's loader and
// action with a real database: upload, match columns, check, import.

const t = setUpTestDatabase();
const P = "northshire";
const context = (): AppLoadContext => ({
  db: t.db,
  cookieSecrets: ["a-test-secret-that-is-long-enough-0001"],
  production: false,
  allowPublicPost: () => true,
});

type Args = { context: AppLoadContext; request: Request; params: Record<string, string> };
type RouteFn = (args: Args) => Promise<unknown>;
type Step = {
  step: "upload" | "map" | "check";
  errors: Record<string, { code: string }>;
  csv?: string;
  fileName?: string;
  headers?: string[];
  mapping?: string[];
  preview?: { line: number; cells: string[] }[];
  importId?: string;
  validCount?: number;
  failureCount?: number;
  failures?: { line: number; problems: { code: string; values: Record<string, string | number> }[] }[];
};

const DISCLOSURE = "Dad came home drunk last night and punched me.";
const CSV = [
  "Is there an adult you could talk to if you were worried?,asked-for-help,Better,Date",
  "Yes,No,More youth clubs,2025-06-01",
  "no,yes,,",
  `I'd rather not say,No,"${DISCLOSURE}",`,
].join("\r\n");

let surveyId = "";

/** A member of staff posting to the import page: multipart, as the browser sends it. */
class Importer {
  csrf = "";
  constructor(public client: TestClient) {}

  path(id = surveyId, partnership = P) {
    return `/staff/p/${partnership}/surveys/${id}/import-answers`;
  }

  async load(query = "", id = surveyId, partnership = P) {
    const result = await this.client.run(
      (c, r) => (route.loader as RouteFn)({ context: c, request: r, params: { partnership, surveyId: id } }),
      this.client.request(this.path(id, partnership) + query),
    );
    const data = result.data as { csrf?: string } | undefined;
    if (data?.csrf) this.csrf = data.csrf;
    return result;
  }

  async post(fields: Record<string, string>, file?: { name: string; text: string | Uint8Array<ArrayBuffer> }, id = surveyId, partnership = P) {
    const form = new FormData();
    form.set("csrf", this.csrf);
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    if (file) form.set("file", new File([file.text], file.name, { type: "text/csv" }));
    const request = new Request(BASE + this.path(id, partnership), { method: "POST", headers: { Cookie: this.client.cookie }, body: form });
    return this.client.run((c, r) => (route.action as RouteFn)({ context: c, request: r, params: { partnership, surveyId: id } }), request);
  }

  async upload(text: string | Uint8Array<ArrayBuffer>, name = "paper.csv") {
    const result = await this.post({ intent: "upload" }, { name, text });
    return { ...result, step: result.data as Step };
  }

  /** Posts a later step with the file's text and a mapping, as the page's hidden fields carry them. */
  async next(intent: string, from: Step, mapping: string[], extra: Record<string, string> = {}) {
    const fields: Record<string, string> = { intent, csv: from.csv!, fileName: from.fileName ?? "", ...extra };
    mapping.forEach((value, i) => (fields[`column-${i}`] = value));
    const result = await this.post(fields);
    return { ...result, step: result.data as Step };
  }
}

async function analyst(email = "analyst@northshire.test", partnershipSlug = P) {
  const user = await createStaffUser(t.db, { email, roles: ["analyst"], partnershipSlug });
  const importer = new Importer(await signedInClient(context, t.db, user.id));
  return { user, importer };
}

async function storedResponses() {
  return t.db.select().from(responses).where(eq(responses.surveyId, surveyId));
}

describe(`importing answers from a CSV file on ${testDriver}`, () => {
  beforeEach(async () => {
    forgetOpenSurveys(t.db);
    forgetPartnerships();
    await seedDemo(t.db);
    const [survey] = await t.db.select({ id: surveys.id }).from(surveys).where(eq(surveys.slug, "demo-young-people"));
    surveyId = survey!.id;
  });

  it("uploads, suggests the mapping, checks and imports 3 rows as sent paper responses with the import id, answers, day, triage flag and an audit entry with counts only", async () => {
    const { user, importer } = await analyst();
    const page = await importer.load();
    expect(page.status).toBe(200);
    expect(page.headers?.get("Cache-Control")).toBe("no-store");
    expect((page.data as { open: boolean }).open).toBe(true);

    // Step 1 → 2: the file is read, headings matched to a title, an id and the date; "Better" is left for the person.
    const mapped = await importer.upload(`\ufeff${CSV}`);
    expect(mapped.status).toBe(200);
    expect(mapped.step.step).toBe("map");
    expect(mapped.step.headers).toEqual(["Is there an adult you could talk to if you were worried?", "asked-for-help", "Better", "Date"]);
    expect(mapped.step.mapping).toEqual(["trusted-adult", "asked-for-help", "", "_date"]);
    expect(mapped.step.preview!.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(mapped.step.preview![2]!.cells[2]).toBe(DISCLOSURE);
    // The preview shows free text redacted, as every staff screen does.
    const named = await importer.upload(`Better\r\n"I'm Jayden, ring me on 07700 900123"\r\n`);
    expect(named.step.preview![0]!.cells[0]).toBe("I'm [name], ring me on [phone]");

    // Step 2 → 3: the free-text column chosen; every row passes.
    const mapping = ["trusted-adult", "asked-for-help", "one-change", "_date"];
    const checked = await importer.next("check", mapped.step, mapping);
    expect(checked.step.step).toBe("check");
    expect(checked.step.failures).toEqual([]);
    expect(checked.step.validCount).toBe(3);
    expect(await storedResponses()).toEqual([]);

    // Step 3 → imported: one redirect to the summary.
    const imported = await importer.next("import", checked.step, mapping, { importId: checked.step.importId! });
    expect(imported.status).toBe(302);
    expect(imported.location).toBe(`${importer.path()}?imported=${checked.step.importId}`);

    const rows = await storedResponses();
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row).toMatchObject({ channel: "paper", status: "submitted", importId: checked.step.importId, venueId: null, settingId: null });
    }
    expect(rows.map((r) => r.submittedOn).sort()).toEqual(["2025-06-01", ukToday(), ukToday()].sort());
    const [made] = await t.db.select().from(textImports).where(eq(textImports.id, checked.step.importId!));
    expect(made).toMatchObject({ surveyId, createdBy: user.id, rowCount: 3 });
    expect(made!.mapping).toEqual({ "Is there an adult you could talk to if you were worried?": "trusted-adult", "asked-for-help": "asked-for-help", Better: "one-change", Date: "_date" });

    const stored = await t.db.select({ questionId: answers.questionId, value: answers.value }).from(answers).where(sql`${answers.responseId} in (select id from responses where import_id = ${checked.step.importId})`);
    expect(stored).toHaveLength(8);
    expect(stored).toContainEqual({ questionId: "trusted-adult", value: { choice: "prefer-not-to-say" } });
    expect(stored).toContainEqual({ questionId: "one-change", value: { text: "More youth clubs" } });
    expect(stored).toContainEqual({ questionId: "one-change", value: { text: DISCLOSURE } });

    // The disclosure is in the triage queue, as one sent online would be.
    const discloser = await t.db.select({ responseId: answers.responseId }).from(answers).where(sql`${answers.value}->>'text' = ${DISCLOSURE}`);
    const flags = await t.db.select().from(triageFlags);
    expect(flags).toEqual([expect.objectContaining({ responseId: discloser[0]!.responseId, questionId: "one-change", source: "detector", status: "new" })]);

    // The audit entry: the import id and counts, never the words.
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, "answers_imported"));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: user.id, subjectType: "text_import", subjectId: checked.step.importId });
    expect(audit[0]!.details).toEqual({ surveyId, imported: 3, leftOut: 0, flagged: 1 });
    expect(JSON.stringify(audit[0])).not.toMatch(/youth clubs|punched|Better/);

    // The summary page, and the survey page's count.
    const summary = await importer.load(`?imported=${checked.step.importId}`);
    expect((summary.data as { done: unknown }).done).toEqual({ imported: 3, leftOut: 0 });
    const surveyPage = await importer.client.run(
      (c, r) => (surveyRoute.loader as RouteFn)({ context: c, request: r, params: { partnership: P, surveyId } }),
      importer.client.request(`/staff/p/${P}/surveys/${surveyId}`),
    );
    expect((surveyPage.data as { survey: { submittedResponses: number } }).survey.submittedResponses).toBe(3);

    // Sending the same checked import again (a double click, a resend) stores nothing more.
    const again = await importer.next("import", checked.step, mapping, { importId: checked.step.importId! });
    expect(again.status).toBe(302);
    expect(await storedResponses()).toHaveLength(3);
  });

  it("reports failing rows with their row numbers and reasons, stores nothing until told to leave them out, then imports the rest", async () => {
    const { importer } = await analyst();
    await importer.load();
    const csv = ["trusted-adult;asked-for-help;Date", "yes;no;", "maybe;no;", ";no;", "no;yes;31/02/2025", "No;Yes;01/02/2025"].join("\n");
    const mapped = await importer.upload(csv);
    expect(mapped.step.mapping).toEqual(["trusted-adult", "asked-for-help", "_date"]);
    const checked = await importer.next("check", mapped.step, mapped.step.mapping!);
    expect(checked.step.validCount).toBe(2);
    expect(checked.step.failures).toEqual([
      { line: 3, problems: [{ code: "unknownOption", values: { column: "trusted-adult", value: "maybe", question: "Is there an adult you could talk to if you were worried?" } }] },
      { line: 4, problems: [{ code: "required", values: { question: "Is there an adult you could talk to if you were worried?" } }] },
      { line: 5, problems: [{ code: "badDate", values: { column: "Date", value: "31/02/2025", question: "" } }] },
    ]);

    // Import without leaving them out: refused, nothing stored.
    const refused = await importer.next("import", checked.step, mapped.step.mapping!, { importId: checked.step.importId! });
    expect(refused.status).toBe(400);
    expect(refused.step.errors).toEqual({ import: { code: "leaveOutFirst" } });
    expect(await storedResponses()).toEqual([]);
    expect(await t.db.select().from(textImports)).toEqual([]);

    const imported = await importer.next("import", checked.step, mapped.step.mapping!, { importId: checked.step.importId!, leaveOut: "yes" });
    expect(imported.status).toBe(302);
    const rows = await storedResponses();
    expect(rows.map((r) => r.submittedOn).sort()).toEqual(["2025-02-01", ukToday()].sort());
    const summary = await importer.load(`?imported=${checked.step.importId}`);
    expect((summary.data as { done: unknown }).done).toEqual({ imported: 2, leftOut: 3 });
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.action, "answers_imported"));
    expect(audit!.details).toMatchObject({ imported: 2, leftOut: 3 });
  });

  it("refuses files it cannot read, and mappings that send two columns to one question, with errors the page shows", async () => {
    const { importer } = await analyst();
    await importer.load();
    const none = await importer.post({ intent: "upload" });
    expect(none.status).toBe(400);
    expect((none.data as Step).errors).toEqual({ file: { code: "chooseFile" } });
    const latin1 = await importer.upload(new Uint8Array([0x51, 0x31, 0x0a, 0x63, 0x61, 0x66, 0xe9]));
    expect(latin1.step.errors).toEqual({ file: { code: "notUtf8" } });
    const big = await importer.upload(`a\n${"x".repeat(5 * 1024 * 1024)}`);
    expect(big.step.errors).toEqual({ file: { code: "tooBig" } });

    const mapped = await importer.upload("A,B\nyes,no\n");
    const twice = await importer.next("check", mapped.step, ["trusted-adult", "trusted-adult"]);
    expect(twice.status).toBe(400);
    expect(twice.step.step).toBe("map");
    expect(twice.step.errors).toEqual({ "column-1": { code: "usedTwice", values: { header: "B", other: "A" } } });
    expect(await storedResponses()).toEqual([]);
  });

  it("refuses a body over the limit before reading it, and a post without the CSRF token", async () => {
    const { importer } = await analyst();
    await importer.load();
    const request = new Request(BASE + importer.path(), {
      method: "POST",
      headers: { Cookie: importer.client.cookie, "Content-Length": String(6 * 1024 * 1024) },
      body: "x",
    });
    const tooBig = await importer.client.run((c, r) => (route.action as RouteFn)({ context: c, request: r, params: { partnership: P, surveyId } }), request);
    expect(tooBig.status).toBe(413);
    importer.csrf = "";
    const noToken = await importer.upload(CSV);
    expect(noToken.status).toBe(403);
  });

  it("is a 404 for another partnership's survey and for people without the role", async () => {
    const [northshire] = await t.db.select().from(partnerships).where(eq(partnerships.slug, P));
    await t.db.insert(partnerships).values({ slug: "southvale", name: "Southvale Safeguarding Children Partnership", helpContacts: northshire!.helpContacts });
    const { importer: foreign } = await analyst("analyst@southvale.test", "southvale");
    // Northshire's survey under Southvale's address, and under Northshire's (not theirs).
    expect((await foreign.load("", surveyId, "southvale")).status).toBe(404);
    expect((await foreign.load("", surveyId, P)).status).toBe(404);
    const lead = await createStaffUser(t.db, { email: "lead@northshire.test", roles: ["safeguarding_lead"], partnershipSlug: P });
    const leadImporter = new Importer(await signedInClient(context, t.db, lead.id));
    expect((await leadImporter.load()).status).toBe(404);
    const { importer } = await analyst();
    expect((await importer.load("", crypto.randomUUID())).status).toBe(404);
  });

  it("runs the text-items hook inside the transaction with the new ids; a failure in it leaves nothing stored", async () => {
    const { user } = await analyst();
    const [northshire] = await t.db.select().from(partnerships).where(eq(partnerships.slug, P));
    const survey = await importSurvey(t.db, northshire!.id, surveyId);
    if (!survey || !canImportInto(survey)) throw new Error("the demo survey should be open");
    const read = readImportText(CSV);
    if (!read.ok) throw new Error("CSV not read");
    const mapping = ["trusted-adult", "asked-for-help", "one-change", "_date"];
    const { valid, failures } = checkRows(survey.definition, read.table, mapping, ukToday());
    expect(failures).toEqual([]);
    const input = { survey, actorId: user.id, mapping: { a: "trusted-adult" }, rows: valid, leftOut: 0 };

    const failing: AfterStore = async (tx, ids) => {
      const seen = await tx.select({ id: responses.id }).from(responses).where(eq(responses.channel, "paper"));
      expect(seen.map((r) => r.id).sort()).toEqual([...ids].sort());
      throw new Error("text items failed");
    };
    await expect(importAnswers(t.db, { ...input, importId: crypto.randomUUID() }, { afterStore: failing })).rejects.toThrow("text items failed");
    expect(await storedResponses()).toEqual([]);
    expect(await t.db.select().from(textImports)).toEqual([]);
    expect(await t.db.select().from(triageFlags)).toEqual([]);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.action, "answers_imported"))).toEqual([]);

    const calls: string[][] = [];
    const importId = crypto.randomUUID();
    const result = await importAnswers(
      t.db,
      { ...input, importId },
      {
        afterStore: async (tx, ids) => {
          const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(responses).where(and(eq(responses.importId, importId), eq(responses.status, "submitted")));
          expect(row!.n).toBe(3);
          calls.push([...ids]);
        },
      },
    );
    expect(result).toMatchObject({ outcome: "imported", imported: 3, flagged: 1 });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.sort()).toEqual((await storedResponses()).map((r) => r.id).sort());
  });
});
