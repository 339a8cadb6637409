import { useLocation, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { easyReadHref } from "~/modules/i18n/easy-read";

/** Is this page shown in Easy Read? (The root loader reads the address and the session cookie.) */
export function useEasyRead(): boolean {
  const root = useRouteLoaderData<{ easyRead?: boolean }>("root");
  return root?.easyRead === true;
}

/**
 * A plain link on every public page to the other way of reading it: works
 * without JavaScript; the server remembers the choice for the session.
 */
export function EasyReadSwitch() {
  const { t } = useTranslation(["easy"]);
  const { pathname, search } = useLocation();
  const easyRead = useEasyRead();
  return (
    <nav className="easy-read-switch" aria-label={t("easy:mode.label")}>
      <a className="easy-read-switch__link" href={easyReadHref(pathname, search, !easyRead)}>
        {easyRead ? t("easy:mode.standard") : t("easy:mode.easyRead")}
      </a>
    </nav>
  );
}
