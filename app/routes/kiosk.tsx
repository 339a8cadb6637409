import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorMessage, ErrorSummary } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import { loaderAndActionHeaders } from "~/modules/http/page-headers";
import { loadSetUpPage, setUpTablet } from "~/modules/kiosk/pages.server";
import { KIOSK_FIELDS } from "~/modules/kiosk/paths";

// /kiosk: a member of staff types the one-time code that turns this tablet into a venue's kiosk.

export const handle: PageHandle = {
  pageTitle: ({ t }) => (t as TFunction<["common", "kiosk"]>)("kiosk:setUp.title"),
};

export const headers = loaderAndActionHeaders;

export async function loader({ context, request }: LoaderFunctionArgs) {
  return loadSetUpPage(context, request);
}

export async function action({ context, request }: ActionFunctionArgs) {
  return setUpTablet(context, request);
}

export default function KioskSetUp() {
  const failed = useActionData<typeof action>();
  const { t } = useTranslation(["kiosk", "common"]);
  const error = failed?.error ? (t as unknown as (key: string) => string)(failed.error.key) : undefined;
  return (
    <PageShell>
      <ErrorSummary items={error ? [{ href: "#code", text: error }] : []} />
      <h1 className="heading-l">{t("kiosk:setUp.title")}</h1>
      <p className="body">{t("kiosk:setUp.intro")}</p>
      <Form method="post" noValidate autoComplete="off">
        <div className={`form-group${error ? " form-group--error" : ""}`}>
          <label className="label label--m" htmlFor="code">
            {t("kiosk:setUp.codeLabel")}
          </label>
          <div id="code-hint" className="hint">
            {t("kiosk:setUp.codeHint")}
          </div>
          {error ? <ErrorMessage id="code-error" text={error} /> : null}
          <input
            className={`input input--width-20${error ? " input--error" : ""}`}
            id="code"
            name={KIOSK_FIELDS.code}
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-describedby={`code-hint${error ? " code-error" : ""}`}
          />
        </div>
        <Button>{t("kiosk:setUp.button")}</Button>
      </Form>
      <p className="body">{t("kiosk:setUp.notKiosk")}</p>
      <p className="body">
        <a className="link" href="/">
          {t("kiosk:setUp.home")}
        </a>
      </p>
    </PageShell>
  );
}
