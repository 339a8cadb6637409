import { NEEDS, isNeed, isServiceAudience, type Need, type ServiceAudience } from "./needs";

/** The directory's filter as the page's GET form sends it: ?need=food&need=money&who=parents&area=Eastmoor. */
export const FILTER_PARAMS = { need: "need", who: "who", area: "area", partnership: "p" } as const;

/**
 * What a need is called in the address. Addresses stay in the browser's
 * history, so they carry no sensitive words: "domestic-abuse" travels as
 * "safe-at-home". The codes themselves are accepted too.
 */
const NEED_IN_ADDRESS: Partial<Record<Need, string>> = { "domestic-abuse": "safe-at-home" };

export function needParam(need: Need): string {
  return NEED_IN_ADDRESS[need] ?? need;
}

function needFromParam(value: string): Need | undefined {
  const aliased = NEEDS.find((need) => NEED_IN_ADDRESS[need] === value);
  return aliased ?? (isNeed(value) ? value : undefined);
}

export interface DirectoryFilter {
  /** In the order of NEEDS, each once. */
  needs: Need[];
  audience?: ServiceAudience;
  area?: string;
}

/**
 * Reads the filter from a URL's query. Anything that is not a known need,
 * audience or one of the partnership's areas is left out, never an error:
 * an old bookmark or a hand-edited address still shows the directory.
 */
export function parseDirectoryFilter(params: URLSearchParams, areas: readonly string[]): DirectoryFilter {
  const asked = new Set(params.getAll(FILTER_PARAMS.need).map(needFromParam));
  const needs = NEEDS.filter((need) => asked.has(need));
  const who = params.get(FILTER_PARAMS.who) ?? "";
  const area = params.get(FILTER_PARAMS.area) ?? "";
  return {
    needs,
    ...(isServiceAudience(who) ? { audience: who } : {}),
    ...(areas.includes(area) ? { area } : {}),
  };
}

export function isFiltered(filter: DirectoryFilter): boolean {
  return filter.needs.length > 0 || !!filter.audience || !!filter.area;
}

/** A help page's address, keeping the partnership someone arrived with (`?p=`). */
export function helpHref(pathname: string, partnershipSlug?: string | null): string {
  return partnershipSlug ? `${pathname}?${new URLSearchParams({ [FILTER_PARAMS.partnership]: partnershipSlug })}` : pathname;
}
