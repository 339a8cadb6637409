import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { HelpContacts } from "#db/schema/index.ts";

/** Who the help is worded for: children and young people, adults, or anyone (feedback). */
export type HelpAudience = "children" | "adults" | "everyone";

/**
 * Where to get help now, for the audience: 999, Childline for children, the
 * NSPCC helpline and the front door for adults, and the partnership's early
 * help from its reviewed contacts. Opening hours come from those contacts.
 */
export function HelpContactsList({ contacts, audience }: { contacts: HelpContacts; audience: HelpAudience }) {
  const { t } = useTranslation();
  const { frontDoor, earlyHelp } = contacts;
  const children = audience !== "adults";
  const adults = audience !== "children";
  return (
    <ul className="list list--bullet">
      <li>{adults && !children ? t("helpAtOnce.dangerAdult") : t("helpAtOnce.danger")}</li>
      {children ? <li>{audience === "everyone" ? t("helpAtOnce.childlineEveryone") : t("helpAtOnce.childline")}</li> : null}
      {audience === "children" ? <li>{t("helpAtOnce.trustedAdult")}</li> : null}
      {adults ? <li>{t("helpAtOnce.nspcc")}</li> : null}
      {adults && frontDoor.phone ? (
        <li>{t("helpAtOnce.local", { name: frontDoor.name, phone: frontDoor.phone, hours: frontDoor.openingHours })}</li>
      ) : null}
      {earlyHelp.phone ? (
        <li>{t("helpAtOnce.local", { name: earlyHelp.name, phone: earlyHelp.phone, hours: earlyHelp.openingHours })}</li>
      ) : null}
    </ul>
  );
}

interface Props {
  contacts: HelpContacts;
  audience: HelpAudience;
  /** Said after the kind words: e.g. "Your answer has been saved." */
  children?: ReactNode;
  /** Where "Carry on" leads (the survey's next step); none on the feedback page. */
  carryOn?: string;
}

/**
 * Shown at once when something a person wrote may disclose harm: kind, not
 * blocking (what they wrote is already saved), with a neutral heading. It is
 * the page's main heading: nothing in the address or the title names it.
 */
export function HelpAtOnce({ contacts, audience, children, carryOn }: Props) {
  const { t } = useTranslation();
  return (
    <div className="help-at-once">
      <h1 className="heading-l">{t("helpAtOnce.title")}</h1>
      <p className="body-l">{t("helpAtOnce.hard")}</p>
      {children}
      <h2 className="heading-m">{t("helpAtOnce.whoCanHelp")}</h2>
      <p className="body">{t("helpAtOnce.anonymous")}</p>
      <HelpContactsList contacts={contacts} audience={audience} />
      <p className="body">
        <a className="link" href="/help">
          {t("helpAtOnce.moreHelp")}
        </a>
      </p>
      {carryOn ? (
        <>
          <p className="body">{t("helpAtOnce.carryOnNote")}</p>
          <a className="button help-at-once__carry-on" href={carryOn}>
            {t("helpAtOnce.carryOn")}
          </a>
        </>
      ) : null}
    </div>
  );
}

/**
 * Before the first sensitive question: answers are anonymous, so nobody can
 * come and help from them, and where to get help now.
 */
export function BeforeSensitiveQuestion({ forAdults }: { forAdults: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="inset-text" data-before-sensitive="">
      <p className="body">{forAdults ? t("helpAtOnce.sensitiveAdult") : t("helpAtOnce.sensitive")}</p>
      <p className="body">{forAdults ? t("helpAtOnce.sensitiveHelpAdult") : t("helpAtOnce.sensitiveHelp")}</p>
      <p className="body">
        <a className="link" href="/help">
          {t("helpAtOnce.moreHelp")}
        </a>
      </p>
    </div>
  );
}
