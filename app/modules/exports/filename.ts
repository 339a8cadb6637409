/** A part of a file name: lower-case ASCII letters, digits and single hyphens (accents dropped, everything else a hyphen). */
export function fileSlug(text: string, fallback = "export"): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || fallback;
}

/** A yyyy-mm-dd date as it may appear in a file name (anything else is dropped). */
function fileDate(day: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : "";
}

/** `<partnership>-<group>-<from>-to-<to>.<ext>`, ASCII only, e.g. "northshire-early-help-2026-07-01-to-2026-09-30.pdf". */
export function summaryFileName(partnershipSlug: string, groupName: string, from: string, to: string, extension: string): string {
  const period = [fileDate(from), fileDate(to)].every(Boolean) ? `-${fileDate(from)}-to-${fileDate(to)}` : "";
  return `${fileSlug(partnershipSlug, "partnership")}-${fileSlug(groupName, "group")}${period}.${fileSlug(extension, "txt")}`;
}
