import { createHash, randomBytes } from "node:crypto";
import { and, asc, count, eq, gt, inArray, isNull, or, sql } from "drizzle-orm";
import type { AppLoadContext } from "@remix-run/node";
import type { Database } from "~/modules/db/client.server";
import { lastSeen } from "~/modules/db/last-seen";
import { kioskCodes, kioskDevices, kioskVenues, partnerships, surveys } from "#db/schema/index.ts";
import { makeKioskCode, normaliseKioskCode } from "./codes";

// Children's-centre kiosks. A member of staff makes a one-time code for a
// venue; typing it on a tablet turns the tablet into that venue's kiosk: the
// tablet gets a random token in a cookie, of which only the SHA-256 is kept.
// The token identifies the venue, never a person.

/** A new code lasts this long before it must be used. */
export const CODE_LIFETIME_MS = 24 * 60 * 60 * 1000;
export const IDLE_SECONDS_MIN = 30;
export const IDLE_SECONDS_MAX = 900;
export const IDLE_SECONDS_DEFAULT = 120;

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The stored form of a code: the SHA-256 of its normalised characters. */
export function kioskCodeHash(code: string): string {
  return sha256(normaliseKioskCode(code));
}

export interface KioskVenue {
  id: string;
  partnershipId: string;
  name: string;
  /** What the kiosk shows: this survey's slug, or the feedback form when null. */
  surveyId: string | null;
  idleSeconds: number;
}

const VENUE_COLUMNS = {
  id: kioskVenues.id,
  partnershipId: kioskVenues.partnershipId,
  name: kioskVenues.name,
  surveyId: kioskVenues.surveyId,
  idleSeconds: kioskVenues.idleSeconds,
};

// ---- Venues -------------------------------------------------------------------

export async function createVenue(
  db: Pick<Database, "insert">,
  input: { partnershipId: string; name: string; surveyId: string | null; idleSeconds?: number; id?: string },
): Promise<string> {
  const [row] = await db
    .insert(kioskVenues)
    .values({
      ...(input.id ? { id: input.id } : {}),
      partnershipId: input.partnershipId,
      name: input.name,
      surveyId: input.surveyId,
      idleSeconds: input.idleSeconds ?? IDLE_SECONDS_DEFAULT,
    })
    .onConflictDoNothing({ target: kioskVenues.id })
    .returning({ id: kioskVenues.id });
  return row?.id ?? input.id!;
}

export interface VenueSummary extends KioskVenue {
  surveySlug: string | null;
  surveyStatus: string | null;
  activeDevices: number;
}

/** A partnership's venues (not archived), with what each shows and how many tablets run it. */
export async function listVenues(db: Database, partnershipId: string): Promise<VenueSummary[]> {
  const venues = await db
    .select({ ...VENUE_COLUMNS, surveySlug: surveys.slug, surveyStatus: surveys.status })
    .from(kioskVenues)
    .leftJoin(surveys, eq(surveys.id, kioskVenues.surveyId))
    .where(and(eq(kioskVenues.partnershipId, partnershipId), isNull(kioskVenues.archivedAt)))
    .orderBy(asc(kioskVenues.name), asc(kioskVenues.createdAt));
  if (venues.length === 0) return [];
  const devices = await db
    .select({ venueId: kioskDevices.venueId, n: count() })
    .from(kioskDevices)
    .where(and(inArray(kioskDevices.venueId, venues.map((v) => v.id)), isNull(kioskDevices.revokedAt)))
    .groupBy(kioskDevices.venueId);
  const active = new Map(devices.map((d) => [d.venueId, Number(d.n)]));
  return venues.map((v) => ({ ...v, activeDevices: active.get(v.id) ?? 0 }));
}

/** One of the partnership's venues, or null (another partnership's venue is as good as none). */
export async function findVenue(db: Database, partnershipId: string, venueId: string): Promise<KioskVenue | null> {
  if (!UUID.test(venueId)) return null;
  const [venue] = await db
    .select(VENUE_COLUMNS)
    .from(kioskVenues)
    .where(and(eq(kioskVenues.id, venueId), eq(kioskVenues.partnershipId, partnershipId), isNull(kioskVenues.archivedAt)));
  return venue ?? null;
}

// ---- Codes --------------------------------------------------------------------

/**
 * Makes a one-time code for a venue. The code itself is returned to be shown
 * once to the member of staff; only its hash is stored.
 */
export async function createKioskCode(
  db: Pick<Database, "insert">,
  input: { venueId: string; createdBy: string | null; now?: Date },
): Promise<{ code: string; codeHash: string; expiresAt: Date }> {
  const now = input.now ?? new Date();
  const code = makeKioskCode();
  const codeHash = kioskCodeHash(code);
  const expiresAt = new Date(now.getTime() + CODE_LIFETIME_MS);
  await db.insert(kioskCodes).values({ codeHash, venueId: input.venueId, createdBy: input.createdBy, expiresAt, createdAt: now });
  return { code, codeHash, expiresAt };
}

/** The demo's code, which may be used again and again (only ever seeded, never made by staff). */
export async function seedReusableCode(db: Pick<Database, "insert">, input: { venueId: string; code: string; expiresAt: Date }) {
  await db
    .insert(kioskCodes)
    .values({ codeHash: kioskCodeHash(input.code), venueId: input.venueId, expiresAt: input.expiresAt, reusable: true })
    .onConflictDoNothing({ target: kioskCodes.codeHash });
}

export type RedeemResult = { ok: true; venueId: string; token: string } | { ok: false };

/**
 * Turns this tablet into a kiosk: uses the code up (one statement, so two
 * tablets typing it at the same moment cannot both have it) and records a new
 * device. A used, expired, unknown or archived venue's code is refused alike.
 */
export async function redeemKioskCode(db: Database, typed: string, now = new Date()): Promise<RedeemResult> {
  const normalised = normaliseKioskCode(typed);
  if (!normalised) return { ok: false };
  const codeHash = sha256(normalised);
  return db.transaction(async (tx) => {
    const [used] = await tx
      .update(kioskCodes)
      .set({ usedAt: now })
      .where(
        and(
          eq(kioskCodes.codeHash, codeHash),
          gt(kioskCodes.expiresAt, now),
          or(isNull(kioskCodes.usedAt), eq(kioskCodes.reusable, true)),
          sql`exists (select 1 from ${kioskVenues} where ${kioskVenues.id} = ${kioskCodes.venueId} and ${kioskVenues.archivedAt} is null)`,
        ),
      )
      .returning({ venueId: kioskCodes.venueId });
    if (!used) return { ok: false } as const;
    const token = randomBytes(32).toString("base64url");
    await tx.insert(kioskDevices).values({ tokenHash: sha256(token), venueId: used.venueId, createdAt: now });
    return { ok: true, venueId: used.venueId, token } as const;
  });
}

// ---- Devices --------------------------------------------------------------------

export interface KioskSetting extends KioskVenue {
  partnership: { id: string; slug: string; name: string };
  /** The survey the kiosk shows (its slug), or null for the feedback form. */
  surveySlug: string | null;
}

/**
 * Venues last seen per device (by token hash), answered only while the
 * database is away, so a tablet that was a kiosk a moment ago still shows its
 * form, with what was typed, instead of an error page. While the database
 * answers it is always asked: a stopped kiosk stops at once.
 */
const lastSeenVenues = lastSeen<KioskSetting>({ maxEntries: 2000 });
const LAST_SEEN_MS = 15 * 60 * 1000;

/** The venue a device token belongs to, unless the device was revoked or the venue archived. */
export async function findVenueByDevice(db: Database, token: string | null): Promise<KioskSetting | null> {
  if (!token) return null;
  const tokenHash = sha256(token);
  return lastSeenVenues.lookup(
    db,
    tokenHash,
    async () => {
      const [row] = await db
        .select({
          ...VENUE_COLUMNS,
          surveySlug: surveys.slug,
          partnership: { id: partnerships.id, slug: partnerships.slug, name: partnerships.name },
        })
        .from(kioskDevices)
        .innerJoin(kioskVenues, eq(kioskVenues.id, kioskDevices.venueId))
        .innerJoin(partnerships, eq(partnerships.id, kioskVenues.partnershipId))
        .leftJoin(surveys, eq(surveys.id, kioskVenues.surveyId))
        .where(and(eq(kioskDevices.tokenHash, tokenHash), isNull(kioskDevices.revokedAt), isNull(kioskVenues.archivedAt)));
      return row ?? null;
    },
    LAST_SEEN_MS,
  );
}

/** Stops every tablet running this venue's kiosk. Returns how many were still running. */
export async function revokeVenueDevices(db: Pick<Database, "update">, venueId: string, now = new Date()): Promise<number> {
  const revoked = await db
    .update(kioskDevices)
    .set({ revokedAt: now })
    .where(and(eq(kioskDevices.venueId, venueId), isNull(kioskDevices.revokedAt)))
    .returning({ tokenHash: kioskDevices.tokenHash });
  return revoked.length;
}

// ---- The device cookie ----------------------------------------------------------------

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
export const KIOSK_COOKIE = "heard_kiosk";
/** A year: a kiosk stays a kiosk until staff revoke it (the server can end it at any time). */
const COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

function isLocalhost(request: Request): boolean {
  const host = new URL(request.url).hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]";
}

/**
 * `__Host-heard_kiosk` in production (Secure, no Domain, Path=/): no other
 * site or sub-domain can set or read it. On localhost a plain name, so
 * `npm start` over HTTP works.
 */
export function kioskCookieName(context: Pick<AppLoadContext, "production">, request: Request): string {
  return context.production && !isLocalhost(request) ? `__Host-${KIOSK_COOKIE}` : KIOSK_COOKIE;
}

export function kioskCookieHeader(context: Pick<AppLoadContext, "production">, request: Request, token: string | null): string {
  const secure = context.production && !isLocalhost(request);
  return [
    `${kioskCookieName(context, request)}=${token ?? ""}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Strict",
    ...(secure ? ["Secure"] : []),
    token ? `Max-Age=${COOKIE_MAX_AGE}` : "Max-Age=0",
  ].join("; ");
}

function cookieValue(request: Request, name: string): string | null {
  for (const part of (request.headers.get("Cookie") ?? "").split(/;\s*/)) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at) === name) return part.slice(at + 1);
  }
  return null;
}

/** The device token this request carries, if well formed. */
export function readKioskToken(context: Pick<AppLoadContext, "production">, request: Request): string | null {
  const value = cookieValue(request, kioskCookieName(context, request));
  return value && TOKEN.test(value) ? value : null;
}

/**
 * Does this browser look like a kiosk? No database: for every page's "Exit
 * this page", which on a kiosk must not un-kiosk the tablet.
 */
export function looksLikeKiosk(request: Request): boolean {
  const header = request.headers.get("Cookie") ?? "";
  return new RegExp(`(?:^|;\\s*)(?:__Host-)?${KIOSK_COOKIE}=[A-Za-z0-9_-]{43}(?:;|$)`).test(header);
}
