// One-time kiosk codes as people read and type them: three groups of four
// letters and digits, none that look alike (no 0/O, 1/I/L). Only the code's
// SHA-256 is stored; what a person types is normalised first, so case,
// spaces and hyphens do not matter.

/** Letters and digits that cannot be mistaken for one another. */
export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const CODE_GROUPS = 3;
export const CODE_GROUP_LENGTH = 4;

/** A new code, e.g. "K7QM-3HXP-W2RD", from a uniform random source (rejection sampling: no bias). */
export function makeKioskCode(randomBytes: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  const wanted = CODE_GROUPS * CODE_GROUP_LENGTH;
  const limit = 256 - (256 % CODE_ALPHABET.length);
  const chars: string[] = [];
  while (chars.length < wanted) {
    for (const byte of randomBytes(wanted * 2)) {
      if (byte < limit && chars.length < wanted) chars.push(CODE_ALPHABET[byte % CODE_ALPHABET.length]!);
    }
  }
  const groups: string[] = [];
  for (let i = 0; i < wanted; i += CODE_GROUP_LENGTH) groups.push(chars.slice(i, i + CODE_GROUP_LENGTH).join(""));
  return groups.join("-");
}

/** What a typed code means: upper case, without spaces or hyphens. Empty when nothing usable was typed. */
export function normaliseKioskCode(typed: string): string {
  const plain = typed.normalize("NFKC").toUpperCase().replace(/[\s\-‐‑–—]/g, "");
  return /^[A-Z0-9]{4,32}$/.test(plain) ? plain : "";
}
