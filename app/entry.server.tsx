import { randomBytes } from "node:crypto";
import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable, type EntryContext, type HandleErrorFunction } from "@remix-run/node";
import { RemixServer, isRouteErrorResponse } from "@remix-run/react";
import type { ReactElement } from "react";
import { renderToPipeableStream, renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { NonceProvider } from "~/components/nonce";
import { compressPage } from "~/modules/http/compress-page.server";
import { i18nForRequest } from "~/modules/i18n/i18n.server";
import { isStaffPath } from "~/modules/i18n/languages";
import { contentSecurityPolicy } from "~/modules/security/csp";
import { safeErrorForLog } from "~/modules/logging/safe-error";

// Public pages are rendered to one string and sent in one piece: they are not
// hydrated and load nothing lazily, so streaming would gain nothing, and one
// write is far cheaper than many small chunks through compression (and the one
// string is compressed in one call: app/modules/http/compress-page.server.ts). Staff pages
// hydrate, and with single fetch the loader data reaches the browser through
// <Scripts>' streamed chunks, which renderToString never writes (hydration
// would wait for them forever): those are rendered with the streaming renderer.
export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
) {
  const i18n = await i18nForRequest(request);
  const nonce = randomBytes(16).toString("base64");
  const development = process.env.NODE_ENV !== "production";
  const page = (
    <NonceProvider value={nonce}>
      <I18nextProvider i18n={i18n}>
        <RemixServer context={remixContext} url={request.url} nonce={nonce} />
      </I18nextProvider>
    </NonceProvider>
  );
  responseHeaders.set("Content-Type", "text/html; charset=utf-8");
  responseHeaders.set("Content-Security-Policy", contentSecurityPolicy(nonce, development));
  if (isStaffPath(new URL(request.url).pathname)) {
    return new Response(await renderStreaming(page, nonce), { headers: responseHeaders, status: responseStatusCode });
  }
  const html = `<!DOCTYPE html>${renderToString(page)}`;
  return new Response(compressPage(html, request, responseHeaders), { headers: responseHeaders, status: responseStatusCode });
}

const STREAM_TIMEOUT_MS = 5_000;

function renderStreaming(page: ReactElement, nonce: string): Promise<ReadableStream<Uint8Array>> {
  return new Promise((resolve, reject) => {
    const { pipe, abort } = renderToPipeableStream(page, {
      nonce,
      onShellReady() {
        const body = new PassThrough();
        resolve(createReadableStreamFromReadable(body));
        pipe(body);
      },
      onShellError: reject,
    });
    setTimeout(abort, STREAM_TIMEOUT_MS);
  });
}

// Errors are logged without the request (no addresses, no user agents) and
// without what people wrote (a failed query's parameters).
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  // A page that does not exist is the visitor's mistake, not the server's: not worth a log line.
  if (isRouteErrorResponse(error) && error.status < 500) return;
  console.error(isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : safeErrorForLog(error));
};
