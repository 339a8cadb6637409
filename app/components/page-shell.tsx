import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** The width container, an optional back link, and the page's main landmark. */
export function PageShell({ back, children }: { back?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="width-container">
      {back ? (
        <a href={back} className="back-link">
          {t("layout.backLink")}
        </a>
      ) : null}
      <main id="main-content" className="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
