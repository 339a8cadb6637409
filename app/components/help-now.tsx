import { useTranslation } from "react-i18next";
import type { HelpContacts } from "#db/schema/index.ts";

/**
 * Where to get help now. Children: 999, Childline, a trusted adult. Adults:
 * 999, the NSPCC helpline and the children's services front door. Both: the
 * partnership's early help contact, from its reviewed settings.
 */
export function HelpNow({ contacts, heading, forAdults }: { contacts: HelpContacts; heading: string; forAdults: boolean }) {
  const { t } = useTranslation();
  const local = contacts.earlyHelp;
  const front = contacts.frontDoor;
  return (
    <>
      <h2 className="heading-m">{heading}</h2>
      <ul className="list list--bullet">
        {forAdults ? (
          <>
            <li>{t("start.helpDangerAdult")}</li>
            <li>{t("start.helpNspcc")}</li>
            {front.phone ? (
              <li>{t("start.helpLocal", { name: front.name, phone: front.phone, hours: front.openingHours })}</li>
            ) : null}
          </>
        ) : (
          <>
            <li>{t("start.helpDanger")}</li>
            <li>{t("start.helpChildline")}</li>
            <li>{t("start.helpAdult")}</li>
          </>
        )}
        {local.phone ? (
          <li>{t("start.helpLocal", { name: local.name, phone: local.phone, hours: local.openingHours })}</li>
        ) : null}
      </ul>
    </>
  );
}
