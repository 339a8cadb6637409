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
import { loadSignInPage, signIn } from "~/modules/staff/sign-in.server";

export const handle: PageHandle = { hydrate: true, staff: true, pageTitle: ({ t }) => (t as TFunction<["common", "staff"]>)("staff:signIn.title") };

// Every staff response, error pages included, stays out of every cache.
export const headers: HeadersFunction = () => STAFF_NO_STORE;

export async function loader({ context, request }: LoaderFunctionArgs) {
  return loadSignInPage(context, request);
}

export async function action({ context, request }: ActionFunctionArgs) {
  return signIn(context, request);
}

export default function StaffSignIn() {
  const { t } = useTranslation(["common", "staff"]);
  const page = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const errors = failed?.errors ?? {};
  const emailError = errors.email ? t(errors.email) : undefined;
  const passwordError = errors.password ? t(errors.password) : undefined;
  const summary = [
    ...(emailError ? [{ href: "#email", text: emailError }] : []),
    ...(passwordError ? [{ href: "#password", text: passwordError }] : []),
  ];
  const formAction = page.to === "/staff" ? "/staff/sign-in" : `/staff/sign-in?to=${encodeURIComponent(page.to)}`;
  return (
    <>
      <StaffHeader />
      <PageShell>
        <ErrorSummary items={summary} />
        {page.notice && !failed ? (
          <div className="inset-text" role="status">
            <p className="body">{page.notice === "signedOut" ? t("staff:signIn.signedOut") : t("staff:signIn.timedOut")}</p>
          </div>
        ) : null}
        <h1 className="heading-l">{t("staff:signIn.title")}</h1>
        <p className="body">
          {t("staff:signIn.intro")}{" "}
          <a className="link" href="/">
            {t("staff:signIn.publicLink")}
          </a>
        </p>
        <Form method="post" action={formAction} noValidate>
          <div className={`form-group${emailError ? " form-group--error" : ""}`}>
            <label className="label" htmlFor="email">
              {t("staff:signIn.email")}
            </label>
            {emailError ? <ErrorMessage id="email-error" text={emailError} /> : null}
            <input
              className={`input input--width-20${emailError ? " input--error" : ""}`}
              id="email"
              name="email"
              type="email"
              autoComplete="username"
              spellCheck={false}
              autoCapitalize="none"
              defaultValue={failed?.email ?? ""}
              aria-describedby={emailError ? "email-error" : undefined}
              aria-invalid={emailError ? true : undefined}
            />
          </div>
          <div className={`form-group${passwordError ? " form-group--error" : ""}`}>
            <label className="label" htmlFor="password">
              {t("staff:signIn.password")}
            </label>
            {passwordError ? <ErrorMessage id="password-error" text={passwordError} /> : null}
            <input
              className={`input input--width-20${passwordError ? " input--error" : ""}`}
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              spellCheck={false}
              autoCapitalize="none"
              aria-describedby={passwordError ? "password-error" : undefined}
              aria-invalid={passwordError ? true : undefined}
            />
          </div>
          <Button>{t("staff:signIn.button")}</Button>
        </Form>
        <p className="body">{t("staff:signIn.noAccount")}</p>
      </PageShell>
    </>
  );
}
