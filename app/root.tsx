import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useMatches,
  useNavigation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { useContext, useEffect, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { UNSAFE_DataRouterStateContext } from "react-router-dom";
import { useNonce } from "~/components/nonce";
import { hasErrors, type PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import { LanguageSwitcher } from "~/components/language-switcher";
import { EasyReadSwitch } from "~/components/easy-read";
import { isEasyRead } from "~/modules/i18n/easy-read";
import { isStaffPath } from "~/modules/i18n/languages";
import { FooterLinks, QuickExit } from "~/components/quick-exit";
import { looksLikeKiosk } from "~/modules/kiosk/kiosk.server";
import { pagePartnershipSlug } from "~/modules/safety/page-partnership.server";
import styles from "~/styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

/**
 * Runs for every page: which partnership "Exit this page" and "Get help now"
 * belong to. Cached lookups only; never fails (links then go without `?p=`).
 */
export async function loader({ context, request }: LoaderFunctionArgs) {
  return {
    partnership: await pagePartnershipSlug(context, request),
    // Easy Read (public pages only): the address's ?easy=, else the session cookie.
    easyRead: !isStaffPath(new URL(request.url).pathname) && isEasyRead(request),
    // On a children's-centre kiosk, "Exit this page" must not un-kiosk the tablet (see app/modules/kiosk).
    kiosk: looksLikeKiosk(request),
  };
}

function useDocumentTitle(): string {
  const { t, i18n } = useTranslation();
  const matches = useMatches();
  const routerState = useContext(UNSAFE_DataRouterStateContext);
  const easyRead = useRouteLoaderData<typeof loader>("root")?.easyRead === true;
  const titled = [...matches].reverse().find((m) => (m.handle as PageHandle | undefined)?.pageTitle);
  const base = titled ? (titled.handle as PageHandle).pageTitle!({ data: titled.data, t, language: i18n.language, easyRead }) : t("service.name");
  const routeErrors = Object.values(routerState?.errors ?? {});
  if (routeErrors.length > 0) {
    const notFound = routeErrors.some((e) => isRouteErrorResponse(e) && e.status === 404);
    return `${notFound ? t("errors.notFoundTitle") : t("errors.serverTitle")} – ${t("service.name")}`;
  }
  const actionData = routerState?.actionData ?? {};
  const failed = Object.values(actionData).some(hasErrors);
  const title = base === t("service.name") ? base : `${base} – ${t("service.name")}`;
  return failed ? t("errors.titlePrefix", { title }) : title;
}

export function Layout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const nonce = useNonce();
  const matches = useMatches();
  const hydrate = matches.some((m) => (m.handle as PageHandle | undefined)?.hydrate);
  // Staff pages bring their own header (app/components/staff-header.tsx): no quick exit, no public footer.
  const staff = matches.some((m) => (m.handle as PageHandle | undefined)?.staff);
  const title = useDocumentTitle();
  // Undefined when the root loader itself failed (its error page still gets the header).
  const rootData = useRouteLoaderData<typeof loader>("root");
  const partnership = rootData?.partnership ?? null;
  const easyRead = !staff && rootData?.easyRead === true;
  const kioskPage = matches.some((m) => (m.handle as PageHandle | undefined)?.kiosk);
  return (
    <html lang={i18n.language} dir={i18n.dir(i18n.language)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        <meta name="robots" content="noindex" />
        {/* react-aria adds a <style> element on hydrated pages and takes the nonce from here. */}
        {hydrate ? <meta name="csp-nonce" nonce={nonce} /> : null}
        <title>{title}</title>
        <Meta />
        <Links />
      </head>
      <body className={easyRead ? "easy-read" : undefined}>
        <a href="#main-content" className="skip-link">
          {t("layout.skipLink")}
        </a>
        {staff ? null : (
          <>
            <QuickExit partnership={partnership} kiosk={kioskPage || !!rootData?.kiosk} />
            <header className="site-header">
              <div className="width-container">
                <span className="site-header__name">{t("service.name")}</span>
                <LanguageSwitcher />
                <EasyReadSwitch />
              </div>
            </header>
          </>
        )}
        {children}
        {staff ? null : (
          <footer className="site-footer">
            <div className="width-container">
              <FooterLinks partnership={partnership} />
              <p>{t("layout.footer")}</p>
            </div>
          </footer>
        )}
        {hydrate ? (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        ) : (
          <>
            <script src="/js/enhance.js" defer nonce={nonce} />
            {kioskPage ? <script src="/js/kiosk.js" defer nonce={nonce} /> : null}
          </>
        )}
      </body>
    </html>
  );
}

export default function App() {
  // Marks a hydrated page (staff pages only: public ones are never hydrated),
  // so browser tests can act as a person would once the page is ready.
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  // While a client-side navigation or submission runs (staff pages), the page
  // says so: the address changes a moment before the new page renders.
  const busy = useNavigation().state !== "idle";
  useEffect(() => {
    const root = document.documentElement;
    // Counts finished navigations too, so a test can wait for the one its click started.
    if (!busy && root.hasAttribute("data-busy")) root.dataset.settled = String(Number(root.dataset.settled ?? 0) + 1);
    root.toggleAttribute("data-busy", busy);
  }, [busy]);
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  // 503: the database is away for a moment (a page that cannot be shown without it).
  const unavailable = isRouteErrorResponse(error) && error.status === 503;
  return (
    <PageShell>
      <h1 className="heading-l">{notFound ? t("errors.notFoundTitle") : t("errors.serverTitle")}</h1>
      <p className="body">{notFound ? t("errors.notFound") : unavailable ? t("errors.couldNotLoad") : t("errors.server")}</p>
      <p className="body">
        <a href="/" className="link">
          {t("errors.goToStart")}
        </a>
      </p>
    </PageShell>
  );
}
