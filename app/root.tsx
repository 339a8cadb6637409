import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { useContext, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { UNSAFE_DataRouterStateContext } from "react-router-dom";
import { useNonce } from "~/components/nonce";
import { hasErrors, type PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import { LanguageSwitcher } from "~/components/language-switcher";
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
  // On a children's-centre kiosk, "Exit this page" must not un-kiosk the tablet (see app/modules/kiosk).
  return { partnership: await pagePartnershipSlug(context, request), kiosk: looksLikeKiosk(request) };
}

function useDocumentTitle(): string {
  const { t, i18n } = useTranslation();
  const matches = useMatches();
  const routerState = useContext(UNSAFE_DataRouterStateContext);
  const titled = [...matches].reverse().find((m) => (m.handle as PageHandle | undefined)?.pageTitle);
  const base = titled ? (titled.handle as PageHandle).pageTitle!({ data: titled.data, t, language: i18n.language }) : t("service.name");
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

// Staff pages ask to hydrate, but hydration is not ready: with single fetch the
// loader data reaches the browser in chunks that renderToString (entry.server)
// never writes, so hydration waits for ever (and a key pressed meanwhile throws
// React's #345). Streaming staff pages fixes that, but then forms submit by
// fetch, and focus after errors and the tests need work first. Until then every
// page is plain HTML forms, which work fully without hydration.
const HYDRATION_READY = false;

export function Layout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const nonce = useNonce();
  const matches = useMatches();
  const hydrate = HYDRATION_READY && matches.some((m) => (m.handle as PageHandle | undefined)?.hydrate);
  // Staff pages bring their own header (app/components/staff-header.tsx): no quick exit, no public footer.
  const staff = matches.some((m) => (m.handle as PageHandle | undefined)?.staff);
  const title = useDocumentTitle();
  // Undefined when the root loader itself failed (its error page still gets the header).
  const rootData = useRouteLoaderData<typeof loader>("root");
  const partnership = rootData?.partnership ?? null;
  const kioskPage = matches.some((m) => (m.handle as PageHandle | undefined)?.kiosk);
  return (
    <html lang={i18n.language} dir={i18n.dir(i18n.language)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
        <Meta />
        <Links />
      </head>
      <body>
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
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <PageShell>
      <h1 className="heading-l">{notFound ? t("errors.notFoundTitle") : t("errors.serverTitle")}</h1>
      <p className="body">{notFound ? t("errors.notFound") : t("errors.server")}</p>
      <p className="body">
        <a href="/" className="link">
          {t("errors.goToStart")}
        </a>
      </p>
    </PageShell>
  );
}
