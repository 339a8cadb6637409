// The coding screen's filters in its address: shared by the server and the page.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (value: string | null): value is string => !!value && UUID.test(value);

export interface ScreenQuery {
  surveyId: string | null;
  sampleId: string | null;
  onlyUncoded: boolean;
  itemId: string | null;
}

/** The screen's filters from its address (unknown values are dropped). */
export function screenQuery(url: URL): ScreenQuery {
  const get = (name: string) => url.searchParams.get(name);
  return {
    surveyId: isUuid(get("survey")) ? get("survey") : null,
    sampleId: isUuid(get("sample")) ? get("sample") : null,
    onlyUncoded: get("todo") === "1",
    itemId: get("item"),
  };
}

/** The screen's address for these filters (and an item). */
export function screenHref(base: string, query: Partial<ScreenQuery>): string {
  const params = new URLSearchParams();
  if (query.sampleId) params.set("sample", query.sampleId);
  if (query.surveyId) params.set("survey", query.surveyId);
  if (query.onlyUncoded) params.set("todo", "1");
  if (query.itemId) params.set("item", query.itemId);
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}

