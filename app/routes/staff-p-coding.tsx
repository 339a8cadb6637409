import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigate } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { CodePicker, useHydrated } from "~/components/coding/code-picker";
import { Highlighted } from "~/components/coding/highlight";
import type { PageHandle } from "~/components/page";
import { CsrfField } from "~/components/workspace/fields";
import { WorkspaceShell } from "~/components/workspace/shell";
import { refused } from "~/modules/coding/access.server";
import { decide, loadCodingScreen } from "~/modules/coding/codings.server";
import { screenHref, screenQuery } from "~/modules/coding/screen-query";
import { loaderAndActionHeaders } from "~/modules/http/page-headers";
import { textField } from "~/modules/workspace/form";
import { workspaceHref } from "~/modules/workspace/pages";
import { notFound, readWorkspaceForm, requireWorkspacePage, staffData, workspaceBasics, workspaceRedirect } from "~/modules/workspace/workspace.server";

// /staff/p/:partnership/coding: one redacted text at a time, its suggested
// codes with why, Accept / Reject / Add a code, by keyboard. Plain forms that
// work before hydration; shortcuts once hydrated. ?sample=<id> codes a blind
// sample (other analysts' decisions hidden).

export const handle: PageHandle = {
  pageTitle: ({ t }) => (t as TFunction<["common", "coding"]>)("coding:screen.title"),
};

export const headers = loaderAndActionHeaders;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  const access = await requireWorkspacePage(context, request, params.partnership, "coding");
  const query = screenQuery(new URL(request.url));
  const screen = await loadCodingScreen(context.db, { partnershipId: access.partnership.id, coderId: access.user.id, query });
  if (!screen) notFound();
  return staffData({ ...workspaceBasics(context, access), query, screen });
}

const INTENTS = ["accept", "reject", "add", "clear"] as const;

export async function action({ context, request, params }: ActionFunctionArgs) {
  const { access, form } = await readWorkspaceForm(context, request, params.partnership, "coding");
  const intent = textField(form, "intent");
  if (!(INTENTS as readonly string[]).includes(intent)) return refused("coding:errors.unknown");
  const result = await decide(context.db, {
    partnershipId: access.partnership.id,
    coderId: access.user.id,
    itemId: textField(form, "item"),
    codeId: textField(form, "code"),
    intent: intent as (typeof INTENTS)[number],
  });
  if (result === "code_missing") return refused("coding:errors.chooseCode");
  if (result === "not_found") return refused("coding:errors.unknown");
  // Back to the same text, with the same filters.
  const base = workspaceHref(access.partnership.slug, "coding");
  return workspaceRedirect(
    screenHref(base, {
      sampleId: textField(form, "sample") || null,
      surveyId: textField(form, "survey") || null,
      onlyUncoded: textField(form, "todo") === "1",
      itemId: textField(form, "item"),
    }),
  );
}

/** Hidden fields that keep the screen's filters and the text through a post. */
function Keep({ query, itemId }: { query: { sampleId: string | null; surveyId: string | null; onlyUncoded: boolean }; itemId: string }) {
  return (
    <>
      <input type="hidden" name="item" value={itemId} />
      {query.sampleId ? <input type="hidden" name="sample" value={query.sampleId} /> : null}
      {query.surveyId ? <input type="hidden" name="survey" value={query.surveyId} /> : null}
      {query.onlyUncoded ? <input type="hidden" name="todo" value="1" /> : null}
    </>
  );
}

const isTyping = (el: Element | null) =>
  !!el && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el as HTMLElement).isContentEditable);

export default function CodingScreen() {
  const { partnership, csrf, query, screen } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const { t, i18n } = useTranslation(["coding", "admin", "common"]);
  const navigate = useNavigate();
  const hydrated = useHydrated();
  const [showKeys, setShowKeys] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstItem = useRef<string | null | undefined>(undefined);
  const base = workspaceHref(partnership.slug, "coding");
  const href = (itemId: string | null) => screenHref(base, { ...query, itemId });
  const item = screen.item;
  const date = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: "long", timeZone: "Europe/London" }).format(new Date(iso));

  // Moving to another text: focus its heading, so screen readers start there.
  useEffect(() => {
    if (firstItem.current === undefined) {
      firstItem.current = item?.id ?? null;
      return;
    }
    heading.current?.focus();
  }, [item?.id]);

  // Shortcuts: a accept, r reject (the focused suggestion, or the first not yet decided), j next, k previous, c add a code, ? help.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(document.activeElement)) return;
      const active = document.activeElement;
      const target = () =>
        (active?.closest("[data-suggestion]") as HTMLElement | null) ?? (document.querySelector("[data-suggestion][data-decided='no']") as HTMLElement | null);
      const press = (intent: string) => {
        const button = target()?.querySelector<HTMLButtonElement>(`button[value='${intent}']`);
        if (!button) return false;
        button.focus();
        button.click();
        return true;
      };
      let handled = false;
      if (event.key === "a") handled = press("accept");
      else if (event.key === "r") handled = press("reject");
      else if (event.key === "j" && screen.nextId) {
        navigate(href(screen.nextId));
        handled = true;
      } else if (event.key === "k" && screen.previousId) {
        navigate(href(screen.previousId));
        handled = true;
      } else if (event.key === "c") {
        document.getElementById("add-code")?.focus();
        handled = true;
      } else if (event.key === "?") {
        setShowKeys((v) => !v);
        handled = true;
      }
      if (handled) event.preventDefault();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  const errorKey = failed && !failed.ok ? failed.error : null;
  const decisionWord = (d: "accepted" | "rejected" | null) => (d === "accepted" ? t("coding:screen.accepted") : d === "rejected" ? t("coding:screen.rejected") : t("coding:screen.undecided"));

  return (
    <WorkspaceShell partnership={partnership} title={screen.sample ? t("coding:screen.sampleTitle", { name: screen.sample.name }) : t("coding:screen.title")}>
      {screen.sample ? (
        <div className="inset-text">
          <p className="body">{t("coding:screen.blind")}</p>
        </div>
      ) : null}
      {errorKey ? (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <h2 className="error-summary__title">{t("common:errors.summaryTitle")}</h2>
          <p className="body">{t(errorKey as "coding:errors.unknown")}</p>
        </div>
      ) : null}

      <Form method="get" className="coding-filters" aria-label={t("coding:screen.filters")}>
        {query.sampleId ? <input type="hidden" name="sample" value={query.sampleId} /> : null}
        {screen.surveys.length > 0 ? (
          <div className="form-group">
            <label className="label" htmlFor="survey">
              {t("coding:screen.survey")}
            </label>
            <select className="select" id="survey" name="survey" defaultValue={query.surveyId ?? ""}>
              <option value="">{t("coding:screen.allSurveys")}</option>
              {screen.surveys.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="form-group">
          <div className="checkboxes__item">
            <input className="checkboxes__input" id="todo" name="todo" type="checkbox" value="1" defaultChecked={query.onlyUncoded} />
            <label className="label checkboxes__label" htmlFor="todo">
              {t("coding:screen.onlyUncoded")}
            </label>
          </div>
        </div>
        <button type="submit" className="button button--secondary">
          {t("coding:screen.show")}
        </button>
      </Form>

      <p className="body coding-progress" data-progress="">
        {t("coding:screen.progress", { coded: screen.coded, total: screen.total })}
      </p>

      {!item ? (
        <p className="body">{screen.total === 0 ? t("coding:screen.noTexts") : t("coding:screen.allCoded")}</p>
      ) : (
        <>
          <section className="coding-text" aria-labelledby="text-heading">
            <h2 className="heading-m" id="text-heading" tabIndex={-1} ref={heading}>
              {screen.position
                ? t("coding:screen.textOf", { position: screen.position, count: screen.inView })
                : t("coding:screen.textOutOfView")}
            </h2>
            <dl className="summary-list coding-text__facts">
              <div className="summary-list__row">
                <dt className="summary-list__key">{item.feedback ? t("coding:screen.from") : t("coding:screen.question")}</dt>
                <dd className="summary-list__value">{item.feedback ? t("coding:screen.feedback") : (item.question ?? "")}</dd>
              </div>
              {item.surveyTitle ? (
                <div className="summary-list__row">
                  <dt className="summary-list__key">{t("coding:screen.survey")}</dt>
                  <dd className="summary-list__value">{item.surveyTitle}</dd>
                </div>
              ) : null}
              <div className="summary-list__row">
                <dt className="summary-list__key">{t("coding:screen.received")}</dt>
                <dd className="summary-list__value">{date(item.receivedOn)}</dd>
              </div>
            </dl>
            <blockquote className="coding-text__words" data-text="">
              <p>
                <Highlighted text={item.redacted} phrases={screen.suggestions.flatMap((s) => s.phrases)} />
              </p>
            </blockquote>
          </section>

          <h2 className="heading-m">{t("coding:screen.suggested")}</h2>
          {screen.suggestions.length === 0 ? (
            <p className="body">{t("coding:screen.noSuggestions")}</p>
          ) : (
            <ul className="suggestion-list">
              {screen.suggestions.map((s) => (
                <li key={s.codeId} className="suggestion" data-suggestion={s.code} data-decided={s.decision ? "yes" : "no"}>
                  <h3 className="heading-s suggestion__label" id={`suggestion-${s.code}`}>
                    {s.label}
                  </h3>
                  <p className="body suggestion__decision">
                    <strong className={`tag${s.decision === "accepted" ? " tag--green" : s.decision === "rejected" ? " tag--grey" : ""}`}>
                      {decisionWord(s.decision)}
                    </strong>
                  </p>
                  {s.phrases.length > 0 ? (
                    <p className="body suggestion__reason">
                      {t("coding:screen.because")} {s.phrases.map((p) => `“${p}”`).join(", ")}
                    </p>
                  ) : null}
                  {s.similar.length > 0 ? (
                    <div className="suggestion__similar">
                      <p className="body">{t("coding:screen.similar")}</p>
                      <ul className="list list--bullet">
                        {s.similar.map((similar) => (
                          <li key={similar.id}>{similar.excerpt}</li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                  <Form method="post" className="button-group suggestion__actions">
                    <CsrfField token={csrf} />
                    <Keep query={query} itemId={item.id} />
                    <input type="hidden" name="code" value={s.codeId} />
                    <button type="submit" className="button" name="intent" value="accept" aria-describedby={`suggestion-${s.code}`} aria-pressed={s.decision === "accepted"}>
                      {t("coding:screen.accept")}
                    </button>
                    <button
                      type="submit"
                      className="button button--secondary"
                      name="intent"
                      value="reject"
                      aria-describedby={`suggestion-${s.code}`}
                      aria-pressed={s.decision === "rejected"}
                    >
                      {t("coding:screen.reject")}
                    </button>
                  </Form>
                </li>
              ))}
            </ul>
          )}

          {screen.added.length > 0 ? (
            <>
              <h2 className="heading-m">{t("coding:screen.added")}</h2>
              <ul className="suggestion-list">
                {screen.added.map((a) => (
                  <li key={a.codeId} className="suggestion" data-added={a.code}>
                    <h3 className="heading-s" id={`added-${a.code}`}>
                      {a.label}
                    </h3>
                    <Form method="post" className="button-group">
                      <CsrfField token={csrf} />
                      <Keep query={query} itemId={item.id} />
                      <input type="hidden" name="code" value={a.codeId} />
                      <button type="submit" className="button button--secondary" name="intent" value="clear" aria-describedby={`added-${a.code}`}>
                        {t("coding:screen.remove")}
                      </button>
                    </Form>
                  </li>
                ))}
              </ul>
            </>
          ) : null}

          <Form method="post" className="coding-add">
            <CsrfField token={csrf} />
            <Keep query={query} itemId={item.id} />
            <CodePicker
              id="add-code"
              name="code"
              label={t("coding:screen.addLabel")}
              hint={t("coding:screen.addHint")}
              placeholder={t("coding:screen.choose")}
              showAll={t("coding:screen.showAllCodes")}
              codes={screen.codebook}
            />
            <button type="submit" className="button button--secondary" name="intent" value="add">
              {t("coding:screen.add")}
            </button>
          </Form>

          {screen.othersAccepted && screen.othersAccepted.length > 0 ? (
            <p className="body" data-others="">
              {t("coding:screen.others", { codes: screen.othersAccepted.map((o) => o.label).join(", ") })}
            </p>
          ) : null}

          <nav className="coding-nav button-group" aria-label={t("coding:screen.navigation")}>
            {screen.previousId ? (
              <Link className="link" to={href(screen.previousId)} rel="prev">
                {t("coding:screen.previous")}
              </Link>
            ) : null}
            {screen.nextId ? (
              <Link className="link" to={href(screen.nextId)} rel="next">
                {t("coding:screen.next")}
              </Link>
            ) : null}
          </nav>
        </>
      )}

      {hydrated ? (
        <details className="details" open={showKeys} onToggle={(e) => setShowKeys((e.target as HTMLDetailsElement).open)} data-shortcuts="">
          <summary>{t("coding:screen.shortcuts")}</summary>
          <dl className="shortcut-list">
            {(["a", "r", "j", "k", "c", "?"] as const).map((key) => (
              <div key={key} className="shortcut-list__row">
                <dt>
                  <kbd>{key}</kbd>
                </dt>
                <dd>{t(`coding:screen.keys.${key === "?" ? "help" : key}`)}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}

      <p className="body">
        <Link className="link" to={workspaceHref(partnership.slug, "codebook")}>
          {t("coding:screen.toCodebook")}
        </Link>
      </p>
    </WorkspaceShell>
  );
}
