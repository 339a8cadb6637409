import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorMessage, ErrorSummary } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { STAFF_NO_STORE } from "~/modules/staff/access.server";
import { PageShell } from "~/components/page-shell";
import { StaffHeader } from "~/components/staff-header";
import { loadCodePage, submitCode } from "~/modules/staff/sign-in.server";

export const handle: PageHandle = { hydrate: true, staff: true, pageTitle: ({ t }) => (t as TFunction<["common", "staff"]>)("staff:code.title") };

// Every staff response, error pages included, stays out of every cache.
export const headers: HeadersFunction = () => STAFF_NO_STORE;

export async function loader({ context, request }: LoaderFunctionArgs) {
  return loadCodePage(context, request);
}

export async function action({ context, request }: ActionFunctionArgs) {
  return submitCode(context, request);
}

export default function StaffSignInCode() {
  const { t } = useTranslation(["common", "staff"]);
  const page = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const codeError = failed?.errors.code ? t(failed.errors.code) : undefined;
  const csrf = failed?.csrf ?? page.csrf;
  const formAction = page.to === "/staff" ? "/staff/sign-in/code" : `/staff/sign-in/code?to=${encodeURIComponent(page.to)}`;
  return (
    <>
      <StaffHeader />
      <PageShell>
        <ErrorSummary items={codeError ? [{ href: "#code", text: codeError }] : []} />
        <h1 className="heading-l">{t("staff:code.title")}</h1>
        <p className="body">{t("staff:code.intro")}</p>
        <Form method="post" action={formAction} noValidate>
          <input type="hidden" name="csrf" value={csrf} />
          <div className={`form-group${codeError ? " form-group--error" : ""}`}>
            <label className="label" htmlFor="code">
              {t("staff:code.label")}
            </label>
            <div id="code-hint" className="hint">
              {t("staff:code.hint")}
            </div>
            {codeError ? <ErrorMessage id="code-error" text={codeError} /> : null}
            <input
              className={`input input--width-10${codeError ? " input--error" : ""}`}
              id="code"
              name="code"
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              spellCheck={false}
              defaultValue={failed?.code ?? ""}
              aria-describedby={codeError ? "code-hint code-error" : "code-hint"}
              aria-invalid={codeError ? true : undefined}
            />
          </div>
          <Button>{t("staff:code.button")}</Button>
        </Form>
        <Form method="post" action="/staff/sign-out">
          <input type="hidden" name="csrf" value={csrf} />
          <button type="submit" className="link-button">
            {t("staff:code.cancel")}
          </button>
        </Form>
      </PageShell>
    </>
  );
}
