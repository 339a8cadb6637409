import { randomBytes } from "node:crypto";
import type { EntryContext, HandleErrorFunction } from "@remix-run/node";
import { RemixServer, isRouteErrorResponse } from "@remix-run/react";
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { NonceProvider } from "~/components/nonce";
import { i18nForRequest } from "~/modules/i18n/i18n.server";
import { contentSecurityPolicy } from "~/modules/security/csp";

// Pages are rendered to one string and sent in one piece. Public pages are not
// hydrated and load nothing lazily, so streaming would gain nothing, and one
// write is far cheaper than many small chunks through compression.
export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
) {
  const i18n = await i18nForRequest(request);
  const nonce = randomBytes(16).toString("base64");
  const development = process.env.NODE_ENV !== "production";
  const html = renderToString(
    <NonceProvider value={nonce}>
      <I18nextProvider i18n={i18n}>
        <RemixServer context={remixContext} url={request.url} nonce={nonce} />
      </I18nextProvider>
    </NonceProvider>,
  );
  responseHeaders.set("Content-Type", "text/html; charset=utf-8");
  responseHeaders.set("Content-Security-Policy", contentSecurityPolicy(nonce, development));
  return new Response(`<!DOCTYPE html>${html}`, { headers: responseHeaders, status: responseStatusCode });
}

// Errors are logged without the request: no addresses, no user agents.
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  // A page that does not exist is the visitor's mistake, not the server's: not worth a log line.
  if (isRouteErrorResponse(error) && error.status < 500) return;
  console.error(error);
};
