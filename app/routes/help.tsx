import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PartnershipContacts, PhoneLink } from "~/components/help-contacts";
import type { PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import { helpHref } from "~/modules/help/filter";
import { loadHelpContactsPage } from "~/modules/help/pages.server";

export const handle: PageHandle = { pageTitle: ({ t }) => t("help:now.title", { ns: ["help"] }) };

export async function loader({ context, request }: LoaderFunctionArgs) {
  return loadHelpContactsPage(context, request);
}

export default function HelpNowPage() {
  const { partnership, linkSlug, unavailable } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["help", "common"]);
  const links = [
    { href: helpHref("/help/services", linkSlug), text: t("help:now.linkServices"), hint: t("help:now.linkServicesHint") },
    { href: helpHref("/worried-about-a-child", linkSlug), text: t("help:now.linkWorried"), hint: t("help:now.linkWorriedHint") },
    { href: "/staying-safe-online", text: t("help:now.linkOnline"), hint: t("help:now.linkOnlineHint") },
    { href: helpHref("/your-data", linkSlug), text: t("help:now.linkData"), hint: t("help:now.linkDataHint") },
  ];
  return (
    <PageShell>
      <h1 className="heading-l">{t("help:now.title")}</h1>
      <p className="body-l">{t("help:now.intro")}</p>

      <section className="help-section help-section--danger" aria-labelledby="danger">
        <h2 className="heading-m" id="danger">
          {t("help:now.dangerHeading")}
        </h2>
        <p className="body">{t("help:now.danger")}</p>
        <p className="body">
          <PhoneLink phone="999">{t("help:now.call999")}</PhoneLink>
        </p>
      </section>

      <section className="help-section" aria-labelledby="children">
        <h2 className="heading-m" id="children">
          {t("help:now.childrenHeading")}
        </h2>
        <p className="body">{t("help:now.childline")}</p>
        <p className="body">
          <PhoneLink phone="0800 1111">{t("help:now.callChildline")}</PhoneLink>
        </p>
        <p className="body">{t("help:now.trustedAdult")}</p>
        <p className="body">{t("help:now.notYourFault")}</p>
      </section>

      <section className="help-section" aria-labelledby="adults">
        <h2 className="heading-m" id="adults">
          {t("help:now.adultsHeading")}
        </h2>
        <p className="body">{t("help:now.nspcc")}</p>
        <p className="body">
          <PhoneLink phone="0808 800 5000">{t("help:now.callNspcc")}</PhoneLink>
        </p>
      </section>

      {partnership ? (
        <section className="help-section" aria-labelledby="local">
          <h2 className="heading-m" id="local">
            {t("help:now.localHeading", { partnership: partnership.name })}
          </h2>
          <p className="body">{t("help:now.localIntro")}</p>
          <PartnershipContacts contacts={partnership.helpContacts} />
        </section>
      ) : unavailable ? (
        <p className="inset-text">{t("help:contacts.unavailable")}</p>
      ) : null}

      <h2 className="heading-m">{t("help:now.moreHeading")}</h2>
      <ul className="list">
        {links.map((link) => (
          <li key={link.href}>
            <a className="link" href={link.href}>
              {link.text}
            </a>
            <br />
            <span className="hint">{link.hint}</span>
          </li>
        ))}
      </ul>
    </PageShell>
  );
}
