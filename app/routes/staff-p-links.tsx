import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorMessage, ErrorSummary } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { Radios } from "~/components/radios";
import { CsrfField, TextInput } from "~/components/workspace/fields";
import { SuccessBanner, WorkspaceShell } from "~/components/workspace/shell";
import { loaderAndActionHeaders } from "~/modules/http/page-headers";
import { LINK_KINDS, formatUkDay, posterPath, staffLinksPath } from "~/modules/links/paths";
import { linksAction, loadLinksPage } from "~/modules/links/staff.server";

export const handle: PageHandle = {
  pageTitle: ({ t }) => (t as TFunction<["common", "linkadmin"]>)("linkadmin:list.title"),
};

export const headers = loaderAndActionHeaders;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  return loadLinksPage(context, request, params.partnership);
}

export async function action({ context, request, params }: ActionFunctionArgs) {
  return linksAction(context, request, params.partnership);
}

type Words = (key: string, options?: Record<string, unknown>) => string;

export default function LinksPage() {
  const { partnership, csrf, links, surveys, closing, done } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const { t: typed, i18n } = useTranslation(["linkadmin", "common"]);
  const t = typed as unknown as Words;
  const errors = failed?.errors ?? {};
  const values = failed?.values ?? { name: "", kind: "", survey: "" };
  const list = staffLinksPath(partnership.slug);
  const summary = (
    [
      ["name", "name"],
      ["kind", "kind"],
      ["survey", "survey"],
    ] as const
  ).flatMap(([field, id]) => (errors[field] ? [{ href: `#${id}`, text: t(errors[field]!) }] : []));
  return (
    <WorkspaceShell partnership={partnership} title={t("linkadmin:list.title")}>
      <ErrorSummary items={summary} />
      {done ? <SuccessBanner>{t(`linkadmin:list.${done}_done`)}</SuccessBanner> : null}
      <p className="body">{t("linkadmin:list.intro")}</p>

      {closing ? (
        <div className="confirm-panel" role="region" aria-labelledby="confirm-heading">
          <h2 className="heading-m" id="confirm-heading">
            {t("linkadmin:confirm.heading", { name: closing.name })}
          </h2>
          <p className="body">{t("linkadmin:confirm.text")}</p>
          <Form method="post" action={list} noValidate className="button-group">
            <CsrfField token={csrf} />
            <input type="hidden" name="intent" value="close" />
            <input type="hidden" name="linkId" value={closing.id} />
            <Button className="button--warning">{t("linkadmin:confirm.yes")}</Button>
            <Link className="link button-group__link" to={list}>
              {t("linkadmin:confirm.no")}
            </Link>
          </Form>
        </div>
      ) : null}

      {links.length === 0 ? (
        <p className="body">{t("linkadmin:list.none")}</p>
      ) : (
        <table className="table table--stack">
          <caption className="visually-hidden">{t("linkadmin:list.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("linkadmin:list.name")}</th>
              <th scope="col">{t("linkadmin:list.kind")}</th>
              <th scope="col">{t("linkadmin:list.survey")}</th>
              <th scope="col" className="table__header--numeric">
                {t("linkadmin:list.responses")}
              </th>
              <th scope="col">{t("linkadmin:list.created")}</th>
              <th scope="col">{t("linkadmin:list.status")}</th>
              <th scope="col">{t("linkadmin:list.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {links.map((link) => (
              <tr key={link.id}>
                <th scope="row">
                  {link.name}
                  <span className="link-address">{t("linkadmin:list.address", { url: link.url })}</span>
                </th>
                <td data-label={t("linkadmin:list.kind")}>{t(`linkadmin:kinds.${link.kind}`)}</td>
                <td data-label={t("linkadmin:list.survey")}>{link.surveyTitle}</td>
                <td data-label={t("linkadmin:list.responses")} className="table__cell--numeric">
                  {link.responses}
                </td>
                <td data-label={t("linkadmin:list.created")}>{formatUkDay(link.createdAt, i18n.language)}</td>
                <td data-label={t("linkadmin:list.status")}>{link.closedAt ? t("linkadmin:list.closedOn", { date: formatUkDay(link.closedAt, i18n.language) }) : t("linkadmin:list.open")}</td>
                <td>
                  <Link className="link table-action" to={posterPath(partnership.slug, link.id)}>
                    {t("linkadmin:list.poster")}
                    <span className="visually-hidden"> {t("linkadmin:list.forName", { name: link.name })}</span>
                  </Link>
                  {link.closedAt ? null : (
                    <Link className="link table-action" to={`${list}?close=${link.id}`}>
                      {t("linkadmin:list.close")}
                      <span className="visually-hidden"> {link.name}</span>
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 className="heading-m">{t("linkadmin:create.heading")}</h2>
      {surveys.length === 0 ? (
        <p className="body">{t("linkadmin:create.noSurveys")}</p>
      ) : (
        <Form method="post" action={list} noValidate>
          <CsrfField token={csrf} />
          <input type="hidden" name="intent" value="create" />
          <TextInput
            id="name"
            label={t("linkadmin:create.name")}
            hint={t("linkadmin:create.nameHint")}
            value={values.name}
            error={errors.name ? t(errors.name) : undefined}
          />
          <Radios
            id="kind"
            name="kind"
            legend={t("linkadmin:create.kind")}
            choices={LINK_KINDS.map((kind) => ({ value: kind, label: t(`linkadmin:kinds.${kind}`) }))}
            value={values.kind}
            error={errors.kind ? t(errors.kind) : undefined}
            orText=""
          />
          <div className={`form-group${errors.survey ? " form-group--error" : ""}`}>
            <label className="label" htmlFor="survey">
              {t("linkadmin:create.survey")}
            </label>
            {errors.survey ? <ErrorMessage id="survey-error" text={t(errors.survey)} /> : null}
            <select
              className="select"
              id="survey"
              name="survey"
              defaultValue={values.survey}
              aria-describedby={errors.survey ? "survey-error" : undefined}
            >
              <option value="">{t("linkadmin:create.choose")}</option>
              {surveys.map((survey) => (
                <option key={survey.id} value={survey.id}>
                  {survey.title}
                </option>
              ))}
            </select>
          </div>
          <Button>{t("linkadmin:create.submit")}</Button>
        </Form>
      )}
    </WorkspaceShell>
  );
}
