import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";

// Private browsing and clearing history, in plain words for children and
// adults, and what Heard's own "Exit this page" does and does not clear.

// PageHandle's t is typed for the default namespace; this page's words are in "safety".
export const handle: PageHandle = {
  pageTitle: ({ t }) => (t as TFunction<["common", "safety"]>)("safety:stayingSafe.title"),
};

export default function StayingSafeOnline() {
  const { t } = useTranslation(["common", "safety"]);
  const privateWindows = [
    t("safety:stayingSafe.privateChrome"),
    t("safety:stayingSafe.privateSafariPhone"),
    t("safety:stayingSafe.privateSafariMac"),
    t("safety:stayingSafe.privateEdge"),
    t("safety:stayingSafe.privateFirefox"),
    t("safety:stayingSafe.privateSamsung"),
  ];
  return (
    <PageShell>
      <h1 className="heading-l">{t("safety:stayingSafe.title")}</h1>
      <p className="body-l">{t("safety:stayingSafe.intro")}</p>

      <h2 className="heading-m">{t("safety:stayingSafe.exitHeading")}</h2>
      <p className="body">{t("safety:stayingSafe.exitDoes")}</p>
      <p className="body">{t("safety:stayingSafe.exitClears")}</p>
      <div className="inset-text">
        <p className="body">{t("safety:stayingSafe.exitDoesNot")}</p>
      </div>

      <h2 className="heading-m">{t("safety:stayingSafe.privateHeading")}</h2>
      <p className="body">{t("safety:stayingSafe.private")}</p>
      <ul className="list list--bullet">
        {privateWindows.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      <p className="body">{t("safety:stayingSafe.privateClose")}</p>

      <h2 className="heading-m">{t("safety:stayingSafe.historyHeading")}</h2>
      <p className="body">{t("safety:stayingSafe.history")}</p>
      <ul className="list list--bullet">
        <li>{t("safety:stayingSafe.historyPhone")}</li>
        <li>{t("safety:stayingSafe.historyComputer")}</li>
        <li>{t("safety:stayingSafe.historySafari")}</li>
      </ul>
      <p className="body">{t("safety:stayingSafe.historyNoticed")}</p>

      <h2 className="heading-m">{t("safety:stayingSafe.deviceHeading")}</h2>
      <p className="body">{t("safety:stayingSafe.device")}</p>

      <h2 className="heading-m">{t("safety:stayingSafe.talkHeading")}</h2>
      <ul className="list list--bullet">
        <li>{t("safety:stayingSafe.danger")}</li>
        <li>{t("safety:stayingSafe.childline")}</li>
        <li>{t("safety:stayingSafe.nspcc")}</li>
      </ul>
      <p className="body">
        <a href="/help" className="link">
          {t("safety:stayingSafe.moreHelp")}
        </a>
      </p>
    </PageShell>
  );
}
