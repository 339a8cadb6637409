import { useTranslation } from "react-i18next";
import { KIOSK_PATHS } from "~/modules/kiosk/paths";
import { EXIT_PATH, withPartnership } from "~/modules/safety/paths";

/**
 * "Exit this page" and "Get help now", at the top of every page, as the GOV.UK
 * component does it: a real link that works without JavaScript; with it,
 * public/js/enhance.js adds Shift three times and hides the page at once.
 * The script's words come from here, so they are translated with the page.
 */
export function QuickExit({ partnership, kiosk = false }: { partnership: string | null; kiosk?: boolean }) {
  const { t } = useTranslation(["common", "safety"]);
  return (
    <div
      className="quick-exit"
      data-quick-exit=""
      data-press-two-more-times={t("safety:exit.pressTwoMoreTimes")}
      data-press-one-more-time={t("safety:exit.pressOneMoreTime")}
      data-timed-out={t("safety:exit.timedOut")}
      data-activated={t("safety:exit.activated")}
    >
      <div className="width-container quick-exit__inner">
        {/* On a kiosk tablet, exit drops what the person was doing and shows the kiosk's neutral start: the tablet stays a kiosk. */}
        <a
          href={withPartnership(kiosk ? KIOSK_PATHS.exit : EXIT_PATH, partnership)}
          className="button button--warning quick-exit__button"
          rel="nofollow noreferrer"
          data-quick-exit-link=""
        >
          <span className="visually-hidden">{t("safety:exit.hiddenPrefix")} </span>
          {t("safety:exit.button")}
        </a>
        <a href={withPartnership("/help", partnership)} className="quick-exit__help">
          {t("safety:exit.getHelpNow")}
        </a>
      </div>
      <span className="visually-hidden" role="status" data-quick-exit-status=""></span>
    </div>
  );
}

/** Links every page carries at its foot; they keep the page's partnership. */
export function FooterLinks({ partnership }: { partnership: string | null }) {
  const { t } = useTranslation(["common", "safety", "yousaid"]);
  const links = [
    { href: "/your-data", text: t("safety:footer.yourData") },
    { href: "/help", text: t("safety:footer.getHelp") },
    { href: "/worried-about-a-child", text: t("safety:footer.worried") },
    { href: "/staying-safe-online", text: t("safety:footer.stayingSafe") },
    { href: "/before-you-start?to=/feedback", text: t("safety:footer.feedback") },
    { href: "/you-said-we-did", text: t("yousaid:footer") },
  ];
  return (
    <>
      <h2 className="visually-hidden">{t("safety:footer.linksHeading")}</h2>
      <ul className="site-footer__links">
        {links.map((link) => (
          <li key={link.href}>
            <a href={withPartnership(link.href, partnership)} className="link site-footer__link">
              {link.text}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
