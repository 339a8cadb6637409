import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useEasyRead } from "~/components/easy-read";
import { PartnershipContacts, PhoneLink } from "~/components/help-contacts";
import type { PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import { helpHref } from "~/modules/help/filter";
import { loadHelpContactsPage } from "~/modules/help/pages.server";

// For neighbours, relatives, anyone in the community. The title, heading and
// address stay neutral: someone who sees the screen or the history learns
// nothing. The body names neglect, with the statutory definition in plain words.
export const handle: PageHandle = { pageTitle: ({ t }) => t("help:worried.title", { ns: ["help"] }) };

export async function loader({ context, request }: LoaderFunctionArgs) {
  return loadHelpContactsPage(context, request);
}

const WHAT = ["whatFood", "whatSafe", "whatDoctor", "whatSupervised", "whatFeelings"] as const;
const SIGNS = ["signHungry", "signClothes", "signHealth", "signAlone", "signTired", "signMood", "signHome"] as const;

export default function WorriedPage() {
  const { partnership, linkSlug, unavailable } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["help", "common"]);
  const easyRead = useEasyRead();
  return (
    <PageShell>
      <h1 className="heading-l">{t("help:worried.title")}</h1>
      <p className="body-l">{t("help:worried.intro")}</p>

      <section className="help-section help-section--danger" aria-labelledby="danger">
        <h2 className="heading-m" id="danger">
          {t("help:worried.dangerHeading")}
        </h2>
        <p className="body">{t("help:worried.danger")}</p>
        <p className="body">
          <PhoneLink phone="999">{t("help:now.call999")}</PhoneLink>
        </p>
      </section>

      <h2 className="heading-m">{t("help:worried.whatHeading")}</h2>
      <p className="body">{t("help:worried.whatDefinitionIntro")}</p>
      {/* Easy Read says it in its own words above; the guidance's wording is for the standard version. */}
      {easyRead ? null : (
        <blockquote className="inset-text">
          <p className="body">{t("help:worried.whatDefinition")}</p>
        </blockquote>
      )}
      <p className="body">{t("help:worried.whatPlain")}</p>
      <ul className="list list--bullet">
        {WHAT.map((key) => (
          <li key={key}>{t(`help:worried.${key}`)}</li>
        ))}
      </ul>
      <p className="body">{t("help:worried.whatNotBlame")}</p>

      <h2 className="heading-m">{t("help:worried.signsHeading")}</h2>
      <p className="body">{t("help:worried.signsIntro")}</p>
      <ul className="list list--bullet">
        {SIGNS.map((key) => (
          <li key={key}>{t(`help:worried.${key}`)}</li>
        ))}
      </ul>
      <p className="body">{t("help:worried.signsOne")}</p>

      <h2 className="heading-m">{t("help:worried.reportHeading")}</h2>
      <div className="inset-text">
        <p className="body">{t("help:worried.notSure")}</p>
      </div>
      {partnership ? (
        <>
          <p className="body">{t("help:worried.reportFrontDoor")}</p>
          <PartnershipContacts contacts={partnership.helpContacts} only="frontDoor" />
        </>
      ) : unavailable ? (
        <p className="inset-text">{t("help:contacts.unavailable")}</p>
      ) : null}
      <p className="body">{t("help:worried.reportNspcc")}</p>
      <p className="body">
        <PhoneLink phone="0808 800 5000">{t("help:now.callNspcc")}</PhoneLink>
      </p>

      <h2 className="heading-m">{t("help:worried.familyHeading")}</h2>
      <p className="body">{t("help:worried.family")}</p>
      <p className="body">
        <a className="link" href={helpHref("/help/services", linkSlug)}>
          {t("help:now.linkServices")}
        </a>
      </p>

      <h2 className="heading-m">{t("help:worried.childHeading")}</h2>
      <p className="body">{t("help:worried.child")}</p>
      <p className="body">
        <a className="link" href={helpHref("/help", linkSlug)}>
          {t("help:now.title")}
        </a>
      </p>
    </PageShell>
  );
}
