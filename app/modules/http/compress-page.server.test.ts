import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { compressPage, pageEncodingFor } from "./compress-page.server";

const page = `<!DOCTYPE html><html lang="en"><body>${"<p class=\"body\">Some words on a page.</p>".repeat(100)}</body></html>`;
const requestWith = (acceptEncoding?: string) =>
  new Request("http://heard.test/s/x", { headers: acceptEncoding === undefined ? {} : { "Accept-Encoding": acceptEncoding } });

describe("pageEncodingFor", () => {
  it("prefers Brotli, then gzip, whatever order the browser lists them in", () => {
    expect(pageEncodingFor("gzip, deflate, br, zstd")).toBe("br");
    expect(pageEncodingFor("br;q=0.1, gzip")).toBe("br");
    expect(pageEncodingFor("gzip, deflate")).toBe("gzip");
    expect(pageEncodingFor("deflate")).toBe("identity");
    expect(pageEncodingFor(null)).toBe("identity");
    expect(pageEncodingFor("identity")).toBe("identity");
  });

  it("respects q=0 and *", () => {
    expect(pageEncodingFor("br;q=0, gzip")).toBe("gzip");
    expect(pageEncodingFor("br;q=0, gzip;q=0")).toBe("identity");
    expect(pageEncodingFor("*")).toBe("br");
    expect(pageEncodingFor("*, br;q=0")).toBe("gzip");
    expect(pageEncodingFor("BR ; Q=0.5")).toBe("br");
  });
});

describe("compressPage", () => {
  it("sends Brotli or gzip that decodes to the same page, and says so", () => {
    const br = new Headers();
    const brBody = compressPage(page, requestWith("gzip, deflate, br"), br);
    expect(br.get("Content-Encoding")).toBe("br");
    expect(br.get("Vary")).toBe("Accept-Encoding");
    expect(zlib.brotliDecompressSync(brBody as Uint8Array).toString()).toBe(page);
    expect((brBody as Uint8Array).length).toBeLessThan(page.length / 5);

    const gz = new Headers();
    const gzBody = compressPage(page, requestWith("gzip"), gz);
    expect(gz.get("Content-Encoding")).toBe("gzip");
    expect(zlib.gunzipSync(gzBody as Uint8Array).toString()).toBe(page);
  });

  it("leaves small pages and clients that accept nothing as they are (still varying on Accept-Encoding)", () => {
    for (const [body, accept] of [
      ["<p>tiny</p>", "br"],
      [page, undefined],
      [page, "identity"],
    ] as const) {
      const headers = new Headers();
      expect(compressPage(body, requestWith(accept), headers)).toBe(body);
      expect(headers.get("Content-Encoding")).toBeNull();
      expect(headers.get("Vary")).toBe("Accept-Encoding");
    }
  });
});
