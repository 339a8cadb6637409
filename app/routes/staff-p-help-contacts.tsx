import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorSummary } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { CsrfField, SingleCheckbox, TextInput, useErrorText } from "~/components/workspace/fields";
import { SuccessBanner, WorkspaceShell } from "~/components/workspace/shell";
import { formatDay } from "~/modules/help/format";
import { NEVER_REVIEWED } from "#db/schema/help-contacts.ts";
import {
  CONTACT_FIELDS,
  CONTACT_KINDS,
  contactsValues,
  type ContactsFormField,
} from "~/modules/settings/help-contacts-form";
import { loadHelpSettings, saveExitSite, saveHelpContacts } from "~/modules/settings/help-settings.server";
import { textField } from "~/modules/workspace/form";
import { workspaceHref } from "~/modules/workspace/pages";
import {
  readWorkspaceForm,
  requireWorkspacePage,
  staffData,
  workspaceBasics,
  workspaceRedirect,
} from "~/modules/workspace/workspace.server";
import { loaderAndActionHeaders } from "~/modules/http/page-headers";

export const handle: PageHandle = {
  pageTitle: ({ t }) => (t as TFunction<["common", "admin"]>)("admin:helpContacts.title"),
};

export const headers = loaderAndActionHeaders;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  const access = await requireWorkspacePage(context, request, params.partnership, "helpContacts");
  const done = new URL(request.url).searchParams.get("done");
  return staffData({
    ...workspaceBasics(context, access),
    settings: await loadHelpSettings(context.db, access.partnership.id),
    done: done === "contacts" || done === "exit" ? done : null,
  });
}

export async function action({ context, request, params }: ActionFunctionArgs) {
  const { access, form } = await readWorkspaceForm(context, request, params.partnership, "helpContacts");
  const actor = { userId: access.user.id, partnershipId: access.partnership.id };
  const page = workspaceHref(access.partnership.slug, "helpContacts");
  if (textField(form, "intent") === "exit") {
    const result = await saveExitSite(context.db, actor, form);
    if (result.ok) return workspaceRedirect(`${page}?done=exit`);
    return staffData({ intent: "exit" as const, exit: result, contacts: null, errors: result.errors }, 400);
  }
  const result = await saveHelpContacts(context.db, actor, form);
  if (result.ok) return workspaceRedirect(`${page}?done=contacts`);
  return staffData({ intent: "contacts" as const, contacts: result, exit: null, errors: result.errors }, 400);
}

const fieldId = (field: ContactsFormField) => field.replace(".", "-");

export default function HelpContactsPage() {
  const { partnership, csrf, settings, done } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const { t, i18n } = useTranslation(["admin", "common"]);
  const errorText = useErrorText();
  const contactErrors = failed?.contacts?.errors ?? {};
  const values = failed?.contacts?.values ?? contactsValues(settings.helpContacts);
  const exitError = failed?.exit?.errors.exitUrl;
  const exitValue = failed?.exit?.values.exitUrl ?? settings.exitUrl;
  const summary = [
    ...CONTACT_KINDS.flatMap((kind) =>
      CONTACT_FIELDS.flatMap((field) => {
        const key = contactErrors[`${kind}.${field}`];
        return key ? [{ href: `#${fieldId(`${kind}.${field}`)}`, text: `${t(`admin:helpContacts.${kind}`)}: ${errorText(key)}` }] : [];
      }),
    ),
    ...(exitError ? [{ href: "#exitUrl", text: errorText(exitError)! }] : []),
  ];

  return (
    <WorkspaceShell partnership={partnership} title={t("admin:helpContacts.title")}>
      <ErrorSummary items={summary} />
      {done ? <SuccessBanner>{t(done === "exit" ? "admin:helpContacts.exitSaved" : "admin:helpContacts.contactsSaved")}</SuccessBanner> : null}
      <p className="body">{t("admin:helpContacts.intro")}</p>
      <p className="body">
        {settings.helpContacts.lastReviewedOn === NEVER_REVIEWED
          ? t("admin:helpContacts.neverReviewed")
          : t("admin:helpContacts.lastReviewed", { date: formatDay(settings.helpContacts.lastReviewedOn, i18n.language) })}
      </p>

      <Form method="post" noValidate>
        <CsrfField token={csrf} />
        {CONTACT_KINDS.map((kind) => (
          <fieldset key={kind} className="fieldset">
            <legend className="fieldset__legend fieldset__legend--m">
              <h2 className="fieldset__heading">{t(`admin:helpContacts.${kind}`)}</h2>
            </legend>
            {CONTACT_FIELDS.map((field) => {
              const name: ContactsFormField = `${kind}.${field}`;
              return (
                <TextInput
                  key={name}
                  id={fieldId(name)}
                  name={name}
                  label={t(`admin:helpContacts.fields.${field}`)}
                  hint={t(`admin:helpContacts.hints.${field}`)}
                  type={field === "phone" ? "tel" : field === "website" ? "url" : "text"}
                  spellCheck={field === "phone" || field === "website" ? false : undefined}
                  value={values[name]}
                  error={errorText(contactErrors[name])}
                />
              );
            })}
          </fieldset>
        ))}
        <SingleCheckbox id="reviewed" name="reviewed" label={t("admin:helpContacts.reviewed")} checked={values.reviewed} />
        <Button name="intent" value="contacts">
          {t("admin:helpContacts.saveContacts")}
        </Button>
      </Form>

      <h2 className="heading-m">{t("admin:helpContacts.exitHeading")}</h2>
      <p className="body">{t("admin:helpContacts.exitIntro")}</p>
      <Form method="post" noValidate>
        <CsrfField token={csrf} />
        <TextInput
          id="exitUrl"
          label={t("admin:helpContacts.exitLabel")}
          hint={t("admin:helpContacts.exitHint")}
          type="url"
          spellCheck={false}
          value={exitValue}
          error={errorText(exitError)}
        />
        <Button name="intent" value="exit">
          {t("admin:helpContacts.saveExit")}
        </Button>
      </Form>
    </WorkspaceShell>
  );
}
