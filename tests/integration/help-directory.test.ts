import type { AppLoadContext } from "@remix-run/node";
import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { helpServices, partnerships, surveys } from "#db/schema/index.ts";
import { NORTHSHIRE } from "~/modules/demo/demo-surveys";
import { seedDemo } from "~/modules/demo/seed.server";
import { DEMO_SERVICES } from "~/modules/help/demo-services";
import { seedDemoServices } from "~/modules/help/demo-services.server";
import { NEEDS } from "~/modules/help/needs";
import { findServices, type HelpService } from "~/modules/help/services.server";
import { forgetPartnerships } from "~/modules/partnerships/partnerships.server";
import { loader as helpLoader } from "~/routes/help";
import { loader as servicesLoader } from "~/routes/help-services";
import { loader as worriedLoader } from "~/routes/worried-about-a-child";
import { loader as yourDataLoader } from "~/routes/your-data";
import { setUpTestDatabase, testDriver } from "../support/test-database";

const t = setUpTestDatabase();
const BASE = "http://heard.test";

const context = (): AppLoadContext => ({
  db: t.db,
  cookieSecrets: ["a-test-secret-that-is-long-enough-0001"],
  production: false,
  allowPublicPost: () => true,
});

function args(path: string) {
  return { context: context(), request: new Request(BASE + path), params: {} };
}

const slugs = (services: HelpService[]) => services.map((s) => s.slug);
const expected = (keep: (s: (typeof DEMO_SERVICES)[number]) => boolean) =>
  DEMO_SERVICES.filter(keep)
    .map((s) => s.slug)
    .sort();

let northshireId = "";

/** A second partnership, made later than Northshire, with one service of its own. */
async function addSouthvale(): Promise<string> {
  const [row] = await t.db
    .insert(partnerships)
    .values({
      slug: "southvale",
      name: "Southvale Safeguarding Children Partnership",
      areas: ["Riverside"],
      createdAt: new Date(Date.now() + 60_000),
      helpContacts: {
        ...NORTHSHIRE.helpContacts,
        frontDoor: { ...NORTHSHIRE.helpContacts.frontDoor, name: "Southvale front door", phone: "01632 960500" },
      },
    })
    .returning({ id: partnerships.id });
  await t.db.insert(helpServices).values({
    partnershipId: row!.id,
    slug: "southvale-food",
    name: { en: "Southvale Food Bank" },
    summary: { en: "Food." },
    needs: ["food"],
    audiences: ["parents"],
    areas: ["Riverside"],
    contact: { phone: "01632 960501" },
    openingHours: { en: "Mondays" },
    cost: { en: "Free" },
    lastReviewedOn: "2026-11-02",
  });
  forgetPartnerships();
  return row!.id;
}

describe(`early-help directory on ${testDriver}`, () => {
  beforeEach(async () => {
    forgetPartnerships();
    await seedDemo(t.db);
    const [row] = await t.db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.slug, "northshire"));
    northshireId = row!.id;
  });

  it("seeds Northshire's services once, however often the seed runs", async () => {
    await seedDemo(t.db);
    await seedDemoServices(t.db, northshireId);
    const [row] = await t.db.select({ n: sql<number>`count(*)::int` }).from(helpServices);
    expect(Number(row!.n)).toBe(DEMO_SERVICES.length);
  });

  it("lists every service with no filter, local ones first and national ones last", async () => {
    const all = await findServices(t.db, northshireId);
    expect(all).toHaveLength(DEMO_SERVICES.length);
    const firstNational = all.findIndex((s) => s.national);
    expect(all.slice(firstNational).every((s) => s.national)).toBe(true);
    expect(slugs(all.slice(firstNational)).sort()).toEqual(["childline", "nspcc-helpline"]);
  });

  it("filters by any of the needs ticked", async () => {
    expect(slugs(await findServices(t.db, northshireId, { needs: ["food"] })).sort()).toEqual(
      expected((s) => s.needs.includes("food")),
    );
    const foodOrHousing = await findServices(t.db, northshireId, { needs: ["food", "housing"] });
    expect(slugs(foodOrHousing).sort()).toEqual(expected((s) => s.needs.includes("food") || s.needs.includes("housing")));
    for (const need of NEEDS) expect((await findServices(t.db, northshireId, { needs: [need] })).length, need).toBeGreaterThan(0);
  });

  it("filters by who it is for and by area, keeping services that cover the whole partnership", async () => {
    const forParents = await findServices(t.db, northshireId, { audience: "parents" });
    expect(slugs(forParents).sort()).toEqual(expected((s) => s.audiences.includes("parents")));
    expect(slugs(forParents)).not.toContain("childline");

    const coast = await findServices(t.db, northshireId, { area: "Northshire coast" });
    expect(slugs(coast).sort()).toEqual(expected((s) => s.areas.length === 0 || s.areas.includes("Northshire coast")));
    expect(slugs(coast)).toContain("coast-youth-project");
    expect(slugs(coast)).not.toContain("kingsbridge-community-pantry");

    const combined = await findServices(t.db, northshireId, { needs: ["food"], audience: "parents", area: "Kingsbridge" });
    expect(slugs(combined).sort()).toEqual(
      expected((s) => s.needs.includes("food") && s.audiences.includes("parents") && (s.areas.length === 0 || s.areas.includes("Kingsbridge"))),
    );
    expect(slugs(combined)).toContain("kingsbridge-community-pantry");
  });

  it("never shows another partnership's services", async () => {
    const southvaleId = await addSouthvale();
    expect(slugs(await findServices(t.db, northshireId, { needs: ["food"] }))).not.toContain("southvale-food");
    expect(slugs(await findServices(t.db, southvaleId))).toEqual(["southvale-food"]);
  });
});

describe(`help pages' loaders on ${testDriver}`, () => {
  beforeEach(async () => {
    forgetPartnerships();
    await seedDemo(t.db);
  });

  it("reads the directory's filter from the address", async () => {
    const page = await servicesLoader(args("/help/services?need=food&need=money&who=parents&area=Eastmoor"));
    expect(page.filter).toEqual({ needs: ["food", "money"], audience: "parents", area: "Eastmoor" });
    expect(page.services.length).toBeGreaterThan(0);
    for (const s of page.services) {
      expect(s.needs.some((n) => n === "food" || n === "money"), s.slug).toBe(true);
      expect(s.audiences).toContain("parents");
      expect(s.areas.length === 0 || s.areas.includes("Eastmoor"), s.slug).toBe(true);
    }
    expect(page.partnership?.name).toBe(NORTHSHIRE.name);
    expect(page.partnership?.areas).toEqual(NORTHSHIRE.areas);
  });

  it("ignores filter values it does not know, never failing", async () => {
    const page = await servicesLoader(
      args(`/help/services?need=food&need=${encodeURIComponent("'; drop table help_services;--")}&need=nope&who=aliens&area=Atlantis&p=`),
    );
    expect(page.filter).toEqual({ needs: ["food"] });
    expect(slugs(page.services).sort()).toEqual(expected((s) => s.needs.includes("food")));

    const nonsense = await servicesLoader(args("/help/services?who=&area=&need="));
    expect(nonsense.filter).toEqual({ needs: [] });
    expect(nonsense.services).toHaveLength(DEMO_SERVICES.length);
    // An area of another partnership is not one of this partnership's areas.
    await addSouthvale();
    expect((await servicesLoader(args("/help/services?area=Riverside"))).filter).toEqual({ needs: [] });
  });

  it("takes the partnership from ?p=, keeps it for links, and falls back to the default", async () => {
    await addSouthvale();
    const southvale = await servicesLoader(args("/help/services?p=southvale"));
    expect(southvale.partnership?.name).toBe("Southvale Safeguarding Children Partnership");
    expect(southvale.linkSlug).toBe("southvale");
    expect(slugs(southvale.services)).toEqual(["southvale-food"]);
    expect((await servicesLoader(args("/help/services?p=southvale&area=Riverside"))).filter).toEqual({ needs: [], area: "Riverside" });

    const help = await helpLoader(args("/help?p=southvale"));
    expect(help.partnership?.helpContacts.frontDoor.name).toBe("Southvale front door");
    expect(help.linkSlug).toBe("southvale");

    for (const path of ["/help", "/help?p=no-such-place"]) {
      const page = await helpLoader(args(path));
      expect(page.partnership?.name, path).toBe(NORTHSHIRE.name);
      expect(page.linkSlug, path).toBeNull();
      expect(page.unavailable).toBe(false);
    }
  });

  it("gives /help and /worried-about-a-child the partnership's reviewed contacts", async () => {
    for (const loader of [helpLoader, worriedLoader]) {
      const page = await loader(args("/help"));
      expect(page.partnership?.helpContacts).toEqual(NORTHSHIRE.helpContacts);
    }
  });

  it("gives /your-data each open survey's own retention period", async () => {
    await t.db.update(surveys).set({ retentionDays: 365 }).where(eq(surveys.slug, "demo-parents"));
    const page = await yourDataLoader(args("/your-data"));
    const bySlug = Object.fromEntries(page.surveys.map((s) => [s.slug, s.retentionDays]));
    expect(bySlug).toEqual({ "demo-draft-strategy": 730, "demo-growing-up": 730, "demo-parents": 365, "demo-young-people": 730 });
    expect(page.surveys.every((s) => s.title.en)).toBe(true);

    await t.db.update(surveys).set({ status: "closed" }).where(eq(surveys.slug, "demo-parents"));
    expect((await yourDataLoader(args("/your-data"))).surveys.map((s) => s.slug).sort()).toEqual([
      "demo-draft-strategy",
      "demo-growing-up",
      "demo-young-people",
    ]);
  });

  it("still answers with no partnership at all", async () => {
    await t.db.execute(sql`truncate table help_services, survey_versions, surveys, partnerships cascade`);
    forgetPartnerships();
    const help = await helpLoader(args("/help"));
    expect(help).toMatchObject({ partnership: null, unavailable: false });
    const directory = await servicesLoader(args("/help/services?need=food"));
    expect(directory.services).toEqual([]);
  });
});
