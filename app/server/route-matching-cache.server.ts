import Module, { createRequire } from "node:module";

// Route matching in @remix-run/router 1.x re-flattens and re-ranks the whole
// route tree and compiles a regular expression per route pattern on EVERY
// call, and Remix calls it three times per page request (the request handler,
// the static handler's query, the React static router). With Heard's ~100
// routes that was about 13% of a page request's CPU (see tests/bench/profile-page.ts).
// React Router 7 fixed the same thing upstream (remix-run/react-router#14967:
// "cache flattened/ranked route branches"); Remix 2 never got it. Until the
// app moves to React Router 7, the server process loads the router with two
// memos added, both pure and per process:
//  - a route pattern's compiled matcher, by (pattern, caseSensitive, end):
//    a pure function of its arguments (bounded, in case a caller matches
//    ad-hoc patterns);
//  - the flattened, ranked branches of a routes array, by the array's identity
//    (a WeakMap): on the server the route arrays never change once made (no
//    route discovery on the server), and a new array is simply a miss.
// Nothing here depends on a request, a person or the database, so several
// processes each keep their own copy and agree. If the installed router does
// not look as expected (an upgrade), nothing is changed: same behaviour, old speed.

const ROUTER_FILE = /[\\/]@remix-run[\\/]router[\\/]dist[\\/]router\.cjs\.js$/;

const FLATTEN_AND_RANK = "  let branches = flattenRoutes(routes);\n  rankRouteBranches(branches);\n";
const COMPILE_PATH = "function compilePath(path, caseSensitive, end) {\n";

const MEMOS = `
const heardRankedBranches = new WeakMap();
function heardBranchesOf(routes) {
  let branches = heardRankedBranches.get(routes);
  if (branches === undefined) {
    branches = flattenRoutes(routes);
    rankRouteBranches(branches);
    heardRankedBranches.set(routes, branches);
  }
  return branches;
}
const heardCompiledPaths = new Map();
function compilePath(path, caseSensitive, end) {
  if (caseSensitive === void 0) caseSensitive = false;
  if (end === void 0) end = true;
  const key = (caseSensitive ? "c" : "i") + (end ? "e" : "p") + path;
  let compiled = heardCompiledPaths.get(key);
  if (compiled === undefined) {
    compiled = heardCompilePathUncached(path, caseSensitive, end);
    if (heardCompiledPaths.size < 1000) heardCompiledPaths.set(key, compiled);
  }
  return compiled;
}
`;

/** The router's source with the two memos, or null when it is not the code this was written for. */
export function withRouteMatchingMemos(source: string): string | null {
  if (source.split(FLATTEN_AND_RANK).length !== 2 || source.split(COMPILE_PATH).length !== 2) return null;
  return source
    .replace(FLATTEN_AND_RANK, "  let branches = heardBranchesOf(routes);\n")
    .replace(COMPILE_PATH, `${MEMOS}function heardCompilePathUncached(path, caseSensitive, end) {\n`);
}

type Compile = (this: unknown, content: string, filename: string) => unknown;

let installed: "patched" | "unchanged" | undefined;

/**
 * Loads @remix-run/router with the memos (call before anything imports Remix).
 * Returns whether the installed router was patched.
 */
export function installRouteMatchingMemos(): "patched" | "unchanged" {
  if (installed) return installed;
  const proto = Module.prototype as unknown as { _compile: Compile };
  const compile = proto._compile;
  let outcome: "patched" | "unchanged" = "unchanged";
  proto._compile = function (this: unknown, content: string, filename: string) {
    if (ROUTER_FILE.test(filename)) {
      const patched = withRouteMatchingMemos(content);
      if (patched) {
        outcome = "patched";
        return compile.call(this, patched, filename);
      }
    }
    return compile.call(this, content, filename);
  };
  try {
    // Loading it now, through require(), puts the patched module in the CommonJS
    // cache that Remix's own require("@remix-run/router") then finds.
    createRequire(import.meta.url)("@remix-run/router");
  } finally {
    proto._compile = compile;
  }
  installed = outcome;
  return outcome;
}
