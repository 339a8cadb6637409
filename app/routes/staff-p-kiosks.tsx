import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorSummary } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { Radios } from "~/components/radios";
import { CsrfField, TextInput } from "~/components/workspace/fields";
import { SuccessBanner, WorkspaceShell } from "~/components/workspace/shell";
import { loaderAndActionHeaders } from "~/modules/http/page-headers";
import { kioskAdminAction, loadKioskAdmin, requireKioskAdmin, type VenueErrors } from "~/modules/kiosk/admin.server";
import { FEEDBACK_CHOICE, KIOSK_PATHS } from "~/modules/kiosk/paths";
import { staffData, workspaceRedirect } from "~/modules/workspace/workspace.server";

// /staff/p/:partnership/kiosks: venues, one-time codes and stopping tablets. Partnership admins only.

export const handle: PageHandle = {
  pageTitle: ({ t }) => (t as TFunction<["common", "kioskadmin"]>)("kioskadmin:title"),
};

export const headers = loaderAndActionHeaders;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  const access = await requireKioskAdmin(context, request, params.partnership);
  const done = new URL(request.url).searchParams.get("done") === "venue";
  return staffData({ ...(await loadKioskAdmin(context, access)), done });
}

export async function action({ context, request, params }: ActionFunctionArgs) {
  const result = await kioskAdminAction(context, request, params.partnership);
  if (result.intent === "venue" && result.ok) return workspaceRedirect(`/staff/p/${encodeURIComponent(params.partnership ?? "")}/kiosks?done=venue`);
  return staffData(result, result.ok ? 200 : 400);
}

const VENUE_FIELDS: (keyof VenueErrors)[] = ["name", "shows", "idleSeconds"];

export default function KiosksPage() {
  const { partnership, csrf, venues, surveys, done } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, i18n } = useTranslation(["kioskadmin", "common", "admin"]);
  const text = (key: string | undefined) => (key ? (t as unknown as (k: string) => string)(key) : undefined);
  const failedVenue = result && result.intent === "venue" && !result.ok ? result : null;
  const errors: VenueErrors = failedVenue?.errors ?? {};
  const values = failedVenue?.values ?? { name: "", shows: "", idleSeconds: "120" };
  const summary = VENUE_FIELDS.filter((f) => errors[f]).map((f) => ({ href: `#${f}`, text: text(errors[f])! }));
  const time = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/London" }).format(new Date(iso));

  return (
    <WorkspaceShell partnership={partnership} title={t("kioskadmin:title")}>
      <ErrorSummary items={summary} />
      {done ? <SuccessBanner>{t("kioskadmin:venueAdded")}</SuccessBanner> : null}
      {result?.intent === "code" && result.ok ? (
        <div className="panel" data-kiosk-code="">
          <h2 className="panel__title">{t("kioskadmin:codeMade", { venue: result.venueName })}</h2>
          <p className="panel__body">
            <code>{result.code}</code>
          </p>
        </div>
      ) : null}
      {result?.intent === "code" && result.ok ? (
        <p className="body">{t("kioskadmin:codeOnce", { time: time(result.expiresAt) })}</p>
      ) : null}
      {result?.intent === "revoke" && result.ok ? (
        <SuccessBanner>{t("kioskadmin:revoked", { count: result.revoked, venue: result.venueName })}</SuccessBanner>
      ) : null}
      {result?.intent === "unknown" ? <SuccessBanner>{t("kioskadmin:unknown")}</SuccessBanner> : null}

      <p className="body">{t("kioskadmin:intro")}</p>
      <p className="body">{t("kioskadmin:howTo", { path: KIOSK_PATHS.setUp })}</p>

      <h2 className="heading-m">{t("kioskadmin:venuesHeading")}</h2>
      {venues.length === 0 ? (
        <p className="body">{t("kioskadmin:none")}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t("kioskadmin:venuesHeading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("kioskadmin:venue")}</th>
              <th scope="col">{t("kioskadmin:shows")}</th>
              <th scope="col">{t("kioskadmin:idle")}</th>
              <th scope="col">{t("kioskadmin:tablets")}</th>
              <th scope="col">{t("kioskadmin:sent")}</th>
              <th scope="col">{t("kioskadmin:actions")}</th>
            </tr>
          </thead>
          <tbody>
            {venues.map((venue) => (
              <tr key={venue.id} data-venue={venue.name}>
                <th scope="row">{venue.name}</th>
                <td>
                  {venue.shows === null
                    ? t("kioskadmin:feedback")
                    : venue.showsClosed
                      ? t("kioskadmin:closed", { survey: venue.shows })
                      : venue.shows}
                </td>
                <td>{t("kioskadmin:seconds", { count: venue.idleSeconds })}</td>
                <td data-tablets="">{venue.activeDevices}</td>
                <td data-sent="">{venue.sent}</td>
                <td>
                  <Form method="post" noValidate>
                    <CsrfField token={csrf} />
                    <input type="hidden" name="venue" value={venue.id} />
                    <button type="submit" className="button button--secondary" name="intent" value="code">
                      {t("kioskadmin:makeCode")}
                      <span className="visually-hidden"> {t("kioskadmin:forVenue", { venue: venue.name })}</span>
                    </button>{" "}
                    {venue.activeDevices > 0 ? (
                      <button type="submit" className="button button--warning" name="intent" value="revoke">
                        {t("kioskadmin:revoke")}
                        <span className="visually-hidden"> ({venue.name})</span>
                      </button>
                    ) : null}
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 className="heading-m">{t("kioskadmin:addHeading")}</h2>
      <Form method="post" noValidate>
        <CsrfField token={csrf} />
        <TextInput id="name" label={t("kioskadmin:nameLabel")} hint={t("kioskadmin:nameHint")} value={values.name} error={text(errors.name)} />
        <Radios
          id="shows"
          name="shows"
          legend={t("kioskadmin:showsLegend")}
          hint={t("kioskadmin:showsHint")}
          orText={t("common:question.or")}
          value={values.shows}
          error={text(errors.shows)}
          choices={[...surveys.map((s) => ({ value: s.id, label: s.title })), { value: FEEDBACK_CHOICE, label: t("kioskadmin:feedback") }]}
        />
        <TextInput
          id="idleSeconds"
          label={t("kioskadmin:idleLabel")}
          hint={t("kioskadmin:idleHint")}
          value={values.idleSeconds}
          error={text(errors.idleSeconds)}
        />
        <Button name="intent" value="venue">
          {t("kioskadmin:add")}
        </Button>
      </Form>
    </WorkspaceShell>
  );
}
