// Addresses of the public "You said, we did" pages (no sensitive words in them).

export const YOU_SAID_PATH = "/you-said-we-did";
/** `?for=children` or `?for=adults`: whose words the page shows. */
export const READERS_PARAM = "for";

/** A partnership's page address, e.g. /you-said-we-did?p=northshire. */
export function youSaidPath(partnershipSlug: string | null | undefined): string {
  return partnershipSlug ? `${YOU_SAID_PATH}?p=${encodeURIComponent(partnershipSlug)}` : YOU_SAID_PATH;
}

/** A survey's page address, e.g. /s/demo-young-people/you-said-we-did. */
export function surveyYouSaidPath(surveySlug: string): string {
  return `/s/${encodeURIComponent(surveySlug)}${YOU_SAID_PATH}`;
}
