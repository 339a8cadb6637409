import zlib from "node:zlib";

// A public page is rendered to one string (app/entry.server.tsx), so it is
// compressed here in one call rather than through the `compression`
// middleware's zlib stream: the same bytes, for about half the CPU (a stream
// per response costs more than compressing a few KB). The middleware leaves a
// response alone once it has a Content-Encoding, and still compresses
// everything else (staff pages, which stream, and resources).

/** Below this many bytes compressing is not worth it (the middleware's threshold too). */
const THRESHOLD_BYTES = 1024;

/** The middleware's settings in app/server/main.ts: a small Brotli window, quality 4. */
const BROTLI_PARAMS = {
  [zlib.constants.BROTLI_PARAM_LGWIN]: 16,
  [zlib.constants.BROTLI_PARAM_QUALITY]: 4,
};

export type PageEncoding = "br" | "gzip" | "identity";

/** What the client accepts, preferring Brotli, then gzip (q=0 refuses one; `*` stands for any not named). */
export function pageEncodingFor(acceptEncoding: string | null): PageEncoding {
  if (!acceptEncoding) return "identity";
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [rawName, ...params] = part.toLowerCase().split(";");
    const name = rawName?.trim();
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const accepts = (encoding: string) => (q.get(encoding) ?? q.get("*") ?? 0) > 0;
  if (accepts("br")) return "br";
  if (accepts("gzip")) return "gzip";
  return "identity";
}

/** The page's body, compressed as the request allows; sets Content-Encoding and Vary on `headers`. */
export function compressPage(html: string, request: Request, headers: Headers): string | Uint8Array<ArrayBuffer> {
  headers.append("Vary", "Accept-Encoding");
  if (Buffer.byteLength(html) < THRESHOLD_BYTES) return html;
  const encoding = pageEncodingFor(request.headers.get("Accept-Encoding"));
  if (encoding === "identity") return html;
  const body = Buffer.from(html);
  headers.set("Content-Encoding", encoding);
  const compressed =
    encoding === "br"
      ? zlib.brotliCompressSync(body, { params: { ...BROTLI_PARAMS, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : zlib.gzipSync(body);
  // A plain Uint8Array view of the same bytes (what a Response body takes).
  return new Uint8Array(compressed.buffer as ArrayBuffer, compressed.byteOffset, compressed.length);
}
