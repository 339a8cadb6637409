import type { HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { PageHandle } from "~/components/page";
import { STAFF_NO_STORE } from "~/modules/staff/access.server";
import { PageShell } from "~/components/page-shell";
import { loadStaffHome } from "~/modules/staff/shell.server";

export const handle: PageHandle = { hydrate: true, staff: true, pageTitle: ({ t }) => (t as TFunction<["common", "staff"]>)("staff:home.title") };

// Every staff response, error pages included, stays out of every cache.
export const headers: HeadersFunction = () => STAFF_NO_STORE;

export async function loader({ context, request }: LoaderFunctionArgs) {
  return loadStaffHome(context, request);
}

export default function StaffHome() {
  const { t } = useTranslation(["common", "staff", "platform"]);
  const page = useLoaderData<typeof loader>();
  return (
    <PageShell>
      {page.twoFactorDone ? (
        <div className="inset-text" role="status">
          <p className="body">{t("staff:twoFactor.done")}</p>
        </div>
      ) : null}
      <h1 className="heading-l">{t("staff:home.title")}</h1>
      {page.partnerships.length === 0 ? (
        <p className="body">{t("staff:home.none")}</p>
      ) : (
        <>
          <p className="body">{t("staff:home.intro")}</p>
          <ul className="list">
            {page.partnerships.map((p) => (
              <li key={p.slug}>
                <a className="link" href={`/staff/p/${p.slug}`}>
                  {p.name}
                </a>
                <br />
                <span className="hint">
                  {t("staff:home.rolesLabel")}: {p.roles.map((r) => t(`staff:roles.${r}`)).join(", ")}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {page.isPlatformAdmin ? (
        <>
          <p className="body">{t("staff:home.platformAdmin")}</p>
          <p className="body">
            <a className="link" href="/staff/platform/partnerships">
              {t("platform:home.platformLink")}
            </a>
          </p>
        </>
      ) : null}

      <h2 className="heading-m">{t("staff:home.accountHeading")}</h2>
      <p className="body">{page.hasTotp ? t("staff:home.secondFactorOn") : t("staff:home.secondFactorOff")}</p>
      {page.hasTotp ? null : (
        <p className="body">
          <a className="link" href="/staff/account/two-factor">
            {t("staff:home.secondFactorSetUp")}
          </a>
        </p>
      )}
      <p className="body">
        <a className="link" href="/staff/account/password">
          {t("platform:home.passwordLink")}
        </a>
      </p>
      <p className="body">{t("staff:home.everywhereText")}</p>
      <Form method="post" action="/staff/sign-out">
        <input type="hidden" name="csrf" value={page.csrf} />
        <input type="hidden" name="scope" value="everywhere" />
        <button type="submit" className="button button--warning">
          {t("staff:home.everywhereButton")}
        </button>
      </Form>
    </PageShell>
  );
}
