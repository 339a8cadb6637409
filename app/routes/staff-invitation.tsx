import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Form, isRouteErrorResponse, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorMessage, ErrorSummary } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { STAFF_NO_STORE } from "~/modules/staff/access.server";
import { PageShell } from "~/components/page-shell";
import { StaffHeader } from "~/components/staff-header";
import { acceptInvitation, loadInvitationPage, type InvitationErrors } from "~/modules/staff/invitations.server";

export const handle: PageHandle = {
  hydrate: true,
  staff: true,
  pageTitle: ({ t, data }) => {
    const page = data as { partnershipName?: string } | undefined;
    const st = t as TFunction<["common", "staff"]>;
    return page?.partnershipName ? st("staff:invitation.title", { partnership: page.partnershipName }) : st("staff:invitation.notFoundTitle");
  },
};

// Every staff response, error pages included, stays out of every cache.
export const headers: HeadersFunction = () => STAFF_NO_STORE;

export async function loader({ context, params }: LoaderFunctionArgs) {
  return loadInvitationPage(context, params.token ?? "");
}

export async function action({ context, request, params }: ActionFunctionArgs) {
  return acceptInvitation(context, request, params.token ?? "");
}

const FIELD_ORDER: (keyof InvitationErrors)[] = ["displayName", "password", "confirmPassword"];

export default function StaffInvitation() {
  const { t } = useTranslation(["common", "staff"]);
  const page = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const errors: InvitationErrors = failed?.errors ?? {};
  const text = (field: keyof InvitationErrors) => (errors[field] ? t(errors[field]) : undefined);
  const summary = FIELD_ORDER.filter((f) => errors[f]).map((f) => ({ href: `#${f}`, text: text(f)! }));
  const role = t(`staff:roles.${page.role}`);
  const field = (
    id: keyof InvitationErrors,
    label: string,
    { hint, type = "text", autoComplete }: { hint?: string; type?: string; autoComplete: string },
  ) => {
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
          type={type}
          autoComplete={autoComplete}
          spellCheck={false}
          defaultValue={id === "displayName" ? (failed?.displayName ?? "") : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        />
      </div>
    );
  };
  return (
    <>
      <StaffHeader />
      <PageShell>
        <ErrorSummary items={summary} />
        <h1 className="heading-l">{t("staff:invitation.title", { partnership: page.partnershipName })}</h1>
        <p className="body">{t("staff:invitation.intro", { partnership: page.partnershipName, role })}</p>
        <p className="body">
          {t("staff:invitation.emailLabel")}: <strong>{page.email}</strong>
        </p>
        <Form method="post" noValidate>
          {/* The email, for password managers to save with the new password. */}
          <input type="hidden" name="username" autoComplete="username" value={page.email} />
          {page.existingUser ? (
            <>
              <p className="body">{t("staff:invitation.existingIntro")}</p>
              {field("password", t("staff:invitation.currentPassword"), { type: "password", autoComplete: "current-password" })}
            </>
          ) : (
            <>
              <p className="body">{t("staff:invitation.newIntro")}</p>
              {field("displayName", t("staff:invitation.displayName"), { hint: t("staff:invitation.displayNameHint"), autoComplete: "name" })}
              {field("password", t("staff:invitation.password"), {
                hint: t("staff:invitation.passwordHint"),
                type: "password",
                autoComplete: "new-password",
              })}
              {field("confirmPassword", t("staff:invitation.confirmPassword"), { type: "password", autoComplete: "new-password" })}
            </>
          )}
          <Button>{t("staff:invitation.button")}</Button>
        </Form>
      </PageShell>
    </>
  );
}

/** An unknown, used or expired link: a page that says so, without telling which. */
export function ErrorBoundary() {
  const { t } = useTranslation(["common", "staff"]);
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <>
      <StaffHeader />
      <PageShell>
        <h1 className="heading-l">{notFound ? t("staff:invitation.notFoundTitle") : t("errors.serverTitle")}</h1>
        <p className="body">{notFound ? t("staff:invitation.notFound") : t("errors.server")}</p>
      </PageShell>
    </>
  );
}
