import { useTranslation } from "react-i18next";
import { NEVER_REVIEWED, type HelpContact, type HelpContacts } from "#db/schema/help-contacts.ts";
import { formatDay, telHref } from "~/modules/help/format";

/** A phone number as a big `tel:` link: easy to hit with a thumb, and it rings on a phone. */
export function PhoneLink({ phone, children }: { phone: string; children: string }) {
  return (
    <a className="phone-link" href={telHref(phone)}>
      {children}
    </a>
  );
}

/** One of the partnership's own contacts, from its reviewed settings. */
export function LocalContact({ contact }: { contact: HelpContact }) {
  const { t } = useTranslation(["help", "common"]);
  return (
    <div className="contact">
      <h3 className="heading-s">{contact.name}</h3>
      <p className="body">{contact.forWhom}</p>
      {contact.phone ? (
        <p className="body">
          <PhoneLink phone={contact.phone}>{t("help:contacts.call", { phone: contact.phone })}</PhoneLink>
        </p>
      ) : null}
      {contact.website ? (
        <p className="body">
          <a className="link" href={contact.website}>
            {contact.website}
          </a>
        </p>
      ) : null}
      <p className="body">
        <strong>{t("help:contacts.hours")}:</strong> {contact.openingHours}
      </p>
    </div>
  );
}

/** The partnership's children's services front door and early help, and when they were last checked. */
export function PartnershipContacts({ contacts, only }: { contacts: HelpContacts; only?: "frontDoor" }) {
  const { t, i18n } = useTranslation(["help", "common"]);
  return (
    <>
      <LocalContact contact={contacts.frontDoor} />
      {only ? null : <LocalContact contact={contacts.earlyHelp} />}
      {/* A new partnership's placeholder contacts have no real review day to show. */}
      {contacts.lastReviewedOn === NEVER_REVIEWED ? null : (
        <p className="hint">{t("help:contacts.lastReviewed", { date: formatDay(contacts.lastReviewedOn, i18n.language) })}</p>
      )}
    </>
  );
}
