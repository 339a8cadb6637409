import { useTranslation } from "react-i18next";
import type { HelpContacts } from "#db/schema/index.ts";
import { HelpAtOnce, HelpContactsList, type HelpAudience } from "./help-at-once";

interface Props {
  partnershipName: string;
  contacts: HelpContacts;
  /** When the message may disclose harm: help at once, at the top of the page. */
  help?: { audience: HelpAudience };
}

/** The page after sending feedback: thanks, what happens next, and where to get help. */
export function FeedbackSent({ partnershipName, contacts, help }: Props) {
  const { t } = useTranslation(["common", "feedback"]);
  return (
    <>
      {help ? (
        <HelpAtOnce contacts={contacts} audience={help.audience}>
          <p className="body">{t("feedback:sent.sentToo")}</p>
        </HelpAtOnce>
      ) : (
        <div className="panel">
          <h1 className="panel__title">{t("feedback:sent.title")}</h1>
          <div className="panel__body">{t("feedback:sent.thanks")}</div>
        </div>
      )}
      <h2 className="heading-m">{t("feedback:sent.nextHeading")}</h2>
      <p className="body">{t("feedback:sent.next", { partnership: partnershipName })}</p>
      <p className="body">{t("feedback:sent.noReply")}</p>
      {help ? null : (
        <>
          <h2 className="heading-m">{t("feedback:sent.helpHeading")}</h2>
          <HelpContactsList contacts={contacts} audience="everyone" />
          <p className="body">
            <a className="link" href="/help">
              {t("helpAtOnce.moreHelp")}
            </a>
          </p>
        </>
      )}
      <ul className="list">
        <li>
          <a className="link" href="/help/services">
            {t("feedback:sent.services")}
          </a>
        </li>
        <li>
          <a className="link" href="/feedback">
            {t("feedback:sent.another")}
          </a>
        </li>
      </ul>
    </>
  );
}
