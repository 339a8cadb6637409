import { data, redirect, type AppLoadContext } from "@remix-run/node";
import type { AnswerValue, HelpContacts } from "#db/schema/index.ts";
import type { Question, SurveyDefinition } from "~/modules/survey/definition";
import { definitionOfVersion, findOpenSurvey, type PublishedSurvey } from "~/modules/survey/surveys.server";
import {
  AGREEMENT_FIELD,
  firstStep,
  forAgeBand,
  formValuesOf,
  knownAgeBand,
  parseAnswer,
  postedPageValues,
  sectionPosition,
  stepAfter,
  stepBefore,
  typedTextOf,
  visibleQuestions,
  type AnswerError,
  type Answers,
  type FieldError,
  type Step,
} from "./journey";
import { mayDiscloseHarm } from "~/modules/safeguarding/disclosure";
import { noteHelpAtOnce, showsHelpAtOnce } from "~/modules/safeguarding/triage.server";
import { signpostsFor } from "./signposts.server";
import { databaseUnavailablePage, unlessDatabaseUnavailable } from "~/modules/db/errors";
import { readForm } from "~/modules/http/form.server";
import { beforeYouStartPath } from "~/modules/safety/paths";
import { surveyPath } from "./paths";
import { rememberResponse, rememberedResponseId } from "./respondent-cookie.server";
import { loadResponse, saveAnswer, startResponse, submitResponse, type LoadedResponse } from "./responses.server";
import { findOpenLink } from "~/modules/links/links.server";
import { LINK_FIELD, LINK_PARAM } from "~/modules/links/paths";

// The respondent's journey, the GOV.UK way: start page, one question a page,
// check your answers, confirmation. Every page saves on the server, against
// the response id kept in the respondent's cookie.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** Answer pages must not be kept by the browser or anything in between. */
export const NO_STORE = { "Cache-Control": "no-store" } as const;

async function requireOpenSurvey(context: AppLoadContext, slug: string | undefined): Promise<PublishedSurvey> {
  const survey = slug ? await findOpenSurvey(context.db, slug) : null;
  if (!survey) throw data(null, { status: 404, headers: NO_STORE });
  return survey;
}

interface ActiveResponse {
  survey: PublishedSurvey;
  response: LoadedResponse;
  /** The version this response answers: it may be older than the survey's newest. */
  definition: SurveyDefinition;
}

/**
 * The response this browser is filling in. Without one, the person goes to
 * the start page; once sent, every page leads to the same confirmation.
 */
async function requireActiveResponse(
  context: AppLoadContext,
  request: Request,
  slug: string | undefined,
  { allowSubmitted = false } = {},
): Promise<ActiveResponse> {
  const survey = await requireOpenSurvey(context, slug);
  const responseId = await rememberedResponseId(context, request, survey.surveyId);
  const response = responseId ? await loadResponse(context.db, responseId) : null;
  // A response ended by "Exit this page" is as good as none: a replayed cookie gets the start page.
  if (!response || response.endedByExit || response.surveyId !== survey.surveyId) {
    throw redirect(surveyPath(survey.slug), { headers: NO_STORE });
  }
  if (response.status === "submitted" && !allowSubmitted) throw redirect(surveyPath(survey.slug, "done"), { headers: NO_STORE });
  const whole =
    response.surveyVersionId === survey.versionId
      ? survey.definition
      : await definitionOfVersion(context.db, response.surveyVersionId);
  if (!whole) throw new Error(`survey version ${response.surveyVersionId} is missing`);
  // The journey walks only the questions of the person's age band.
  return { survey, response, definition: forAgeBand(whole, response.ageBand) };
}

/** A problem with the whole form, not one field: the person keeps what they typed and can try again. */
function formProblem(key: "errors.couldNotSave" | "errors.tooManyTries", values: string[] = []) {
  const errors: QuestionErrors & CheckErrors = { form: { key } };
  const tooMany = key === "errors.tooManyTries";
  return data(
    { errors, values },
    { status: tooMany ? 429 : 503, headers: tooMany ? { ...NO_STORE, "Retry-After": "60" } : NO_STORE },
  );
}
const couldNotSave = (values?: string[]) => formProblem("errors.couldNotSave", values);
const tooManyTries = (values?: string[]) => formProblem("errors.tooManyTries", values);

// ---- Start page ------------------------------------------------------------

/** The start page's own problem: no age band chosen (the page says "Choose how old you are"). */
export type StartErrors = { ageBand?: "choose"; form?: FieldError };

export async function loadStartPage(context: AppLoadContext, request: Request, slug: string | undefined) {
  // Without the survey there is no page to show: "try again in a minute".
  return unlessDatabaseUnavailable(() => startPageData(context, request, slug), databaseUnavailablePage);
}

async function startPageData(context: AppLoadContext, request: Request, slug: string | undefined) {
  const survey = await requireOpenSurvey(context, slug);
  const responseId = await rememberedResponseId(context, request, survey.surveyId);
  const existing = responseId
    ? await unlessDatabaseUnavailable(() => loadResponse(context.db, responseId), () => null)
    : null;
  const continuing = existing?.status === "in_progress" && !existing.endedByExit;
  // Came through a school or setting link (/l/<code>): "Start now" carries its code back. Any other code is ignored.
  const link = await unlessDatabaseUnavailable(
    () => findOpenLink(context.db, new URL(request.url).searchParams.get(LINK_PARAM), survey.surveyId),
    () => null,
  );
  return data(
    {
      slug: survey.slug,
      // Only what the page shows: loader data is encoded on every request.
      title: survey.definition.title,
      summary: survey.definition.summary,
      minutes: survey.definition.minutes,
      partnership: survey.partnership,
      audience: survey.audience,
      continuing,
      // "How old are you?" before Start now, when the survey has versions for age bands.
      ageBands: continuing ? [] : (survey.definition.ageBands ?? []),
      easyRead: survey.definition.easyRead ?? null,
      // Made now, sent with "Start now": a double click starts one response, not two.
      responseId: continuing ? existing.id : crypto.randomUUID(),
      link: link?.code ?? null,
    },
    { headers: NO_STORE },
  );
}

export async function beginResponse(context: AppLoadContext, request: Request, slug: string | undefined) {
  const form = await readForm(request);
  if (!context.allowPublicPost()) return tooManyTries();
  return unlessDatabaseUnavailable(() => beginResponseWith(context, request, slug, form), () => couldNotSave());
}

async function beginResponseWith(context: AppLoadContext, request: Request, slug: string | undefined, form: FormData) {
  const survey = await requireOpenSurvey(context, slug);
  const rememberedId = await rememberedResponseId(context, request, survey.surveyId);
  const remembered = rememberedId ? await loadResponse(context.db, rememberedId) : null;

  let response: LoadedResponse;
  const continuing = remembered?.status === "in_progress" && !remembered.endedByExit && remembered.surveyId === survey.surveyId;
  if (continuing) {
    response = remembered;
  } else {
    // A survey with age bands starts only once the person has said which is theirs.
    const ageBand = knownAgeBand(survey.definition, form.get("ageBand")?.toString());
    if (survey.definition.ageBands && !ageBand) {
      const errors: StartErrors = { ageBand: "choose" };
      return data({ errors, values: [] as string[] }, { status: 400, headers: NO_STORE });
    }
    const posted = String(form.get("response") ?? "");
    const candidate = UUID.test(posted) ? posted.toLowerCase() : crypto.randomUUID();
    // Through an open link for this survey: the response records the setting (never the person).
    const link = await findOpenLink(context.db, String(form.get(LINK_FIELD) ?? ""), survey.surveyId);
    const via = link ? { channel: "school_link" as const, settingId: link.id } : {};
    response = await startResponse(context.db, { responseId: candidate, survey, ageBand, ...via });
    // An old start page (from history) carries an id already used: start afresh.
    if (response.status !== "in_progress" || response.endedByExit || response.surveyId !== survey.surveyId) {
      response = await startResponse(context.db, { responseId: crypto.randomUUID(), survey, ageBand, ...via });
    }
  }
  const whole = (await definitionOfVersion(context.db, response.surveyVersionId)) ?? survey.definition;
  const definition = forAgeBand(whole, response.ageBand);
  const next = surveyPath(survey.slug, firstStep(definition, response.answers));
  // A new response first meets "Exit this page" on the interruption page; carrying on goes straight back.
  return redirect(continuing ? next : beforeYouStartPath(next, survey.partnership.slug), {
    headers: { ...NO_STORE, "Set-Cookie": await rememberResponse(context, request, survey.surveyId, response.id) },
  });
}

// ---- Question pages ----------------------------------------------------------

function requireVisibleQuestion(active: ActiveResponse, questionId: string | undefined): Question {
  const question = active.definition.questions.find((q) => q.id === questionId);
  if (!question) throw data(null, { status: 404, headers: NO_STORE });
  const visible = visibleQuestions(active.definition, active.response.answers);
  if (!visible.some((q) => q.id === question.id)) {
    // Skip logic hides this question now: carry on from where the person is.
    throw redirect(surveyPath(active.survey.slug, { kind: "check" }), { headers: NO_STORE });
  }
  return question;
}

function isChangeMode(request: Request): boolean {
  return new URL(request.url).searchParams.get("change") === "1";
}

/**
 * Is this the first sensitive question the person meets? Its page says, before
 * the question, that answers are anonymous, so nobody can come and help from
 * them, and where to get help now.
 */
function isFirstSensitive(definition: SurveyDefinition, answers: Answers, question: Question): boolean {
  return !!question.sensitive && visibleQuestions(definition, answers).find((q) => q.sensitive)?.id === question.id;
}

function questionPageData(
  context: AppLoadContext,
  active: ActiveResponse,
  question: Question,
  changing: boolean,
  values: string[],
) {
  const back = changing
    ? surveyPath(active.survey.slug, { kind: "check" })
    : surveyPath(active.survey.slug, stepBefore(active.definition, active.response.answers, question.id));
  return {
    slug: active.survey.slug,
    responseId: active.response.id,
    question,
    values,
    back,
    changing,
    unavailable: false,
    forAdults: active.survey.audience === "parents" || active.survey.audience === "professionals",
    beforeSensitive: isFirstSensitive(active.definition, active.response.answers, question),
    // "Section 2 of 5" on a draft-text section's page.
    section: question.type === "draft_text" ? sectionPosition(active.definition, active.response.answers, question.id) : null,
    // This request's action showed help at once (the page title follows it).
    helpAtOnce: showsHelpAtOnce(context),
  };
}

export async function loadQuestionPage(
  context: AppLoadContext,
  request: Request,
  slug: string | undefined,
  questionId: string | undefined,
) {
  return unlessDatabaseUnavailable(
    async () => {
      const active = await requireActiveResponse(context, request, slug);
      const question = requireVisibleQuestion(active, questionId);
      return data(
        questionPageData(context, active, question, isChangeMode(request), formValuesOf(active.response.answers[question.id])),
        { headers: NO_STORE },
      );
    },
    // Without the survey as last seen too, the page says "try again in a minute".
    () => questionPageWithoutDatabase(context, request, slug, questionId),
  );
}

/**
 * The question as the survey defines it, without the person's saved answers:
 * they can still read and answer it, and try to save again.
 */
async function questionPageWithoutDatabase(
  context: AppLoadContext,
  request: Request,
  slug: string | undefined,
  questionId: string | undefined,
) {
  const survey = await requireOpenSurvey(context, slug);
  const responseId = await rememberedResponseId(context, request, survey.surveyId);
  if (!responseId) throw redirect(surveyPath(survey.slug), { headers: NO_STORE });
  const question = survey.definition.questions.find((q) => q.id === questionId);
  if (!question) throw data(null, { status: 404, headers: NO_STORE });
  const changing = isChangeMode(request);
  const back = changing
    ? surveyPath(survey.slug, { kind: "check" })
    : surveyPath(survey.slug, stepBefore(survey.definition, {}, question.id));
  return data(
    {
      slug: survey.slug,
      responseId,
      question,
      values: [] as string[],
      back,
      changing,
      unavailable: true,
      forAdults: survey.audience === "parents" || survey.audience === "professionals",
      beforeSensitive: isFirstSensitive(survey.definition, {}, question),
      section: question.type === "draft_text" ? sectionPosition(survey.definition, {}, question.id) : null,
      helpAtOnce: false,
    },
    { status: 503, headers: NO_STORE },
  );
}

/** `agreement`: a draft-text section's "Do you agree with this section?". */
export type QuestionErrors = { answer?: AnswerError; agreement?: AnswerError; form?: FieldError };

export async function answerQuestion(
  context: AppLoadContext,
  request: Request,
  slug: string | undefined,
  questionId: string | undefined,
) {
  const form = await readForm(request);
  const submitted = form.getAll("answer").map(String);
  // A draft-text section also sends how far the person agrees with it.
  const agreement = form.getAll(AGREEMENT_FIELD).map(String);
  const pageValues = postedPageValues(submitted, agreement);
  if (!context.allowPublicPost()) return tooManyTries(pageValues);
  return unlessDatabaseUnavailable(
    () => answerQuestionWith(context, request, slug, questionId, form, submitted, agreement),
    () => couldNotSave(pageValues),
  );
}

async function answerQuestionWith(
  context: AppLoadContext,
  request: Request,
  slug: string | undefined,
  questionId: string | undefined,
  form: FormData,
  submitted: string[],
  agreement: string[],
) {
  const active = await requireActiveResponse(context, request, slug);
  const question = requireVisibleQuestion(active, questionId);
  const changing = isChangeMode(request);

  // The page carries the response id it was made for: a tab left open from an
  // earlier response must not write into this one.
  if (form.get("response") !== active.response.id) {
    const errors: QuestionErrors = { form: { key: "errors.outOfDate" } };
    return data({ errors, values: postedPageValues(submitted, agreement) }, { status: 409, headers: NO_STORE });
  }

  const parsed = parseAnswer(question, submitted, agreement);
  if (parsed.kind === "invalid") {
    const errors: QuestionErrors = parsed.field === "agreement" ? { agreement: parsed.error } : { answer: parsed.error };
    return data({ errors, values: parsed.kept }, { status: 400, headers: NO_STORE });
  }
  const value: AnswerValue | null = parsed.kind === "answer" ? parsed.value : null;

  // Typed text (free text, or what to change in a draft section) that may disclose harm:
  // flagged for triage with the answer, and help shown at once.
  const typed = typedTextOf(value);
  const mayDisclose = typed !== undefined && mayDiscloseHarm(typed);
  const outcome = await saveAnswer(context.db, active.response.id, question.id, value, {
    flagForTriage: mayDisclose ? { partnershipId: active.survey.partnership.id } : undefined,
  });
  if (outcome === "already_submitted") return redirect(surveyPath(active.survey.slug, "done"), { headers: NO_STORE });
  if (outcome === "not_found") return redirect(surveyPath(active.survey.slug), { headers: NO_STORE });

  const answers = { ...active.response.answers };
  if (value) answers[question.id] = value;
  else delete answers[question.id];
  const next: Step = changing ? { kind: "check" } : stepAfter(active.definition, answers, question.id);
  if (mayDisclose) {
    // Not a redirect: the help is this response's page, so neither the address
    // nor the history says it was shown. "Carry on" goes where the redirect would have.
    noteHelpAtOnce(context);
    const helpAtOnce: HelpAtOnceData = {
      contacts: active.survey.partnership.helpContacts,
      forAdults: active.survey.audience === "parents" || active.survey.audience === "professionals",
      carryOn: surveyPath(active.survey.slug, next),
    };
    return data({ helpAtOnce }, { headers: NO_STORE });
  }
  return redirect(surveyPath(active.survey.slug, next), { headers: NO_STORE });
}

export interface HelpAtOnceData {
  contacts: HelpContacts;
  forAdults: boolean;
  /** Where "Carry on" leads: the next step of the survey. */
  carryOn: string;
}

// ---- Check your answers --------------------------------------------------------

function checkPageData(active: ActiveResponse) {
  const rows = visibleQuestions(active.definition, active.response.answers).map((question) => ({
    question,
    answer: active.response.answers[question.id] ?? null,
  }));
  const lastQuestion = rows.at(-1)?.question;
  return {
    slug: active.survey.slug,
    responseId: active.response.id,
    rows,
    back: lastQuestion ? surveyPath(active.survey.slug, { kind: "question", questionId: lastQuestion.id }) : surveyPath(active.survey.slug),
    unavailable: false,
  };
}

export async function loadCheckPage(context: AppLoadContext, request: Request, slug: string | undefined) {
  return unlessDatabaseUnavailable(
    async () => data(checkPageData(await requireActiveResponse(context, request, slug)), { headers: NO_STORE }),
    () => checkPageWithoutDatabase(context, request, slug),
  );
}

/** The check page without the answers (the survey as last seen): the person can still try to send them. */
async function checkPageWithoutDatabase(context: AppLoadContext, request: Request, slug: string | undefined) {
  const survey = await requireOpenSurvey(context, slug);
  const responseId = await rememberedResponseId(context, request, survey.surveyId);
  if (!responseId) throw redirect(surveyPath(survey.slug), { headers: NO_STORE });
  const rows: ReturnType<typeof checkPageData>["rows"] = [];
  return data(
    { slug: survey.slug, responseId, rows, back: surveyPath(survey.slug), unavailable: true },
    { status: 503, headers: NO_STORE },
  );
}

export type CheckErrors = Record<string, FieldError>;

export async function sendResponse(context: AppLoadContext, request: Request, slug: string | undefined) {
  const form = await readForm(request);
  if (!context.allowPublicPost()) return tooManyTries();
  return unlessDatabaseUnavailable(() => sendResponseWith(context, request, slug, form), () => couldNotSave());
}

async function sendResponseWith(context: AppLoadContext, request: Request, slug: string | undefined, form: FormData) {
  const active = await requireActiveResponse(context, request, slug, { allowSubmitted: true });
  if (form.get("response") !== active.response.id) {
    const errors: CheckErrors = { form: { key: "errors.outOfDate" } };
    return data({ errors }, { status: 409, headers: NO_STORE });
  }
  const result = await submitResponse(context.db, active.response.id);
  switch (result.outcome) {
    case "submitted":
    case "already_submitted":
      return redirect(surveyPath(active.survey.slug, "done"), { headers: NO_STORE });
    case "not_found":
      return redirect(surveyPath(active.survey.slug), { headers: NO_STORE });
    case "incomplete": {
      const errors: CheckErrors = Object.fromEntries(
        result.missingQuestionIds.map((id) => [id, { key: "errors.answerRequired" } satisfies FieldError]),
      );
      return data({ errors }, { status: 400, headers: NO_STORE });
    }
  }
}

// ---- Confirmation ----------------------------------------------------------------

export async function loadDonePage(context: AppLoadContext, request: Request, slug: string | undefined) {
  // Without the database nobody can say whether the answers went, whichever
  // query it stops answering: the page says to try again in a minute.
  const page = await unlessDatabaseUnavailable(
    async () => {
      const active = await requireActiveResponse(context, request, slug, { allowSubmitted: true });
      if (active.response.status !== "submitted") {
        throw redirect(surveyPath(active.survey.slug, { kind: "check" }), { headers: NO_STORE });
      }
      // Shows no answers: the next person to pick up this device must not see them.
      // The help that fits them is worked out now from the stored answers, and
      // nothing about which help was shown is kept.
      const signposts = await signpostsFor(
        context.db,
        active.survey.partnership.id,
        active.definition,
        visibleAnswers(active.definition, active.response.answers),
      );
      return { slug: active.survey.slug, partnership: active.survey.partnership, audience: active.survey.audience, signposts };
    },
    databaseUnavailablePage,
  );
  return data(page, { headers: NO_STORE });
}

/** Answers to the questions the person was asked (a sent response keeps only those anyway). */
function visibleAnswers(definition: SurveyDefinition, answers: Answers): Answers {
  const visible = new Set(visibleQuestions(definition, answers).map((q) => q.id));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => visible.has(id)));
}
