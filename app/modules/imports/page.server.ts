import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import type importsEnglish from "~/locales/en/imports.json";
import { surveyPath } from "~/modules/builder/paths";
import { redact } from "~/modules/redaction/redact";
import { ukToday } from "~/modules/responses/responses.server";
import { STAFF_NO_STORE } from "~/modules/staff/access.server";
import type { SurveyDefinition } from "~/modules/survey/definition";
import { importAccess, importForm } from "./access.server";
import {
  checkMapping,
  checkRows,
  decodeImportFile,
  importTargets,
  readImportText,
  suggestMapping,
  type ImportTable,
  type ImportTarget,
  type ReadError,
  type RowFailure,
} from "./csv-answers";
import { canImportInto, importAnswers, importSummary, type ImportSurvey } from "./imports.server";

// Answers gathered on paper or in another tool, from a CSV file, in three
// steps on one page: upload, match columns to questions, check the rows;
// then one transaction stores them all. The file is never written anywhere:
// its text goes from step to step in a form field, and is read again each time.


type ErrorCode = keyof (typeof importsEnglish)["errors"];
type ProblemCode = keyof (typeof importsEnglish)["problems"];
type Values = Record<string, string | number>;
/** A field's error: a code in imports:errors and what its message needs. */
export type FieldError = { code: ErrorCode; values?: Values };

/** Rows listed on the check step (the rest are counted). */
const FAILURES_SHOWN = 100;
const PREVIEW_ROWS = 5;
const PREVIEW_CELL = 200;

/** What a column can go to, as the page shows it. */
export type TargetChoice = { value: string; kind: ImportTarget["kind"]; title: string; id: string };

function choicesOf(definition: SurveyDefinition): TargetChoice[] {
  return importTargets(definition).map((t) =>
    t.kind === "question" || t.kind === "agreement"
      ? { value: t.value, kind: t.kind, title: t.question.title.en ?? t.question.id, id: t.question.id }
      : { value: t.value, kind: t.kind, title: "", id: "" },
  );
}

export async function loadImportPage({ context, request, params }: LoaderFunctionArgs) {
  const { partnership, survey, csrf } = await importAccess(context, request, params);
  const back = surveyPath(partnership.slug, survey.surveyId);
  const done = await importSummary(context.db, partnership.id, survey.surveyId, new URL(request.url).searchParams.get("imported"));
  return data(
    {
      csrf,
      back,
      slug: survey.slug,
      open: canImportInto(survey),
      targets: canImportInto(survey) ? choicesOf(survey.definition) : [],
      done,
    },
    { headers: STAFF_NO_STORE },
  );
}

function fileError(error: ReadError): FieldError {
  return "values" in error ? { code: error.code, values: error.values } : { code: error.code };
}

function mappingFrom(form: FormData, columns: number): string[] {
  return Array.from({ length: columns }, (_, i) => {
    const value = form.get(`column-${i}`);
    return typeof value === "string" ? value : "";
  });
}

/** A problem's message values, with the question's title and option words in place of ids. */
function problemText(definition: SurveyDefinition, failure: RowFailure) {
  return {
    line: failure.line,
    problems: failure.problems.map((p) => {
      const question = definition.questions.find((q) => q.id === p.questionId);
      const values: Values = { ...p.values, question: question?.title.en ?? p.questionId ?? "" };
      if (p.code === "exclusive") values.option = question?.options.find((o) => o.id === p.values?.option)?.label.en ?? String(p.values?.option ?? "");
      return { code: p.code as ProblemCode, values };
    }),
  };
}

function mapStep(table: ImportTable, text: string, fileName: string, mapping: string[], errors: Record<string, FieldError> = {}) {
  return {
    step: "map" as const,
    csv: text,
    fileName,
    rowCount: table.rows.length,
    headers: table.headers,
    preview: table.rows.slice(0, PREVIEW_ROWS).map((row) => ({
      line: row.line,
      // Redacted, like every free text staff see: the preview is for matching columns, not for reading answers.
      cells: table.headers.map((_, i) => redact((row.fields[i] ?? "").slice(0, PREVIEW_CELL)).text),
    })),
    mapping,
    errors,
  };
}

export type Step = ReturnType<typeof mapStep> | { step: "upload"; errors: Record<string, FieldError> } | ReturnType<typeof checkStep>;

function checkStep(
  survey: ImportSurvey & { definition: SurveyDefinition },
  table: ImportTable,
  text: string,
  fileName: string,
  mapping: string[],
  checked: ReturnType<typeof checkRows>,
  importId: string,
  errors: Record<string, FieldError> = {},
) {
  return {
    step: "check" as const,
    csv: text,
    fileName,
    headers: table.headers,
    mapping,
    importId,
    validCount: checked.valid.length,
    failureCount: checked.failures.length,
    failures: checked.failures.slice(0, FAILURES_SHOWN).map((f) => problemText(survey.definition, f)),
    errors,
  };
}

export async function importAnswersStep({ context, request, params }: ActionFunctionArgs) {
  const { form, access, partnership, survey } = await importForm(context, request, params);
  const show = (step: Step, status = 200) => data(step, { status, headers: STAFF_NO_STORE });
  if (!canImportInto(survey)) return show({ step: "upload", errors: {} }, 409);
  const intent = form.get("intent");

  // Step 1: the file.
  if (intent === "upload") {
    const file = form.get("file");
    if (!file || typeof file === "string" || file.size === 0) return show({ step: "upload", errors: { file: { code: "chooseFile" } } }, 400);
    const decoded = decodeImportFile(new Uint8Array(await file.arrayBuffer()));
    const read = decoded.ok ? readImportText(decoded.text) : decoded;
    if (!read.ok) return show({ step: "upload", errors: { file: fileError(read.error) } }, 400);
    const fileName = file.name.slice(0, 200);
    return show(mapStep(read.table, read.text, fileName, suggestMapping(read.table.headers, importTargets(survey.definition))));
  }

  // Later steps carry the file's text: read it again, with the same checks.
  const read = readImportText(String(form.get("csv") ?? ""));
  if (!read.ok) return show({ step: "upload", errors: { file: fileError(read.error) } }, 400);
  const { table, text } = read;
  const fileName = String(form.get("fileName") ?? "").slice(0, 200);
  const targets = importTargets(survey.definition);
  const mapping = mappingFrom(form, table.headers.length);
  if (intent === "map") return show(mapStep(table, text, fileName, mapping));

  const mappingErrors = checkMapping(table.headers, mapping, targets);
  if (mappingErrors.length > 0) {
    const errors: Record<string, FieldError> = {};
    for (const e of mappingErrors) {
      const header = table.headers[e.column] ?? "";
      errors[e.column === -1 ? "column-0" : `column-${e.column}`] = { code: e.code, values: { header, ...("values" in e ? e.values : {}) } };
    }
    return show(mapStep(table, text, fileName, mapping, errors), 400);
  }
  const checked = checkRows(survey.definition, table, mapping, ukToday());
  if (intent === "check") return show(checkStep(survey, table, text, fileName, mapping, checked, crypto.randomUUID()));

  if (intent === "import") {
    const importId = String(form.get("importId") ?? "");
    const leaveOut = form.get("leaveOut") === "yes";
    if (checked.valid.length === 0) return show(checkStep(survey, table, text, fileName, mapping, checked, importId, { import: { code: "nothingToImport" } }), 400);
    if (checked.failures.length > 0 && !leaveOut) {
      return show(checkStep(survey, table, text, fileName, mapping, checked, importId, { import: { code: "leaveOutFirst" } }), 400);
    }
    if (!/^[0-9a-f-]{36}$/i.test(importId)) return show(checkStep(survey, table, text, fileName, mapping, checked, crypto.randomUUID()));
    const columns = Object.fromEntries(mapping.flatMap((target, i) => (target ? [[table.headers[i]!, target]] : [])));
    const result = await importAnswers(context.db, {
      survey,
      actorId: access.user.id,
      importId,
      mapping: columns,
      rows: checked.valid,
      leftOut: checked.failures.length,
    });
    return redirect(`${surveyPath(partnership.slug, survey.surveyId)}/import-answers?imported=${result.importId}`, { headers: STAFF_NO_STORE });
  }
  return show({ step: "upload", errors: {} }, 400);
}
