import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorMessage, ErrorSummary } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import { CsrfField } from "~/components/workspace/fields";
import { SuccessBanner } from "~/components/workspace/shell";
import { changePassword, loadPasswordPage, type PasswordChangeErrors } from "~/modules/platform/password-change.server";
import { STAFF_NO_STORE } from "~/modules/staff/access.server";

export const handle: PageHandle = {
  hydrate: true,
  staff: true,
  pageTitle: ({ t }) => (t as TFunction<["common", "platform"]>)("platform:password.title"),
};

export const headers: HeadersFunction = () => STAFF_NO_STORE;

export async function loader({ context, request }: LoaderFunctionArgs) {
  return loadPasswordPage(context, request);
}

export async function action({ context, request }: ActionFunctionArgs) {
  return changePassword(context, request);
}

const FIELDS: (keyof PasswordChangeErrors)[] = ["currentPassword", "newPassword", "confirmPassword"];

export default function ChangePassword() {
  const { csrf, email, done } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const { t } = useTranslation(["platform", "staff", "common"]);
  const errors: PasswordChangeErrors = failed?.errors ?? {};
  const text = (field: keyof PasswordChangeErrors) => (errors[field] ? t(errors[field]) : undefined);
  const summary = FIELDS.filter((f) => errors[f]).map((f) => ({ href: `#${f}`, text: text(f)! }));
  const field = (id: keyof PasswordChangeErrors, label: string, autoComplete: string, hint?: string) => {
    const error = text(id);
    const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
    return (
      <div className={`form-group${error ? " form-group--error" : ""}`}>
        <label className="label" htmlFor={id}>
          {label}
        </label>
        {hint ? (
          <div id={`${id}-hint`} className="hint">
            {hint}
          </div>
        ) : null}
        {error ? <ErrorMessage id={`${id}-error`} text={error} /> : null}
        <input
          className={`input input--width-20${error ? " input--error" : ""}`}
          id={id}
          name={id}
          type="password"
          autoComplete={autoComplete}
          spellCheck={false}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        />
      </div>
    );
  };
  return (
    <PageShell back="/staff">
      <ErrorSummary items={summary} />
      {done && !failed ? <SuccessBanner>{t("platform:password.changed")}</SuccessBanner> : null}
      <h1 className="heading-l">{t("platform:password.title")}</h1>
      <p className="body">{t("platform:password.intro")}</p>
      <Form method="post" noValidate>
        <CsrfField token={csrf} />
        {/* The email, for password managers to save with the new password. */}
        <input type="hidden" name="username" autoComplete="username" value={email} />
        {field("currentPassword", t("platform:password.currentPassword"), "current-password")}
        {field("newPassword", t("platform:password.newPassword"), "new-password", t("platform:password.newPasswordHint"))}
        {field("confirmPassword", t("platform:password.confirmPassword"), "new-password")}
        <Button>{t("platform:password.button")}</Button>
      </Form>
    </PageShell>
  );
}
