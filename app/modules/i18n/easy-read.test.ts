import { describe, expect, it } from "vitest";
import { publicNamespaces, resources } from "./config";
import { withEasyReadWords } from "./easy-read";

// Easy Read words replace standard ones key by key. An override whose key
// the standard words do not have would never show (a typo, or a key renamed
// later), and one that loses a placeholder would show "{{max}}" or nothing.

type Tree = { [key: string]: unknown };

function entries(value: unknown, prefix = ""): [string, unknown][] {
  if (typeof value !== "object" || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([k, v]) => entries(v, prefix ? `${prefix}.${k}` : k));
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

function at(tree: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);
}

const languages = Object.keys(resources) as (keyof typeof resources)[];

describe.each(languages)("Easy Read overrides in %s", (language) => {
  const words = resources[language] as unknown as Record<string, Tree>;
  const overrides = (words.easy!.overrides ?? {}) as Tree;

  it("override only public namespaces (staff pages are never in Easy Read)", () => {
    expect(Object.keys(overrides).filter((ns) => !(publicNamespaces as readonly string[]).includes(ns))).toEqual([]);
  });

  it("replace keys the standard words have, keeping their placeholders", () => {
    const wrong = Object.entries(overrides).flatMap(([ns, tree]) =>
      entries(tree)
        .filter(([key, value]) => {
          const standard = at(resources.en[ns as keyof (typeof resources)["en"]], key);
          return typeof standard !== "string" || JSON.stringify(placeholders(String(value))) !== JSON.stringify(placeholders(standard));
        })
        .map(([key]) => `${ns}:${key}`),
    );
    expect(wrong).toEqual([]);
  });

  it("reach every namespace they name, in this language", () => {
    const easy = withEasyReadWords(words) as Record<string, Tree>;
    const missed = Object.entries(overrides).flatMap(([ns, tree]) =>
      entries(tree)
        .filter(([key, value]) => at(easy[ns], key) !== value)
        .map(([key]) => `${ns}:${key}`),
    );
    expect(missed).toEqual([]);
  });
});

it("covers the words of every public page, not only the survey's", () => {
  const overrides = resources.en.easy.overrides as Tree;
  // One sentence each page leans on: feedback, the directory, worried about a
  // child, your data, staying safe online, links, the kiosk and the draft text.
  for (const key of [
    "feedback.form.intro",
    "feedback.sent.noReply",
    "help.services.intro",
    "help.worried.intro",
    "help.data.intro",
    "safety.stayingSafe.intro",
    "links.closed.text",
    "links.unknown.text",
    "kiosk.start.stop",
    "kiosk.setUp.intro",
    "consult.agreement.legend",
  ]) {
    expect(typeof at(overrides, key), key).toBe("string");
  }
});
