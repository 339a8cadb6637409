import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorSummary } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import { CsrfField, TextInput, useErrorText } from "~/components/workspace/fields";
import { SuccessBanner } from "~/components/workspace/shell";
import {
  loadPartnershipsPage,
  submitPartnership,
  type PartnershipField,
  type PartnershipValues,
} from "~/modules/platform/partnerships-admin.server";
import { STAFF_NO_STORE } from "~/modules/staff/access.server";
import { formatUkDateTime } from "~/modules/workspace/dates";

export const handle: PageHandle = {
  hydrate: true,
  staff: true,
  pageTitle: ({ t }) => (t as TFunction<["common", "platform"]>)("platform:partnerships.title"),
};

export const headers: HeadersFunction = () => STAFF_NO_STORE;

export async function loader({ context, request }: LoaderFunctionArgs) {
  return loadPartnershipsPage(context, request);
}

export async function action({ context, request }: ActionFunctionArgs) {
  return submitPartnership(context, request);
}

const FIELDS: PartnershipField[] = ["name", "slug", "adminEmail"];
const EMPTY: PartnershipValues = { name: "", slug: "", adminEmail: "" };

export default function PlatformPartnerships() {
  const { csrf, partnerships, created } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const { t, i18n } = useTranslation(["platform", "common"]);
  const errorText = useErrorText();
  const errors: Partial<Record<PartnershipField, string>> = failed?.errors ?? {};
  const values = failed?.values ?? EMPTY;
  const summary = FIELDS.filter((f) => errors[f]).map((f) => ({ href: `#${f}`, text: errorText(errors[f])! }));
  return (
    <PageShell back="/staff">
      <ErrorSummary items={summary} />
      {created && !failed ? <SuccessBanner>{t("platform:partnerships.created", { name: created })}</SuccessBanner> : null}
      <h1 className="heading-l">{t("platform:partnerships.title")}</h1>
      <p className="body">{t("platform:partnerships.intro")}</p>

      <h2 className="heading-m">{t("platform:partnerships.listHeading")}</h2>
      {partnerships.length === 0 ? (
        <p className="body">{t("platform:partnerships.none")}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t("platform:partnerships.listHeading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("platform:partnerships.name")}</th>
              <th scope="col">{t("platform:partnerships.slug")}</th>
              <th scope="col">{t("platform:partnerships.members")}</th>
              <th scope="col">{t("platform:partnerships.contacts")}</th>
              <th scope="col">{t("platform:partnerships.createdOn")}</th>
            </tr>
          </thead>
          <tbody>
            {partnerships.map((p) => (
              <tr key={p.id}>
                <td>{p.name}</td>
                <td>{p.slug}</td>
                <td>{p.members.toLocaleString(i18n.language)}</td>
                <td>{p.contactsReviewed ? t("platform:partnerships.reviewed") : <strong>{t("platform:partnerships.notReviewed")}</strong>}</td>
                <td>{formatUkDateTime(p.createdAt, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 className="heading-m">{t("platform:partnerships.createHeading")}</h2>
      <Form method="post" noValidate>
        <CsrfField token={csrf} />
        <TextInput
          id="name"
          label={t("platform:partnerships.name")}
          hint={t("platform:partnerships.nameHint")}
          value={values.name}
          error={errorText(errors.name)}
        />
        <TextInput
          id="slug"
          label={t("platform:partnerships.slug")}
          hint={t("platform:partnerships.slugHint")}
          value={values.slug}
          spellCheck={false}
          error={errorText(errors.slug)}
        />
        <TextInput
          id="adminEmail"
          type="email"
          label={t("platform:partnerships.adminEmail")}
          hint={t("platform:partnerships.adminEmailHint")}
          value={values.adminEmail}
          spellCheck={false}
          error={errorText(errors.adminEmail)}
        />
        <p className="body">{t("platform:partnerships.contactsNote")}</p>
        <Button>{t("platform:partnerships.button")}</Button>
      </Form>
    </PageShell>
  );
}
