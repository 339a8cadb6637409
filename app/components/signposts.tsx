import { useTranslation } from "react-i18next";
import type { HelpContacts } from "#db/schema/index.ts";
import type { Signpost } from "~/modules/responses/signposts.server";
import { localize } from "~/modules/survey/definition";

/**
 * Help that fits the answers given, on the confirmation page: a few services
 * per need, then the partnership's early help and the whole directory. It
 * names needs, never the answers that led to them.
 */
export function Signposts({ signposts, contacts }: { signposts: Signpost[]; contacts: HelpContacts }) {
  const { t, i18n } = useTranslation(["common", "help"]);
  const lang = i18n.language;
  if (signposts.length === 0) return null;
  const earlyHelp = contacts.earlyHelp;
  return (
    <section aria-labelledby="signposts-heading" className="signposts">
      <h2 className="heading-m" id="signposts-heading">
        {t("done.signpostsHeading")}
      </h2>
      <p className="body">{t("done.signpostsIntro")}</p>
      {signposts
        .filter((s) => s.services.length > 0)
        .map(({ need, services }) => (
          <div key={need}>
            <h3 className="heading-s">{t(`help:needs.${need}`)}</h3>
            <ul className="list signposts__list">
              {services.map((service) => (
                <li key={service.slug} className="signposts__service">
                  <p className="signposts__name">{localize(service.name, lang)}</p>
                  <p className="signposts__line">{localize(service.summary, lang)}</p>
                  {service.contact.phone ? <p className="signposts__line">{t("signposts.phone", { phone: service.contact.phone })}</p> : null}
                  {service.contact.text ? <p className="signposts__line">{t("signposts.text", { text: service.contact.text })}</p> : null}
                  {service.contact.website ? (
                    <p className="signposts__line">
                      <a className="link" href={service.contact.website}>
                        {t("signposts.website", { website: service.contact.website.replace(/^https?:\/\//, "") })}
                      </a>
                    </p>
                  ) : null}
                  {service.contact.walkIn ? <p className="signposts__line">{t("signposts.walkIn", { walkIn: service.contact.walkIn })}</p> : null}
                  <p className="signposts__line">{t("signposts.hours", { hours: localize(service.openingHours, lang) })}</p>
                </li>
              ))}
            </ul>
          </div>
        ))}
      {earlyHelp.phone ? (
        <p className="body">{t("done.earlyHelp", { name: earlyHelp.name, phone: earlyHelp.phone, hours: earlyHelp.openingHours })}</p>
      ) : null}
      <p className="body">
        <a className="link" href="/help/services">
          {t("done.allServices")}
        </a>
      </p>
    </section>
  );
}
