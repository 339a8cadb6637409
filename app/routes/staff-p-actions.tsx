import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorSummary } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { RadiosField, SelectField } from "~/components/strategy/select-field";
import { CsrfField, TextInput } from "~/components/workspace/fields";
import { SuccessBanner, WorkspaceShell } from "~/components/workspace/shell";
import { formatDay } from "~/modules/help/format";
import { loaderAndActionHeaders } from "~/modules/http/page-headers";
import { languageNames } from "~/modules/i18n/languages";
import { ACTION_STATUSES, TEXT_FIELDS, TRANSLATION_LANGUAGES, type EntryValues, type TextField } from "~/modules/you-said/entries";
import { actionsAction, loadActionsPage } from "~/modules/you-said/page.server";
import { youSaidPath } from "~/modules/you-said/paths";
import { workspaceHref } from "~/modules/workspace/pages";

// /staff/p/:partnership/actions: "You said, we did". Record what a group heard
// about a theme and what it did or will do, in words for children and for
// adults, in English and other languages; publish it to the public pages.

export const handle: PageHandle = {
  pageTitle: ({ t }) => (t as TFunction<["common", "strategy"]>)("strategy:actions.title"),
};

export const headers = loaderAndActionHeaders;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  return loadActionsPage(context, request, params.partnership);
}

export async function action({ context, request, params }: ActionFunctionArgs) {
  return actionsAction(context, request, params.partnership);
}

const EMPTY: EntryValues = {
  groupId: "",
  codeId: "",
  surveyId: "",
  status: "planned",
  actionOn: "",
  heardForChildren: "",
  didForChildren: "",
  heardForAdults: "",
  didForAdults: "",
};

export default function ActionsPage() {
  const { partnership, csrf, groups, groupNames, entries, surveys, creating, editing, language, done } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation(["strategy", "admin", "common"]);
  const text = (key: string | undefined) => (key ? (t as unknown as (k: string) => string)(key) : undefined);
  const page = workspaceHref(partnership.slug, "actions");

  const entryFailure = result && "errors" in result && (result.intent === "create" || result.intent === "save") ? result : null;
  const translationFailure = result && "errors" in result && result.intent === "translate" ? result : null;
  const refusedError = result && "error" in result ? result.error : null;
  const summary = [
    ...(entryFailure
      ? Object.entries(entryFailure.errors as Record<string, string | undefined>)
          .filter(([, key]) => key)
          .map(([field, key]) => ({ href: `#entry-${field}`, text: text(key)! }))
      : []),
    ...(translationFailure
      ? Object.entries(translationFailure.errors as Record<string, string | undefined>)
          .filter(([, key]) => key)
          .map(([field, key]) => ({ href: `#tr-${field}`, text: text(key)! }))
      : []),
  ];
  const showCreate = creating || entryFailure?.intent === "create";
  const editValues: EntryValues | null = editing
    ? {
        groupId: editing.groupId,
        codeId: editing.codeId ?? "",
        surveyId: editing.surveyId ?? "",
        status: editing.status,
        actionOn: editing.actionOn ?? "",
        ...(Object.fromEntries(TEXT_FIELDS.map((f) => [f, editing.texts.find((x) => x.language === "en")?.[f] ?? ""])) as Record<TextField, string>),
      }
    : null;
  const surveyTitle = new Map(surveys.map((s) => [s.id, s.title]));

  return (
    <WorkspaceShell partnership={partnership} title={t("strategy:actions.title")}>
      <ErrorSummary items={summary} />
      {refusedError ? <p className="body">{text(refusedError)}</p> : null}
      {done ? <SuccessBanner>{t(`strategy:actions.done.${done}`)}</SuccessBanner> : null}
      <p className="body">{t("strategy:actions.intro")}</p>
      <p className="body">
        <a className="link" href={youSaidPath(partnership.slug)}>
          {t("strategy:actions.publicPage")}
        </a>
      </p>

      {editing && editValues ? (
        <section aria-labelledby="entry-heading">
          <h2 className="heading-m" id="entry-heading">
            {t("strategy:actions.editHeading", { group: groupNames[editing.groupId] ?? "" })}
          </h2>
          <p className="body" data-entry-state={editing.published ? "published" : "draft"}>
            <strong className={`tag${editing.published ? "" : " tag--grey"}`}>
              {editing.published ? t("strategy:actions.published") : t("strategy:actions.draft")}
            </strong>
          </p>
          {editing.writable ? (
            <>
              <Form method="post">
                <CsrfField token={csrf} />
                <input type="hidden" name="entryId" value={editing.id} />
                <p className="body">{editing.published ? t("strategy:actions.publishedHint") : t("strategy:actions.draftHint")}</p>
                <Button name="intent" value={editing.published ? "unpublish" : "publish"} className={editing.published ? "button--secondary" : undefined}>
                  {editing.published ? t("strategy:actions.unpublish") : t("strategy:actions.publish")}
                </Button>
              </Form>
              <EntryForm
                intent="save"
                entryId={editing.id}
                csrf={csrf}
                groups={groups}
                surveys={surveys}
                values={entryFailure?.intent === "save" ? entryFailure.values : editValues}
                errors={entryFailure?.intent === "save" ? entryFailure.errors : {}}
              />
              <TranslationSection
                csrf={csrf}
                entryId={editing.id}
                page={page}
                texts={editing.texts}
                language={translationFailure?.values.language ?? language}
                values={translationFailure?.values ?? null}
                errors={translationFailure?.errors ?? {}}
              />
            </>
          ) : (
            <p className="inset-text">{t("strategy:actions.notYours")}</p>
          )}
          <p className="body">
            <Link className="link" to={page}>
              {t("strategy:actions.backToList")}
            </Link>
          </p>
        </section>
      ) : null}

      {!editing ? (
        <>
          <h2 className="heading-m">{t("strategy:actions.listHeading")}</h2>
          {entries.length === 0 ? (
            <p className="body">{t("strategy:actions.none")}</p>
          ) : (
            <table className="table" data-table="entries">
              <caption className="visually-hidden">{t("strategy:actions.listHeading")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("strategy:actions.heard")}</th>
                  <th scope="col">{t("strategy:actions.status")}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={e.id} data-entry={e.id}>
                    <th scope="row">
                      <Link className="link" to={`${page}?edit=${e.id}`}>
                        {e.heard || t("strategy:actions.untitled")}
                      </Link>
                      <span className="hint you-said-row__facts">
                        <span>{t("strategy:actions.groupNamed", { group: e.groupName })}</span>
                        {e.codeLabel ? <span>{t("strategy:actions.theme", { theme: e.codeLabel })}</span> : null}
                        {e.surveyId ? <span>{t("strategy:actions.surveyNamed", { survey: surveyTitle.get(e.surveyId) ?? "" })}</span> : null}
                        <span>
                          {t("strategy:actions.languagesNamed", {
                            languages: e.languages.map((l) => languageNames[l as keyof typeof languageNames] ?? l).join(", "),
                          })}
                        </span>
                      </span>
                    </th>
                    <td>
                      <strong className={`tag${e.published ? "" : " tag--grey"}`}>{e.published ? t("strategy:actions.published") : t("strategy:actions.draft")}</strong>
                      <br />
                      {t(`strategy:status.${e.status}`)}
                      {e.actionOn ? (
                        <>
                          <br />
                          <span className="hint">{formatDay(e.actionOn, "en")}</span>
                        </>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}

          {groups.length === 0 ? (
            <p className="inset-text">{t("strategy:actions.noGroups")}</p>
          ) : showCreate ? (
            <section aria-labelledby="new-heading">
              <h2 className="heading-m" id="new-heading">
                {t("strategy:actions.newHeading")}
              </h2>
              <EntryForm
                intent="create"
                entryId={null}
                csrf={csrf}
                groups={groups}
                surveys={surveys}
                values={entryFailure?.intent === "create" ? entryFailure.values : EMPTY}
                errors={entryFailure?.intent === "create" ? entryFailure.errors : {}}
              />
            </section>
          ) : (
            <p className="body">
              <Link className="button" to={`${page}?new=1#new-heading`}>
                {t("strategy:actions.new")}
              </Link>
            </p>
          )}
        </>
      ) : null}
    </WorkspaceShell>
  );
}

function useText() {
  const { t } = useTranslation(["strategy", "admin", "common"]);
  return { t, text: (key: string | undefined) => (key ? (t as unknown as (k: string) => string)(key) : undefined) };
}

function WordsFields({ prefix, values, errors }: { prefix: string; values: Record<TextField, string>; errors: Partial<Record<string, string>> }) {
  const { t, text } = useText();
  return (
    <>
      <fieldset className="fieldset">
        <legend className="fieldset__legend fieldset__legend--s">{t("strategy:actions.forChildren")}</legend>
        <div className="hint">{t("strategy:actions.forChildrenHint")}</div>
        {(["heardForChildren", "didForChildren"] as const).map((f) => (
          <TextInput key={f} id={`${prefix}${f}`} name={`${prefix === "tr-" ? "tr-" : ""}${f}`} label={t(`strategy:actions.fields.${f}`)} value={values[f]} error={text(errors[f])} multiline dir={prefix === "tr-" ? "auto" : undefined} />
        ))}
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend fieldset__legend--s">{t("strategy:actions.forAdults")}</legend>
        {(["heardForAdults", "didForAdults"] as const).map((f) => (
          <TextInput key={f} id={`${prefix}${f}`} name={`${prefix === "tr-" ? "tr-" : ""}${f}`} label={t(`strategy:actions.fields.${f}`)} value={values[f]} error={text(errors[f])} multiline dir={prefix === "tr-" ? "auto" : undefined} />
        ))}
      </fieldset>
    </>
  );
}

function EntryForm({
  intent,
  entryId,
  csrf,
  groups,
  surveys,
  values,
  errors,
}: {
  intent: "create" | "save";
  entryId: string | null;
  csrf: string;
  groups: { id: string; name: string; codes: { id: string; label: string }[] }[];
  surveys: { id: string; title: string }[];
  values: EntryValues;
  errors: Partial<Record<string, string>>;
}) {
  const { t, text } = useText();
  return (
    <Form method="post" noValidate key={`${intent}-${entryId ?? "new"}`}>
      <CsrfField token={csrf} />
      {entryId ? <input type="hidden" name="entryId" value={entryId} /> : null}
      <SelectField
        id="entry-groupId"
        name="groupId"
        label={t("strategy:actions.fields.group")}
        value={values.groupId}
        error={text(errors.groupId)}
        choices={groups.map((g) => ({ value: g.id, label: g.name }))}
        empty={t("strategy:actions.choose")}
      />
      <SelectField
        id="entry-codeId"
        name="codeId"
        label={t("strategy:actions.fields.theme")}
        hint={t("strategy:actions.themeHint")}
        value={values.codeId}
        error={text(errors.codeId)}
        groups={groups.map((g) => ({ label: g.name, choices: g.codes.map((c) => ({ value: c.id, label: c.label })) }))}
        empty={t("strategy:actions.choose")}
      />
      <SelectField
        id="entry-surveyId"
        name="surveyId"
        label={t("strategy:actions.fields.survey")}
        hint={t("strategy:actions.surveyHint")}
        value={values.surveyId}
        error={text(errors.surveyId)}
        choices={surveys.map((s) => ({ value: s.id, label: s.title }))}
        empty={t("strategy:actions.noSurvey")}
      />
      <RadiosField
        id="entry-status"
        name="status"
        legend={t("strategy:actions.fields.status")}
        value={values.status}
        error={text(errors.status)}
        choices={ACTION_STATUSES.map((s) => ({ value: s, label: t(`strategy:status.${s}`) }))}
      />
      <TextInput
        id="entry-actionOn"
        name="actionOn"
        type="date"
        label={t("strategy:actions.fields.date")}
        hint={t("strategy:actions.dateHint")}
        value={values.actionOn}
        error={text(errors.actionOn)}
      />
      <h3 className="heading-s">{t("strategy:actions.englishHeading")}</h3>
      <WordsFields prefix="entry-" values={values} errors={errors} />
      <Button name="intent" value={intent}>
        {intent === "create" ? t("strategy:actions.create") : t("strategy:actions.save")}
      </Button>
    </Form>
  );
}

function TranslationSection({
  csrf,
  entryId,
  page,
  texts,
  language,
  values,
  errors,
}: {
  csrf: string;
  entryId: string;
  page: string;
  texts: ({ language: string } & Record<TextField, string>)[];
  language: string | null;
  values: ({ language: string } & Record<TextField, string>) | null;
  errors: Partial<Record<string, string>>;
}) {
  const { t, text } = useText();
  const existing = texts.find((x) => x.language === language);
  const shown = values ?? existing ?? { language: language ?? "", heardForChildren: "", didForChildren: "", heardForAdults: "", didForAdults: "" };
  const translated = texts.filter((x) => x.language !== "en");
  return (
    <section aria-labelledby="translations-heading">
      <h3 className="heading-m" id="translations-heading">
        {t("strategy:actions.translationsHeading")}
      </h3>
      <p className="body">{t("strategy:actions.translationsIntro")}</p>
      {translated.length > 0 ? (
        <ul className="list list--bullet">
          {translated.map((x) => (
            <li key={x.language}>
              {languageNames[x.language as keyof typeof languageNames] ?? x.language}{" "}
              <Link className="link" to={`${page}?edit=${entryId}&lang=${x.language}#translation-form`}>
                {t("strategy:change")}
                <span className="visually-hidden"> {languageNames[x.language as keyof typeof languageNames]}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="body">{t("strategy:actions.noTranslations")}</p>
      )}
      <Form method="post" noValidate id="translation-form" key={`tr-${language ?? "none"}`}>
        <CsrfField token={csrf} />
        <input type="hidden" name="entryId" value={entryId} />
        <SelectField
          id="tr-language"
          name="language"
          label={t("strategy:actions.fields.language")}
          value={shown.language}
          error={text(errors.language)}
          choices={TRANSLATION_LANGUAGES.map((l) => ({ value: l, label: `${languageNames[l]} (${l})` }))}
          empty={t("strategy:actions.choose")}
        />
        <WordsFields prefix="tr-" values={shown} errors={errors} />
        <Button name="intent" value="translate">
          {t("strategy:actions.saveTranslation")}
        </Button>
      </Form>
    </section>
  );
}
