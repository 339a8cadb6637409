import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import { helpHref } from "~/modules/help/filter";
import { retentionPeriod } from "~/modules/help/format";
import { loadYourDataPage } from "~/modules/help/pages.server";
import { localize } from "~/modules/survey/definition";

export const handle: PageHandle = { pageTitle: ({ t }) => t("help:data.title", { ns: ["help"] }) };

export async function loader({ context, request }: LoaderFunctionArgs) {
  return loadYourDataPage(context, request);
}

const FOR_CHILDREN = [
  "childAnonymous",
  "childNobody",
  "childCannotFind",
  "childCannotHelp",
  "childWhoReads",
  "childNames",
  "childWorried",
  "childKept",
  "childOwnWords",
  "childNoTracking",
  "childCookie",
  "childEasyCookie",
  "childUnhappy",
] as const;

const FOR_ADULTS = [
  "adultAnonymous",
  "adultCannotFind",
  "adultWhoReads",
  "adultSafeguarding",
  "adultUse",
  "adultOwnWords",
  "adultNoTracking",
  "adultCookie",
  "adultEasyCookie",
  "adultThirdParty",
] as const;

export default function YourDataPage() {
  const { partnership, linkSlug, unavailable, surveys } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation(["help", "common"]);
  const period = (days: number) => {
    const { unit, count } = retentionPeriod(days);
    return t(`help:data.${unit}`, { count });
  };
  const showPartnershipNames = new Set(surveys.map((s) => s.partnershipName)).size > 1;
  return (
    <PageShell>
      <h1 className="heading-l">{t("help:data.title")}</h1>
      <p className="body-l">{t("help:data.intro")}</p>
      {partnership ? <p className="body">{t("help:data.responsible", { partnership: partnership.name })}</p> : null}

      <h2 className="heading-m">{t("help:data.childrenHeading")}</h2>
      {FOR_CHILDREN.map((key) => (
        <p className="body" key={key}>
          {t(`help:data.${key}`)}
        </p>
      ))}

      <h2 className="heading-m">{t("help:data.adultsHeading")}</h2>
      {FOR_ADULTS.map((key) => (
        <p className="body" key={key}>
          {t(`help:data.${key}`)}
        </p>
      ))}

      <h2 className="heading-m">{t("help:data.keptHeading")}</h2>
      <p className="body">{t("help:data.keptIntro")}</p>
      {unavailable ? (
        <p className="inset-text">{t("help:data.keptUnavailable")}</p>
      ) : surveys.length === 0 ? (
        <p className="body">{t("help:data.keptNone")}</p>
      ) : (
        <ul className="list list--bullet">
          {surveys.map((survey) => (
            <li key={survey.slug}>
              {t("help:data.keptSurvey", { survey: localize(survey.title, i18n.language), period: period(survey.retentionDays) })}
              {showPartnershipNames ? (
                <>
                  <br />
                  <span className="hint">{survey.partnershipName}</span>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}

      <h2 className="heading-m">{t("help:data.complainHeading")}</h2>
      <p className="body">{t("help:data.complain")}</p>
      <ul className="list">
        <li>{t("help:data.icoPhone")}</li>
        <li>{t("help:data.icoWebsite")}</li>
      </ul>

      <h2 className="heading-m">{t("help:data.moreHeading")}</h2>
      <ul className="list">
        <li>
          <a className="link" href={helpHref("/help", linkSlug)}>
            {t("help:data.linkHelp")}
          </a>
        </li>
        <li>
          <a className="link" href="/staying-safe-online">
            {t("help:data.linkOnline")}
          </a>
        </li>
      </ul>
    </PageShell>
  );
}
