import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { PhoneLink } from "~/components/help-contacts";
import type { PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import { FILTER_PARAMS, helpHref, isFiltered, needParam } from "~/modules/help/filter";
import { displayUrl, formatDay, languageName, smsHref } from "~/modules/help/format";
import { NEEDS, SERVICE_AUDIENCES, isNeed, isServiceAudience } from "~/modules/help/needs";
import { loadDirectoryPage } from "~/modules/help/pages.server";
import type { HelpService } from "~/modules/help/services.server";
import { localize } from "~/modules/survey/definition";

export const handle: PageHandle = { pageTitle: ({ t }) => t("help:services.title", { ns: ["help"] }) };

export async function loader({ context, request }: LoaderFunctionArgs) {
  return loadDirectoryPage(context, request);
}

// A plain GET form: it works with JavaScript off, and the address it makes
// (?need=food&who=parents&area=Eastmoor) can be bookmarked, shared or printed.
export default function ServicesPage() {
  const { partnership, linkSlug, unavailable, filter, services } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation(["help", "common"]);
  const filtered = isFiltered(filter);
  const areas = partnership?.areas ?? [];
  const chosen = [
    ...(filter.needs.length > 0 ? [filter.needs.map((n) => t(`help:needs.${n}`)).join(", ")] : []),
    ...(filter.audience ? [t(`help:audiences.${filter.audience}`)] : []),
    ...(filter.area ? [filter.area] : []),
  ];
  return (
    <PageShell>
      <h1 className="heading-l">{t("help:services.title")}</h1>
      <p className="body-l">
        {partnership ? t("help:services.introNamed", { partnership: partnership.name }) : t("help:services.intro")}
      </p>
      <ul className="list print-hidden">
        <li>
          <a className="link" href="#results">
            {t("help:services.skipToResults")}
          </a>
        </li>
        <li>
          <a className="link" href={helpHref("/help", linkSlug)}>
            {t("help:services.helpNowLink")}
          </a>
        </li>
      </ul>

      <form method="get" action="/help/services" className="filter-form" aria-labelledby="filter-heading" noValidate>
        <h2 className="heading-m" id="filter-heading">
          {t("help:services.filterHeading")}
        </h2>
        {linkSlug ? <input type="hidden" name={FILTER_PARAMS.partnership} value={linkSlug} /> : null}
        <div className="form-group">
          <fieldset className="fieldset" aria-describedby="need-hint">
            <legend className="fieldset__legend fieldset__legend--m">{t("help:services.needsLegend")}</legend>
            <div className="hint" id="need-hint">
              {t("help:services.needsHint")}
            </div>
            <div className="checkboxes">
              {NEEDS.map((need) => (
                <div className="checkboxes__item" key={need}>
                  <input
                    className="checkboxes__input"
                    id={`need-${need}`}
                    name={FILTER_PARAMS.need}
                    type="checkbox"
                    value={needParam(need)}
                    defaultChecked={filter.needs.includes(need)}
                  />
                  <label className="checkboxes__label" htmlFor={`need-${need}`}>
                    {t(`help:needs.${need}`)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <div className="form-group">
          <fieldset className="fieldset">
            <legend className="fieldset__legend fieldset__legend--m">{t("help:services.whoLegend")}</legend>
            <div className="radios">
              {[{ value: "", label: t("help:services.whoAnyone") }, ...SERVICE_AUDIENCES.map((a) => ({ value: a, label: t(`help:audiences.${a}`) }))].map(
                (option) => (
                  <div className="radios__item" key={option.value || "anyone"}>
                    <input
                      className="radios__input"
                      id={`who-${option.value || "anyone"}`}
                      name={FILTER_PARAMS.who}
                      type="radio"
                      value={option.value}
                      defaultChecked={(filter.audience ?? "") === option.value}
                    />
                    <label className="radios__label" htmlFor={`who-${option.value || "anyone"}`}>
                      {option.label}
                    </label>
                  </div>
                ),
              )}
            </div>
          </fieldset>
        </div>
        {areas.length > 0 ? (
          <div className="form-group">
            <label className="label label--m" htmlFor="area">
              {t("help:services.areaLabel")}
            </label>
            <select className="select" id="area" name={FILTER_PARAMS.area} defaultValue={filter.area ?? ""}>
              <option value="">{t("help:services.areaAll")}</option>
              {areas.map((area) => (
                <option key={area} value={area}>
                  {area}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="button-group">
          <button type="submit" className="button">
            {t("help:services.apply")}
          </button>
          <a className="link button-group__link" href={helpHref("/help/services", linkSlug)}>
            {t("help:services.clear")}
          </a>
        </div>
      </form>

      <h2 className="heading-m" id="results" tabIndex={-1}>
        {filtered ? t("help:services.countFiltered", { count: services.length }) : t("help:services.count", { count: services.length })}
      </h2>
      {filtered ? <p className="body">{t("help:services.chosen", { choices: chosen.join("; ") })}</p> : null}
      {unavailable ? (
        <p className="inset-text">{t("help:services.unavailable")}</p>
      ) : services.length === 0 ? (
        <p className="body">{filtered ? t("help:services.none") : t("help:services.noneAtAll")}</p>
      ) : (
        <>
          <p className="hint print-hidden">{t("help:services.print")}</p>
          <ul className="service-list" aria-labelledby="results">
            {services.map((service) => (
              <ServiceEntry key={service.id} service={service} partnershipName={partnership?.name ?? ""} language={i18n.language} />
            ))}
          </ul>
        </>
      )}
    </PageShell>
  );
}

function ServiceEntry({ service, partnershipName, language }: { service: HelpService; partnershipName: string; language: string }) {
  const { t } = useTranslation(["help", "common"]);
  const { contact } = service;
  const headingId = `service-${service.slug}`;
  const area = service.national
    ? t("help:services.areaNational")
    : service.areas.length === 0
      ? t("help:services.areaWhole", { partnership: partnershipName })
      : service.areas.join(", ");
  const rows: { key: string; label: string; value: ReactNode }[] = [
    { key: "needs", label: t("help:services.helpsWith"), value: service.needs.filter(isNeed).map((n) => t(`help:needs.${n}`)).join(", ") },
    {
      key: "for",
      label: t("help:services.forWhom"),
      value: service.audiences.filter(isServiceAudience).map((a) => t(`help:audiences.${a}`)).join(", "),
    },
    { key: "area", label: t("help:services.area"), value: area },
  ];
  if (contact.phone) {
    rows.push({ key: "phone", label: t("help:services.phone"), value: <PhoneLink phone={contact.phone}>{contact.phone}</PhoneLink> });
  }
  if (contact.text) {
    rows.push({
      key: "text",
      label: t("help:services.text"),
      value: (
        <a className="link" href={smsHref(contact.text)}>
          {t("help:services.textLink", { phone: contact.text })}
        </a>
      ),
    });
  }
  if (contact.website) {
    rows.push({
      key: "website",
      label: t("help:services.website"),
      value: (
        <a className="link link--url" href={contact.website}>
          {displayUrl(contact.website)}
        </a>
      ),
    });
  }
  if (contact.walkIn) rows.push({ key: "walk-in", label: t("help:services.walkIn"), value: contact.walkIn });
  rows.push(
    { key: "hours", label: t("help:services.hours"), value: localize(service.openingHours, language) },
    { key: "languages", label: t("help:services.languages"), value: service.languages.map((l) => languageName(l, language)).join(", ") },
    { key: "cost", label: t("help:services.cost"), value: localize(service.cost, language) },
  );
  return (
    <li className="service">
      <h3 className="heading-s" id={headingId}>
        {localize(service.name, language)}
      </h3>
      {service.national ? <p className="tag">{t("help:services.national")}</p> : null}
      <p className="body">{localize(service.summary, language)}</p>
      <dl className="service__details">
        {rows.map((row) => (
          <div className="service__row" key={row.key}>
            <dt className="service__key">{row.label}</dt>
            <dd className="service__value">{row.value}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{t("help:services.reviewed", { date: formatDay(service.lastReviewedOn, language) })}</p>
    </li>
  );
}
