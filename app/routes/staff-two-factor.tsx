import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorMessage, ErrorSummary } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { STAFF_NO_STORE } from "~/modules/staff/access.server";
import { PageShell } from "~/components/page-shell";
import { QrCode } from "~/components/qr-code";
import { StaffHeader } from "~/components/staff-header";
import { confirmTwoFactor, loadTwoFactorSetup } from "~/modules/staff/sign-in.server";

export const handle: PageHandle = { hydrate: true, staff: true, pageTitle: ({ t }) => (t as TFunction<["common", "staff"]>)("staff:twoFactor.title") };

// Every staff response, error pages included, stays out of every cache.
export const headers: HeadersFunction = () => STAFF_NO_STORE;

export async function loader({ context, request }: LoaderFunctionArgs) {
  return loadTwoFactorSetup(context, request);
}

export async function action({ context, request }: ActionFunctionArgs) {
  return confirmTwoFactor(context, request);
}

/** The key in groups of four, as apps show it. */
const grouped = (secret: string) => secret.replace(/(.{4})(?=.)/g, "$1 ");

export default function StaffTwoFactor() {
  const { t } = useTranslation(["common", "staff"]);
  const page = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const shown = failed ?? page;
  const codeError = failed?.errors.code ? t(failed.errors.code) : undefined;
  return (
    <>
      <StaffHeader />
      <PageShell>
        <ErrorSummary items={codeError ? [{ href: "#code", text: codeError }] : []} />
        <h1 className="heading-l">{t("staff:twoFactor.title")}</h1>
        <p className="body">{t("staff:twoFactor.intro")}</p>
        <ol className="list list--number">
          <li>{t("staff:twoFactor.step1")}</li>
          <li>
            {t("staff:twoFactor.step2")}
            <QrCode svg={shown.qr} label={t("staff:twoFactor.qrLabel")} className="two-factor-qr" />
            <p className="body">{t("staff:twoFactor.cannotScan")}</p>
            <p className="body" id="secret-label">
              {t("staff:twoFactor.keyLabel")}
            </p>
            <code className="code-block" aria-labelledby="secret-label">
              {grouped(shown.secret)}
            </code>
            <details className="details">
              <summary>{t("staff:twoFactor.uriSummary")}</summary>
              <p className="body">{t("staff:twoFactor.uriText")}</p>
              <code className="code-block">{shown.uri}</code>
            </details>
          </li>
          <li>{t("staff:twoFactor.step3")}</li>
        </ol>
        <Form method="post" noValidate>
          <input type="hidden" name="csrf" value={shown.csrf} />
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
          <Button>{t("staff:twoFactor.button")}</Button>
        </Form>
      </PageShell>
    </>
  );
}
