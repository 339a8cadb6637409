/**
 * A QR code drawn by the server (app/modules/qr/qr.server.ts makes the
 * markup and checks it is only an <svg> of paths). It is an image to
 * assistive technology, named by `label`; the words it holds are always
 * shown as text beside it too, for people who cannot scan.
 */
export function QrCode({ svg, label, className }: { svg: string; label: string; className?: string }) {
  return (
    <div
      className={`qr-code${className ? ` ${className}` : ""}`}
      role="img"
      aria-label={label}
      // Made and checked on the server from our own text; never from anything a person typed as markup.
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
