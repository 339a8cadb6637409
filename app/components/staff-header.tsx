import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export interface StaffHeaderPerson {
  displayName: string;
  partnerships: { slug: string; name: string }[];
  csrf: string;
}

/**
 * The staff workspace's header: the service name, and once signed in the
 * person, their partnerships and Sign out (a POST with the CSRF token). No
 * "Exit this page": staff are not in danger from being seen here.
 */
export function StaffHeader({ person }: { person?: StaffHeaderPerson }) {
  const { t } = useTranslation(["common", "staff"]);
  return (
    <header className="staff-header">
      <div className="width-container staff-header__bar">
        <a href="/staff" className="staff-header__name">
          {t("staff:header.serviceName")} <span className="staff-header__tag">{t("staff:header.workspace")}</span>
        </a>
        {person ? (
          <div className="staff-header__account">
            <span className="staff-header__person">{t("staff:header.signedInAs", { name: person.displayName })}</span>
            <Form method="post" action="/staff/sign-out" className="staff-header__sign-out">
              <input type="hidden" name="csrf" value={person.csrf} />
              <button type="submit" className="staff-header__button">
                {t("staff:header.signOut")}
              </button>
            </Form>
          </div>
        ) : null}
      </div>
      {person && person.partnerships.length > 0 ? (
        <nav className="staff-nav" aria-label={t("staff:header.navLabel")}>
          <ul className="width-container staff-nav__list">
            {person.partnerships.map((p) => (
              <li key={p.slug}>
                <a className="staff-nav__link" href={`/staff/p/${p.slug}`}>
                  {p.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
