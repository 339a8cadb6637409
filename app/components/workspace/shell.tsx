import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { PageShell } from "~/components/page-shell";

/** A partnership page: the partnership's name above the heading, a link back to its overview. */
export function WorkspaceShell({
  partnership,
  back,
  title,
  children,
}: {
  partnership: { slug: string; name: string };
  /** Where the back link goes; the partnership's overview if not given. */
  back?: string | null;
  title: string;
  children: ReactNode;
}) {
  return (
    <PageShell back={back === null ? undefined : (back ?? `/staff/p/${encodeURIComponent(partnership.slug)}`)}>
      <span className="caption-l">{partnership.name}</span>
      <h1 className="heading-l">{title}</h1>
      {children}
    </PageShell>
  );
}

/** A GOV.UK notification banner for "Saved" and the like: a status, read out when it appears. */
export function SuccessBanner({ children }: { children: ReactNode }) {
  const { t } = useTranslation(["admin", "common"]);
  return (
    <div className="notification-banner notification-banner--success" role="status" aria-labelledby="notification-title">
      <h2 className="notification-banner__title" id="notification-title">
        {t("admin:common.success")}
      </h2>
      <p className="notification-banner__heading">{children}</p>
    </div>
  );
}
