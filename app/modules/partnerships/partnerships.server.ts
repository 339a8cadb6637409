import { asc, eq } from "drizzle-orm";
import type { Database } from "~/modules/db/client.server";
import { isDatabaseUnavailable } from "~/modules/db/errors";
import { partnerships, type HelpContacts } from "#db/schema/index.ts";

export interface PublicPartnership {
  id: string;
  slug: string;
  name: string;
  helpContacts: HelpContacts;
  /** Where "Exit this page" sends people. */
  exitUrl: string;
  /** Place names, for feedback's "Where do you live?" and the directory filter. */
  areas: string[];
}

const PUBLIC_COLUMNS = {
  id: partnerships.id,
  slug: partnerships.slug,
  name: partnerships.name,
  helpContacts: partnerships.helpContacts,
  exitUrl: partnerships.exitUrl,
  areas: partnerships.areas,
};

const CACHE_MS = 5_000;
let cache: { at: number; rows: PublicPartnership[] } | null = null;

async function allPartnerships(db: Database): Promise<PublicPartnership[]> {
  if (cache && Date.now() - cache.at < CACHE_MS) return cache.rows;
  let rows: PublicPartnership[];
  try {
    rows = await db
      .select(PUBLIC_COLUMNS)
      .from(partnerships)
      .orderBy(asc(partnerships.createdAt), asc(partnerships.slug));
  } catch (error) {
    // While the database is away (a restart, a fail-over), the partnerships last
    // seen still give public pages their help contacts and exit link.
    if (cache && isDatabaseUnavailable(error)) return cache.rows;
    throw error;
  }
  cache = { at: Date.now(), rows };
  return rows;
}

/** Forget cached partnerships (tests, and staff edits to help contacts). */
export function forgetPartnerships(): void {
  cache = null;
}

/**
 * The partnership a public page belongs to: the one named (`?p=<slug>`, or a
 * survey's own), else the default one (HEARD_DEFAULT_PARTNERSHIP, else the
 * oldest). Public help pages need one even when nobody named it, so someone
 * arriving at /help from a search still sees local contacts.
 */
export async function publicPartnership(db: Database, slug?: string | null): Promise<PublicPartnership | null> {
  const rows = await allPartnerships(db);
  const wanted = slug ?? process.env.HEARD_DEFAULT_PARTNERSHIP;
  return rows.find((p) => p.slug === wanted) ?? rows[0] ?? null;
}

/** The partnership with this id, for modules that hold a survey's partnership id. */
export async function partnershipById(db: Database, id: string): Promise<PublicPartnership | null> {
  const cached = (await allPartnerships(db)).find((p) => p.id === id);
  if (cached) return cached;
  const [row] = await db
    .select(PUBLIC_COLUMNS)
    .from(partnerships)
    .where(eq(partnerships.id, id));
  return row ?? null;
}
