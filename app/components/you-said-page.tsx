import { useTranslation } from "react-i18next";
import { PageShell } from "~/components/page-shell";
import { helpHref } from "~/modules/help/filter";
import { formatDay } from "~/modules/help/format";
import { READERS_PARAM, youSaidPath } from "~/modules/you-said/paths";
import type { YouSaidPage } from "~/modules/you-said/public.server";

/**
 * A "You said, we did" page: what staff published, in plain words for the
 * readers chosen (children's words by default, a link to the adults'), in the
 * page's language, or in English marked lang="en" where nobody translated it.
 */
export function YouSaidPageView({ page, here }: { page: YouSaidPage; here: string }) {
  const { t, i18n } = useTranslation(["yousaid", "common"]);
  const { partnership, linkSlug, survey, readers, entries, unavailable } = page;
  const other = readers === "children" ? "adults" : "children";
  const switchHref = `${here}${here.includes("?") ? "&" : "?"}${READERS_PARAM}=${other}`;
  const language = i18n.language;
  const englishOnly = entries.some((e) => e.language !== language);
  const dir = (lang: string) => i18n.dir(lang);
  return (
    <PageShell>
      {partnership ? <span className="caption-l">{t("yousaid:from", { partnership: partnership.name })}</span> : null}
      <h1 className="heading-l">{t("yousaid:title")}</h1>
      <p className="body-l">{readers === "children" ? t("yousaid:intro.children") : t("yousaid:intro.adults")}</p>
      {survey ? <p className="body">{t("yousaid:survey", { title: survey.title })}</p> : null}

      <nav className="inset-text" aria-label={t("yousaid:readers.label")}>
        <p className="body">
          {readers === "children" ? t("yousaid:readers.children") : t("yousaid:readers.adults")}{" "}
          <a className="link" href={switchHref} data-readers={other}>
            {other === "adults" ? t("yousaid:readers.toAdults") : t("yousaid:readers.toChildren")}
          </a>
        </p>
      </nav>

      {unavailable ? (
        <p className="body">{t("yousaid:unavailable")}</p>
      ) : entries.length === 0 ? (
        <p className="body">{survey ? t("yousaid:noneForSurvey") : t("yousaid:none")}</p>
      ) : (
        <>
          {englishOnly ? <p className="body">{t("yousaid:englishOnly")}</p> : null}
          <ul className="you-said-list">
            {entries.map((entry) => {
              const own = entry.language !== language ? { lang: entry.language, dir: dir(entry.language) } : {};
              return (
                <li key={entry.id} className="you-said-entry" data-entry={entry.id}>
                  <p className="you-said-entry__label">{t("yousaid:entry.heard")}</p>
                  <p className="body" {...own}>
                    {entry.heard}
                  </p>
                  <p className="you-said-entry__label">{t(`yousaid:entry.did.${entry.status}`)}</p>
                  <p className="body" {...own}>
                    {entry.did}
                  </p>
                  <p className="you-said-entry__status">
                    <strong className={`tag${entry.status === "done" ? "" : " tag--grey"}`}>{t(`yousaid:entry.status.${entry.status}`)}</strong>
                    {entry.actionOn ? <> {t(`yousaid:entry.when.${entry.status}`, { date: formatDay(entry.actionOn, language) })}</> : null}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}

      <h2 className="heading-m">{t("yousaid:more")}</h2>
      <ul className="list">
        {survey ? (
          <li>
            <a className="link" href={youSaidPath(partnership?.slug)}>
              {t("yousaid:allEntries")}
            </a>
          </li>
        ) : null}
        <li>
          <a className="link" href={helpHref("/help", linkSlug)}>
            {t("yousaid:help")}
          </a>
        </li>
      </ul>
    </PageShell>
  );
}
