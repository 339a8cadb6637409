import { redact } from "~/modules/redaction/redact";
import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorMessage, ErrorSummary } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import type importsEnglish from "~/locales/en/imports.json";
import { surveyPath } from "~/modules/builder/paths";
import { CsrfField } from "~/modules/builder/ui";
import { importAccess, importForm } from "~/modules/imports/access.server";
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
} from "~/modules/imports/csv-answers";
import { canImportInto, importAnswers, importSummary, type ImportSurvey } from "~/modules/imports/imports.server";
import { ukToday } from "~/modules/responses/responses.server";
import { STAFF_NO_STORE } from "~/modules/staff/access.server";
import type { SurveyDefinition } from "~/modules/survey/definition";

// Answers gathered on paper or in another tool, from a CSV file, in three
// steps on one page: upload, match columns to questions, check the rows;
// then one transaction stores them all. The file is never written anywhere:
// its text goes from step to step in a form field, and is read again each time.

export const handle: PageHandle = { hydrate: true, pageTitle: ({ t }) => t("imports:title", { ns: ["imports"] }) };

export const headers: HeadersFunction = () => STAFF_NO_STORE;

type ErrorCode = keyof (typeof importsEnglish)["errors"];
type ProblemCode = keyof (typeof importsEnglish)["problems"];
type Values = Record<string, string | number>;
/** A field's error: a code in imports:errors and what its message needs. */
type FieldError = { code: ErrorCode; values?: Values };

/** Rows listed on the check step (the rest are counted). */
const FAILURES_SHOWN = 100;
const PREVIEW_ROWS = 5;
const PREVIEW_CELL = 200;

/** What a column can go to, as the page shows it. */
type TargetChoice = { value: string; kind: ImportTarget["kind"]; title: string; id: string };

function choicesOf(definition: SurveyDefinition): TargetChoice[] {
  return importTargets(definition).map((t) =>
    t.kind === "question" || t.kind === "agreement"
      ? { value: t.value, kind: t.kind, title: t.question.title.en ?? t.question.id, id: t.question.id }
      : { value: t.value, kind: t.kind, title: "", id: "" },
  );
}

export async function loader({ context, request, params }: LoaderFunctionArgs) {
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

type Step = ReturnType<typeof mapStep> | { step: "upload"; errors: Record<string, FieldError> } | ReturnType<typeof checkStep>;

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

export async function action({ context, request, params }: ActionFunctionArgs) {
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

function useErrorText() {
  const { t } = useTranslation(["imports"]);
  return (error: FieldError) => t(`imports:errors.${error.code}`, error.values ?? {});
}

function Hidden({ csrf, csv, fileName, mapping }: { csrf: string; csv: string; fileName: string; mapping?: string[] }) {
  return (
    <>
      <CsrfField value={csrf} />
      <input type="hidden" name="csv" value={csv} />
      <input type="hidden" name="fileName" value={fileName} />
      {mapping?.map((value, i) => <input key={i} type="hidden" name={`column-${i}`} value={value} />)}
    </>
  );
}

export default function ImportAnswers() {
  const { csrf, back, slug, open, targets, done } = useLoaderData<typeof loader>();
  const step = useActionData<typeof action>() as Step | undefined;
  const { t } = useTranslation(["imports", "common"]);
  const errorText = useErrorText();
  const errors: Record<string, FieldError> = step?.errors ?? {};
  const summaryItems = Object.entries(errors).map(([field, error]) => ({ href: `#${field}`, text: errorText(error) }));

  if (!open) {
    return (
      <PageShell back={back}>
        <span className="caption-l">{t("imports:caption", { slug })}</span>
        <h1 className="heading-l">{t("imports:title")}</h1>
        <p className="body">{t("imports:notPublished")}</p>
      </PageShell>
    );
  }

  if (done && !step) {
    return (
      <PageShell back={back}>
        <div className="panel" id="import-done">
          <h1 className="panel__title">{t("imports:done.title")}</h1>
          <div className="panel__body">
            {t("imports:done.summary", { count: done.imported })}
            {done.leftOut > 0 ? `, ${t("imports:done.leftOut", { count: done.leftOut })}` : ""}
          </div>
        </div>
        <p className="body">{t("imports:done.next")}</p>
        <ul className="list">
          <li>
            <a className="link" href={back}>
              {t("imports:backToSurvey")}
            </a>
          </li>
          <li>
            <a className="link" href={`${back}/import-answers`}>
              {t("imports:done.another")}
            </a>
          </li>
        </ul>
      </PageShell>
    );
  }

  const caption = (n: number) => (
    <span className="caption-l">
      {t("imports:caption", { slug })} · {t("imports:stepOf", { step: n })}
    </span>
  );

  if (step?.step === "map") {
    const labelOf = (target: TargetChoice) =>
      target.kind === "question"
        ? `${target.title} (${target.id})`
        : target.kind === "agreement"
          ? t("imports:map.agreementOf", { title: target.title })
          : target.kind === "date"
            ? t("imports:map.date")
            : t("imports:map.ageBand");
    return (
      <PageShell back={back}>
        <ErrorSummary items={summaryItems} />
        {caption(2)}
        <h1 className="heading-l">{t("imports:map.heading")}</h1>
        <p className="body">{t("imports:map.explain", { fileName: step.fileName, count: step.rowCount })}</p>
        <Form method="post" encType="multipart/form-data" noValidate key={step.mapping.join("|")}>
          <Hidden csrf={csrf} csv={step.csv} fileName={step.fileName} />
          <input type="hidden" name="intent" value="check" />
          {step.headers.map((header, i) => {
            const id = `column-${i}`;
            const error = errors[id];
            const first = step.preview[0]?.cells[i]?.trim() ?? "";
            return (
              <div key={id} className={`form-group${error ? " form-group--error" : ""}`}>
                <label className="label" htmlFor={id}>
                  {t("imports:map.column", { header })}
                </label>
                <div className="hint" id={`${id}-hint`}>
                  {first ? t("imports:map.example", { value: first.slice(0, 60) }) : t("imports:map.exampleBlank")}
                </div>
                {error ? <ErrorMessage id={`${id}-error`} text={errorText(error)} /> : null}
                <select
                  className="select"
                  id={id}
                  name={id}
                  defaultValue={step.mapping[i] ?? ""}
                  aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
                >
                  <option value="">{t("imports:map.leaveOut")}</option>
                  {targets.map((target) => (
                    <option key={target.value} value={target.value}>
                      {labelOf(target)}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
          <h2 className="heading-m">{t("imports:map.previewHeading")}</h2>
          <table className="table" id="preview">
            <caption className="visually-hidden">{t("imports:map.previewCaption", { count: step.preview.length })}</caption>
            <thead>
              <tr>
                <th scope="col" className="table__row-number">{t("imports:map.row")}</th>
                {step.headers.map((header, i) => (
                  <th scope="col" key={i}>
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {step.preview.map((row) => (
                <tr key={row.line}>
                  <th scope="row" className="table__row-number">{row.line}</th>
                  {row.cells.map((cell, i) => (
                    <td key={i}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <Button>
            {t("imports:map.submit")}
          </Button>
        </Form>
      </PageShell>
    );
  }

  if (step?.step === "check") {
    const more = step.failureCount - step.failures.length;
    return (
      <PageShell back={back}>
        <ErrorSummary items={summaryItems.map((item) => ({ ...item, href: "#import-actions" }))} />
        {caption(3)}
        <h1 className="heading-l">{t("imports:check.heading")}</h1>
        <p className="body" id="ready">
          {t("imports:check.ready", { count: step.validCount })}
        </p>
        {step.failureCount > 0 ? (
          <>
            <h2 className="heading-m" id="failing">
              {t("imports:check.failingHeading", { count: step.failureCount })}
            </h2>
            <p className="body">{t("imports:check.failingExplain")}</p>
            <table className="table" id="failures">
              <caption className="visually-hidden">{t("imports:check.failingCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col" className="table__row-number">{t("imports:map.row")}</th>
                  <th scope="col">{t("imports:check.why")}</th>
                </tr>
              </thead>
              <tbody>
                {step.failures.map((failure) => (
                  <tr key={failure.line}>
                    <th scope="row" className="table__row-number">{t("imports:check.rowNumber", { line: failure.line })}</th>
                    <td>
                      {failure.problems.map((p, i) => (
                        <p className="body" key={i}>
                          {t(`imports:problems.${p.code}`, p.values)}
                        </p>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {more > 0 ? <p className="body">{t("imports:check.more", { count: more })}</p> : null}
          </>
        ) : null}
        {step.validCount === 0 ? <p className="body">{t("imports:check.allFail")}</p> : null}
        <Form method="post" encType="multipart/form-data" className="button-group" id="import-actions">
          <Hidden csrf={csrf} csv={step.csv} fileName={step.fileName} mapping={step.mapping} />
          <input type="hidden" name="importId" value={step.importId} />
          {step.validCount > 0 && step.failureCount === 0 ? (
            <Button name="intent" value="import">
              {t("imports:check.import", { count: step.validCount })}
            </Button>
          ) : null}
          {step.validCount > 0 && step.failureCount > 0 ? (
            <>
              <input type="hidden" name="leaveOut" value="yes" />
              <Button name="intent" value="import">
                {t("imports:check.leaveOutAndImport", { count: step.validCount })}
              </Button>
            </>
          ) : null}
          <button type="submit" name="intent" value="map" className="button button--secondary">
            {t("imports:check.changeMapping")}
          </button>
        </Form>
        <p className="body">
          <a className="link" href={`${back}/import-answers`}>
            {t("imports:check.again")}
          </a>
        </p>
      </PageShell>
    );
  }

  return (
    <PageShell back={back}>
      <ErrorSummary items={summaryItems} />
      {caption(1)}
      <h1 className="heading-l">{t("imports:upload.heading")}</h1>
      <p className="body">{t("imports:upload.explain")}</p>
      <p className="body">{t("imports:upload.rules")}</p>
      <div className="inset-text">{t("imports:upload.privacy")}</div>
      <Form method="post" encType="multipart/form-data" noValidate>
        <CsrfField value={csrf} />
        <div className={`form-group${errors.file ? " form-group--error" : ""}`}>
          <label className="label" htmlFor="file">
            {t("imports:upload.file")}
          </label>
          <div className="hint" id="file-hint">
            {t("imports:upload.fileHint")}
          </div>
          {errors.file ? <ErrorMessage id="file-error" text={errorText(errors.file)} /> : null}
          <input
            className="file-upload"
            id="file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={errors.file ? "file-hint file-error" : "file-hint"}
          />
        </div>
        <input type="hidden" name="intent" value="upload" />
        <Button>
          {t("imports:upload.submit")}
        </Button>
      </Form>
    </PageShell>
  );
}
