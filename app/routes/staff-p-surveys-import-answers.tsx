import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorMessage, ErrorSummary } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import { CsrfField } from "~/modules/builder/ui";
import { importAnswersStep, loadImportPage, type FieldError, type Step, type TargetChoice } from "~/modules/imports/page.server";
import { STAFF_NO_STORE } from "~/modules/staff/access.server";

// Importing answers from a CSV file: the steps live in app/modules/imports/page.server.ts.

export const handle: PageHandle = { hydrate: true, pageTitle: ({ t }) => t("imports:title", { ns: ["imports"] }) };

export const headers: HeadersFunction = () => STAFF_NO_STORE;

export const loader = (args: LoaderFunctionArgs) => loadImportPage(args);

export const action = (args: ActionFunctionArgs) => importAnswersStep(args);


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
