/**
 * The page's Content-Security-Policy. Scripts run only from this origin and
 * with this request's nonce; nothing may be loaded from anywhere else, which
 * also keeps every public page free of third-party requests.
 */
export function contentSecurityPolicy(nonce: string, development = false): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    // The nonce lets react-aria add its one <style> element on hydrated staff
    // pages (it reads <meta name="csp-nonce">); style attributes stay refused.
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    development ? "connect-src 'self' ws:" : "connect-src 'self'",
    "form-action 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}
