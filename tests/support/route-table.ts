import routes from "~/routes";

// The app's route table (app/routes.ts) as a flat list of full paths, so a
// test can require a line for every route of a kind: a new route without one fails.

interface ConfigRoute {
  path?: string;
  index?: boolean;
  file: string;
  children?: ConfigRoute[];
}

function flatten(list: ConfigRoute[], parent: string, withIndex: boolean): { path: string; file: string }[] {
  return list.flatMap((r) => {
    const full = [parent, r.path ?? ""].filter(Boolean).join("/");
    const listed = r.path !== undefined || (withIndex && r.index === true);
    return [...(listed ? [{ path: full, file: r.file }] : []), ...flatten(r.children ?? [], full, withIndex)];
  });
}

/** Every route with a path (and index routes too, with `withIndex`), by full path and file. */
export function routeTable({ withIndex = false } = {}): { path: string; file: string }[] {
  return flatten(routes as ConfigRoute[], "", withIndex);
}
