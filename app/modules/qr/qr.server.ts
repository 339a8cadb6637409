import QRCode from "qrcode";

/**
 * A QR code made here, on the server, as SVG markup: no outside service ever
 * sees the link or the key in it. The markup is only an <svg> with two
 * <path>s (no `style=` attribute, which the Content-Security-Policy refuses,
 * no script, no link), and this checks that before anyone renders it.
 */
export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 4, color: { dark: "#000000", light: "#ffffff" } });
  const trimmed = svg.trim();
  if (!SAFE_SVG.test(trimmed)) throw new Error("qrcode made unexpected markup");
  // Screen readers skip the drawing: the element around it names it.
  return trimmed.replace("<svg ", '<svg aria-hidden="true" focusable="false" ');
}

/** Exactly what the qrcode library writes: a white square, then the dark modules as one path. */
const SAFE_SVG =
  /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+" shape-rendering="crispEdges"><path fill="#ffffff" d="[MHVhvmz0-9. ]+"\/><path stroke="#000000" d="[MHVhvmz0-9. ]+"\/><\/svg>$/;
