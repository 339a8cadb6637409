import { readFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import type * as RouterModule from "@remix-run/router";
import { describe, expect, it } from "vitest";
import { withRouteMatchingMemos } from "./route-matching-cache.server";

type Router = typeof RouterModule;

const require = createRequire(import.meta.url);
const routerFile = require.resolve("@remix-run/router");

/** A fresh copy of the installed router, as it is or with the memos. */
function loadRouter(patched: boolean): Router {
  const source = readFileSync(routerFile, "utf8");
  const code = patched ? withRouteMatchingMemos(source) : source;
  if (code === null) throw new Error("the installed router does not match the patch");
  const m = new Module(routerFile) as Module & { _compile(code: string, filename: string): void; paths: string[] };
  m.filename = routerFile;
  m.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(routerFile);
  m._compile(code, routerFile);
  return m.exports as Router;
}

// Shapes like Heard's route config: a layout, index routes, params, optional segments, splats, siblings with the same path.
const routes = [
  {
    id: "root",
    path: "",
    children: [
      { id: "home", index: true },
      { id: "survey-start", path: "s/:slug" },
      { id: "survey-question", path: "s/:slug/q/:questionId" },
      { id: "survey-check", path: "s/:slug/check" },
      { id: "survey-done", path: "s/:slug/done" },
      { id: "help", path: "help/:topic?" },
      { id: "lang", path: ":lang?/about" },
      { id: "Case", path: "Case/Sensitive", caseSensitive: true },
      {
        id: "staff",
        path: "staff",
        children: [
          { id: "staff-home", index: true },
          { id: "staff-p", path: "p/:partnership/*" },
          { id: "staff-p-dash", path: "p/:partnership/dashboard" },
        ],
      },
      { id: "first", path: "same" },
      { id: "second", path: "same" },
      { id: "splat", path: "*" },
    ],
  },
];

const paths = [
  "/",
  "/s/demo-young-people",
  "/s/demo-young-people/q/home-feel",
  "/s/demo-young-people/q/home-feel/",
  "/s/demo/check",
  "/s/demo/done",
  "/s/a%20b/q/c%2Fd",
  "/help",
  "/help/bullying",
  "/about",
  "/pl/about",
  "/Case/Sensitive",
  "/case/sensitive",
  "/staff",
  "/staff/p/northshire/dashboard",
  "/staff/p/northshire/summaries/x",
  "/same",
  "/nothing/here",
];

function summary(matches: ReturnType<Router["matchRoutes"]>) {
  return matches?.map((m) => ({ id: m.route.id, params: m.params, pathname: m.pathname, base: m.pathnameBase }));
}

describe("route-matching memos", () => {
  it("fit the installed @remix-run/router (an upgrade that changes it fails here, not in production)", () => {
    expect(withRouteMatchingMemos(readFileSync(routerFile, "utf8"))).not.toBeNull();
  });

  it("leave other code alone", () => {
    expect(withRouteMatchingMemos("function somethingElse() {}")).toBeNull();
  });

  it("match exactly as the router does, first time and from the memo", () => {
    const plain = loadRouter(false);
    const memo = loadRouter(true);
    for (let round = 0; round < 2; round++) {
      for (const path of paths) {
        expect(summary(memo.matchRoutes(routes, path)), `${path} (round ${round})`).toEqual(summary(plain.matchRoutes(routes, path)));
        expect(memo.matchPath({ path: "/s/:slug", end: false }, path)).toEqual(plain.matchPath({ path: "/s/:slug", end: false }, path));
      }
    }
    // Something actually matched: the comparison is not between two nulls.
    expect(summary(memo.matchRoutes(routes, "/s/x/q/y"))?.at(-1)).toEqual({
      id: "survey-question",
      params: { slug: "x", questionId: "y" },
      pathname: "/s/x/q/y",
      base: "/s/x/q/y",
    });
    expect(summary(memo.matchRoutes(routes, "/same"))?.at(-1)?.id).toBe("first");
  });

  it("treat a new routes array as new (no stale branches)", () => {
    const memo = loadRouter(true);
    const before = [{ id: "a", path: "a" }];
    expect(memo.matchRoutes(before, "/b")).toBeNull();
    const after = [...before, { id: "b", path: "b" }];
    expect(summary(memo.matchRoutes(after, "/b"))?.[0]?.id).toBe("b");
  });
});
