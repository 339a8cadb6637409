import { data, redirect, type AppLoadContext } from "@remix-run/node";
import type { Database } from "~/modules/db/client.server";
import { feedback, type HelpContacts } from "#db/schema/index.ts";
import { databaseUnavailablePage, isDatabaseUnavailable, logDatabaseUnavailable, unlessDatabaseUnavailable } from "~/modules/db/errors";
import { readForm } from "~/modules/http/form.server";
import { publicPartnership, type PublicPartnership } from "~/modules/partnerships/partnerships.server";
import { NO_STORE } from "~/modules/responses/respondent.server";
import { ukToday } from "~/modules/responses/responses.server";
import { mayDiscloseHarm } from "~/modules/safeguarding/disclosure";
import { flagForTriage, noteHelpAtOnce, showsHelpAtOnce } from "~/modules/safeguarding/triage.server";
import { recordTextItems } from "~/modules/analysis/text-items.server";
import {
  FIELDS,
  parseFeedback,
  valuesOf,
  type FeedbackErrors,
  type FeedbackFrom,
  type FeedbackValues,
  type ParsedFeedback,
} from "./feedback-form";
import { checkFormStart, signFormStart } from "./form-timer.server";

// Anonymous feedback: always open, no sign-in. Guarded without a CAPTCHA by a
// honeypot, a minimum time on the page (a signed time in the page itself) and
// the per-client rate limit. Stored with the day only: never an address, a
// user agent or a time.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export const FEEDBACK_SENT_PATH = "/feedback/sent";

async function requirePartnership(db: Database, slug: string | null): Promise<PublicPartnership> {
  const partnership = await publicPartnership(db, slug || null);
  if (!partnership) throw data(null, { status: 404, headers: NO_STORE });
  return partnership;
}

/** The partnership named in the address (`?p=<slug>`) or the form, if any. */
function partnershipSlug(request: Request, form?: FormData): string | null {
  const posted = form?.get(FIELDS.partnership);
  if (typeof posted === "string" && posted) return posted;
  return new URL(request.url).searchParams.get("p");
}

/** The hidden fields that make a resend store one message and let the server see how long the page was open. */
function formTokens(context: AppLoadContext, id: string, issuedAt: number) {
  return { feedbackId: id, started: signFormStart(context.cookieSecrets[0]!, id, issuedAt) };
}

function pagePartnership(p: PublicPartnership) {
  return { slug: p.slug, name: p.name, areas: p.areas };
}

/** The partnership a feedback page is for; without the database (and none seen lately), "try again in a minute". */
function pagePartnershipOf(context: AppLoadContext, request: Request): Promise<PublicPartnership> {
  return unlessDatabaseUnavailable(() => requirePartnership(context.db, partnershipSlug(request)), databaseUnavailablePage);
}

export async function loadFeedbackPage(context: AppLoadContext, request: Request) {
  const partnership = await pagePartnershipOf(context, request);
  return data(
    {
      partnership: pagePartnership(partnership),
      // Made now and sent back with the form: a double click stores one message.
      ...formTokens(context, crypto.randomUUID(), Date.now()),
      // This request's action showed help at once (the page title follows it).
      helpAtOnce: showsHelpAtOnce(context),
    },
    { headers: NO_STORE },
  );
}

/** Help shown at once with the sent page, when the message may disclose harm. */
export interface FeedbackHelp {
  contacts: HelpContacts;
  audience: "children" | "adults" | "everyone";
}

export type StoreOutcome = "stored" | "already_stored";

/**
 * Stores one message. The id came with the form, so a resend or a double click
 * finds it already there. A message that may disclose harm is flagged for the
 * partnership's triage in the same transaction.
 */
export async function storeFeedback(
  db: Database,
  input: ParsedFeedback & {
    id: string;
    partnershipId: string;
    flag: boolean;
    /** How it came: the web form unless said (a children's-centre kiosk says "kiosk" and its venue). */
    channel?: "web" | "kiosk";
    venueId?: string | null;
  },
): Promise<StoreOutcome> {
  return db.transaction(async (tx) => {
    const receivedOn = ukToday();
    const inserted = await tx
      .insert(feedback)
      .values({
        id: input.id,
        partnershipId: input.partnershipId,
        text: input.text,
        from: input.from,
        ageBand: input.ageBand,
        area: input.area,
        receivedOn,
        channel: input.channel ?? "web",
        venueId: input.venueId ?? null,
      })
      .onConflictDoNothing({ target: feedback.id })
      .returning({ id: feedback.id });
    if (inserted.length === 0) return "already_stored";
    // The redacted copy staff read, committed with the message (or not at all).
    await recordTextItems(tx, [{ partnershipId: input.partnershipId, feedbackId: input.id, text: input.text, receivedOn }]);
    if (input.flag) await flagForTriage(tx, { partnershipId: input.partnershipId, feedbackId: input.id });
    return "stored";
  });
}

function refused(
  errors: FeedbackErrors,
  values: FeedbackValues,
  tokens: { feedbackId: string; started: string },
  status: number,
  headers: Record<string, string> = {},
) {
  return data({ errors, values, ...tokens }, { status, headers: { ...NO_STORE, ...headers } });
}

function audienceOf(from: FeedbackFrom | null): FeedbackHelp["audience"] {
  if (from === "young_person") return "children";
  if (from === "parent_carer" || from === "professional") return "adults";
  return "everyone";
}

export async function sendFeedback(context: AppLoadContext, request: Request) {
  const form = await readForm(request);
  const values = valuesOf(form);
  const now = Date.now();
  const postedId = String(form.get(FIELDS.id) ?? "");
  const id = UUID.test(postedId) ? postedId.toLowerCase() : crypto.randomUUID();
  const started = checkFormStart(context.cookieSecrets, id, String(form.get(FIELDS.started) ?? ""), now);
  // A page that is sent again keeps the time it was first shown: a person
  // told they were too quick need not wait again.
  const tokens = formTokens(context, id, started.kind === "invalid" ? now : started.issuedAt);

  if (!context.allowPublicPost()) {
    return refused({ form: { key: "feedback:errors.tooManyTries" } }, values, tokens, 429, { "Retry-After": "60" });
  }

  try {
    const partnership = await requirePartnership(context.db, partnershipSlug(request, form));
    const parsed = parseFeedback(values, partnership.areas);
    const errors: FeedbackErrors = parsed.kind === "invalid" ? { ...parsed.errors } : {};
    if (values.honeypot !== "") errors.honeypot = { key: "feedback:errors.honeypot" };
    else if (started.kind !== "ok") errors.form = { key: "feedback:errors.tooFast" };
    if (parsed.kind === "invalid" || Object.keys(errors).length > 0) return refused(errors, values, tokens, 400);

    const flag = mayDiscloseHarm(parsed.feedback.text);
    await storeFeedback(context.db, { ...parsed.feedback, id, partnershipId: partnership.id, flag });
    if (flag) {
      // Not a redirect: the help is this response's page, so neither the
      // address nor the history says it was shown.
      noteHelpAtOnce(context);
      const help: FeedbackHelp = { contacts: partnership.helpContacts, audience: audienceOf(parsed.feedback.from) };
      return data({ sent: true as const, help, partnership: pagePartnership(partnership) }, { headers: NO_STORE });
    }
    const query = partnershipSlug(request, form) ? `?p=${encodeURIComponent(partnership.slug)}` : "";
    return redirect(`${FEEDBACK_SENT_PATH}${query}`, { headers: NO_STORE });
  } catch (error) {
    if (error instanceof Response || !isDatabaseUnavailable(error)) throw error;
    logDatabaseUnavailable(error);
    return refused({ form: { key: "feedback:errors.couldNotSave" } }, values, tokens, 503);
  }
}

export async function loadSentPage(context: AppLoadContext, request: Request) {
  const partnership = await pagePartnershipOf(context, request);
  return data({ partnership: pagePartnership(partnership), contacts: partnership.helpContacts });
}
