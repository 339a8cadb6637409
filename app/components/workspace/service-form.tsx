import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorSummary } from "~/components/error-summary";
import { NEEDS, SERVICE_AUDIENCES } from "~/modules/help/needs";
import type { ServiceField, ServiceValues } from "~/modules/directory/service-form";
import { CheckboxList, CsrfField, SingleCheckbox, TextInput, useErrorText } from "./fields";

/** The order errors are listed in the summary: the order of the fields. */
const FIELD_ORDER: ServiceField[] = [
  "name",
  "summary",
  "needs",
  "audiences",
  "areas",
  "phone",
  "text",
  "website",
  "walkIn",
  "openingHours",
  "languages",
  "cost",
];

/** Adding or changing a service: one GOV.UK form, the same for both. */
export function ServiceForm({
  csrf,
  areas,
  values,
  errors,
  editing,
}: {
  csrf: string;
  areas: string[];
  values: ServiceValues;
  errors: Partial<Record<ServiceField, string>>;
  editing: boolean;
}) {
  const { t } = useTranslation(["admin", "help", "common"]);
  const errorText = useErrorText();
  const summary = FIELD_ORDER.filter((f) => errors[f]).map((f) => ({ href: `#${f}`, text: errorText(errors[f])! }));
  const text = (field: "name" | "phone" | "text" | "website" | "walkIn" | "openingHours" | "languages" | "cost", extra: Partial<Parameters<typeof TextInput>[0]> = {}) => (
    <TextInput id={field} label={t(`admin:services.fields.${field}`)} value={values[field]} error={errorText(errors[field])} {...extra} />
  );
  return (
    <>
      <ErrorSummary items={summary} />
      <Form method="post" noValidate>
        <CsrfField token={csrf} />
        {text("name")}
        <TextInput
          id="summary"
          label={t("admin:services.fields.summary")}
          hint={t("admin:services.hints.summary")}
          multiline
          value={values.summary}
          error={errorText(errors.summary)}
        />
        <CheckboxList
          id="needs"
          name="needs"
          legend={t("admin:services.fields.needs")}
          hint={t("admin:services.hints.needs")}
          choices={NEEDS.map((need) => ({ value: need, label: t(`help:needs.${need}`) }))}
          value={values.needs}
          error={errorText(errors.needs)}
        />
        <CheckboxList
          id="audiences"
          name="audiences"
          legend={t("admin:services.fields.audiences")}
          hint={t("admin:services.hints.audiences")}
          choices={SERVICE_AUDIENCES.map((audience) => ({ value: audience, label: t(`help:audiences.${audience}`) }))}
          value={values.audiences}
          error={errorText(errors.audiences)}
        />
        {areas.length > 0 ? (
          <CheckboxList
            id="areas"
            name="areas"
            legend={t("admin:services.fields.areas")}
            hint={t("admin:services.hints.areas")}
            choices={areas.map((area) => ({ value: area, label: area }))}
            value={values.areas}
            error={errorText(errors.areas)}
          />
        ) : null}
        <fieldset className="fieldset" aria-describedby="contact-hint">
          <legend className="fieldset__legend fieldset__legend--m">
            <h2 className="fieldset__heading">{t("admin:services.fields.contactHeading")}</h2>
          </legend>
          <div className="hint" id="contact-hint">
            {t("admin:services.hints.contact")}
          </div>
          {text("phone", { type: "tel", spellCheck: false })}
          {text("text", { type: "tel", spellCheck: false })}
          {text("website", { type: "url", spellCheck: false, hint: t("admin:services.hints.website") })}
          {text("walkIn", { hint: t("admin:services.hints.walkIn") })}
        </fieldset>
        {text("openingHours")}
        {text("languages", { hint: t("admin:services.hints.languages"), spellCheck: false })}
        {text("cost", { hint: t("admin:services.hints.cost") })}
        <SingleCheckbox id="national" name="national" label={t("admin:services.fields.national")} checked={values.national} />
        {editing ? <SingleCheckbox id="reviewed" name="reviewed" label={t("admin:services.reviewed")} checked={values.reviewed} /> : null}
        <Button name="intent" value="save">
          {t("admin:services.save")}
        </Button>
      </Form>
    </>
  );
}
