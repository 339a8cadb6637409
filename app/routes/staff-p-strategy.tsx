import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorSummary } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { SelectField } from "~/components/strategy/select-field";
import { CheckboxList, CsrfField, TextInput } from "~/components/workspace/fields";
import { SuccessBanner, WorkspaceShell } from "~/components/workspace/shell";
import { loaderAndActionHeaders } from "~/modules/http/page-headers";
import { loadStrategyPage, strategyAction } from "~/modules/strategy/page.server";
import { workspaceHref } from "~/modules/workspace/pages";

// /staff/p/:partnership/strategy: strategic priorities, implementation groups,
// the codes (themes) that feed each group and who sits on it. Admins edit;
// analysts read. Every form works without JavaScript.

export const handle: PageHandle = {
  pageTitle: ({ t }) => (t as TFunction<["common", "strategy"]>)("strategy:title"),
};

export const headers = loaderAndActionHeaders;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  return loadStrategyPage(context, request, params.partnership);
}

export async function action({ context, request, params }: ActionFunctionArgs) {
  return strategyAction(context, request, params.partnership);
}

const EMPTY_PRIORITY = { title: "", description: "", position: "" };
const EMPTY_GROUP = { name: "", description: "", priorityId: "", position: "" };

export default function StrategyPage() {
  const { partnership, csrf, canEdit, priorities, groups, codes, staff, editPriorityId, editGroupId, done } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation(["strategy", "admin", "common"]);
  const text = (key: string | undefined) => (key ? (t as unknown as (k: string) => string)(key) : undefined);
  const page = workspaceHref(partnership.slug, "strategy");

  const failure = result && "errors" in result ? result : null;
  const priorityFailure = failure && (failure.intent === "addPriority" || failure.intent === "savePriority") ? failure : null;
  const groupFailure = failure && (failure.intent === "addGroup" || failure.intent === "saveGroup") ? failure : null;
  const refusedError = result && "error" in result ? result.error : null;
  const prefix = failure ? (failure.intent.startsWith("add") ? "new-" : "edit-") : "";
  const summary = failure
    ? Object.entries(failure.errors as Record<string, string | undefined>)
        .filter(([, key]) => key)
        .map(([field, key]) => ({ href: `#${failure.intent.endsWith("Priority") ? "priority" : "group"}-${prefix}${field}`, text: text(key)! }))
    : [];

  const activePriorities = priorities.filter((p) => !p.archived);
  const archivedPriorities = priorities.filter((p) => p.archived);
  const activeGroups = groups.filter((g) => !g.archived);
  const archivedGroups = groups.filter((g) => g.archived);
  const priorityTitle = (id: string | null) => priorities.find((p) => p.id === id)?.title ?? t("strategy:groups.noPriority");
  const codeLabel = new Map(codes.map((c) => [c.id, c.label]));
  const staffName = new Map(staff.map((s) => [s.id, s.name]));

  const editingPriority = priorities.find((p) => p.id === (priorityFailure?.intent === "savePriority" ? priorityFailure.id : editPriorityId)) ?? null;
  const editingGroup = groups.find((g) => g.id === (groupFailure?.intent === "saveGroup" ? groupFailure.id : editGroupId)) ?? null;
  const priorityChoices = activePriorities.map((p) => ({ value: p.id, label: p.title }));

  return (
    <WorkspaceShell partnership={partnership} title={t("strategy:title")}>
      <ErrorSummary items={summary} />
      {refusedError ? <p className="body">{text(refusedError)}</p> : null}
      {done ? <SuccessBanner>{t(`strategy:done.${done}`)}</SuccessBanner> : null}
      <p className="body">{t("strategy:intro")}</p>
      {canEdit ? null : <p className="inset-text">{t("strategy:readOnly")}</p>}

      <h2 className="heading-m" id="priorities">
        {t("strategy:priorities.heading")}
      </h2>
      {activePriorities.length === 0 ? (
        <p className="body">{t("strategy:priorities.none")}</p>
      ) : (
        <table className="table" data-table="priorities">
          <caption className="visually-hidden">{t("strategy:priorities.heading")}</caption>
          <thead>
            <tr>
              <th scope="col" className="strategy-order">{t("strategy:priorities.position")}</th>
              <th scope="col">{t("strategy:priorities.title")}</th>
              <th scope="col">{t("strategy:priorities.groups")}</th>
              {canEdit ? <th scope="col">{t("strategy:columnActions")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {activePriorities.map((p) => (
              <tr key={p.id} data-priority={p.title}>
                <td>{p.position}</td>
                <th scope="row">
                  {p.title}
                  {p.description ? (
                    <>
                      <br />
                      <span className="hint">{p.description}</span>
                    </>
                  ) : null}
                </th>
                <td>
                  {activeGroups
                    .filter((g) => g.priorityId === p.id)
                    .map((g) => g.name)
                    .join(", ") || t("strategy:priorities.noGroups")}
                </td>
                {canEdit ? (
                  <td>
                    <Link className="link" to={`${page}?priority=${p.id}#priority-edit`}>
                      {t("strategy:change")}
                      <span className="visually-hidden"> {p.title}</span>
                    </Link>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {canEdit && editingPriority && !editingPriority.archived ? (
        <section aria-labelledby="priority-edit">
          <h3 className="heading-s" id="priority-edit" tabIndex={-1}>
            {t("strategy:priorities.editHeading", { title: editingPriority.title })}
          </h3>
          <Form method="post" noValidate key={editingPriority.id}>
            <CsrfField token={csrf} />
            <input type="hidden" name="priorityId" value={editingPriority.id} />
            <PriorityFields
              prefix="edit-"
              values={
                priorityFailure?.intent === "savePriority"
                  ? priorityFailure.values
                  : { title: editingPriority.title, description: editingPriority.description, position: String(editingPriority.position) }
              }
              errors={priorityFailure?.intent === "savePriority" ? priorityFailure.errors : {}}
            />
            <div className="button-group">
              <Button name="intent" value="savePriority">
                {t("strategy:priorities.save")}
              </Button>
              <button type="submit" className="button button--warning" name="intent" value="archivePriority">
                {t("strategy:priorities.archive")}
              </button>
              <Link className="link button-group__link" to={page}>
                {t("strategy:cancel")}
              </Link>
            </div>
          </Form>
        </section>
      ) : null}

      {canEdit ? (
        <details className="details" open={priorityFailure?.intent === "addPriority" || activePriorities.length === 0}>
          <summary>{t("strategy:priorities.addHeading")}</summary>
          <Form method="post" noValidate>
            <CsrfField token={csrf} />
            <PriorityFields
              prefix="new-"
              values={priorityFailure?.intent === "addPriority" ? priorityFailure.values : EMPTY_PRIORITY}
              errors={priorityFailure?.intent === "addPriority" ? priorityFailure.errors : {}}
            />
            <Button name="intent" value="addPriority">
              {t("strategy:priorities.add")}
            </Button>
          </Form>
        </details>
      ) : null}

      {archivedPriorities.length > 0 ? (
        <Archived
          heading={t("strategy:priorities.archivedHeading")}
          items={archivedPriorities.map((p) => ({ id: p.id, name: p.title }))}
          field="priorityId"
          intent="restorePriority"
          canEdit={canEdit}
          csrf={csrf}
        />
      ) : null}

      <h2 className="heading-m" id="groups">
        {t("strategy:groups.heading")}
      </h2>
      <p className="body">{t("strategy:groups.intro")}</p>
      {activeGroups.length === 0 ? <p className="body">{t("strategy:groups.none")}</p> : null}
      {activeGroups.map((g) => (
        <section key={g.id} className="strategy-group" aria-labelledby={`group-${g.id}`} data-group={g.name}>
          <h3 className="heading-s" id={`group-${g.id}`}>
            {g.name}
          </h3>
          <dl className="summary-list">
            <div className="summary-list__row">
              <dt className="summary-list__key">{t("strategy:groups.priority")}</dt>
              <dd className="summary-list__value">{priorityTitle(g.priorityId)}</dd>
            </div>
            {g.description ? (
              <div className="summary-list__row">
                <dt className="summary-list__key">{t("strategy:groups.description")}</dt>
                <dd className="summary-list__value">{g.description}</dd>
              </div>
            ) : null}
            <div className="summary-list__row">
              <dt className="summary-list__key">{t("strategy:groups.codes")}</dt>
              <dd className="summary-list__value" data-group-codes="">
                {g.codeIds.length === 0 ? t("strategy:groups.noCodes") : g.codeIds.map((id) => codeLabel.get(id) ?? "").filter(Boolean).join(", ")}
              </dd>
            </div>
            <div className="summary-list__row">
              <dt className="summary-list__key">{t("strategy:groups.members")}</dt>
              <dd className="summary-list__value">
                {g.memberIds.length === 0 ? t("strategy:groups.noMembers") : g.memberIds.map((id) => staffName.get(id) ?? "").filter(Boolean).join(", ")}
              </dd>
            </div>
          </dl>
          {canEdit ? (
            <p className="body">
              <Link className="link" to={`${page}?group=${g.id}#group-edit`}>
                {t("strategy:groups.change")}
                <span className="visually-hidden"> {g.name}</span>
              </Link>
            </p>
          ) : null}
        </section>
      ))}

      {canEdit && editingGroup && !editingGroup.archived ? (
        <section aria-labelledby="group-edit" className="strategy-edit">
          <h3 className="heading-m" id="group-edit" tabIndex={-1}>
            {t("strategy:groups.editHeading", { name: editingGroup.name })}
          </h3>
          <Form method="post" noValidate key={`details-${editingGroup.id}`}>
            <CsrfField token={csrf} />
            <input type="hidden" name="groupId" value={editingGroup.id} />
            <GroupFields
              prefix="edit-"
              priorities={priorityChoices}
              values={
                groupFailure?.intent === "saveGroup"
                  ? groupFailure.values
                  : {
                      name: editingGroup.name,
                      description: editingGroup.description,
                      priorityId: editingGroup.priorityId ?? "",
                      position: String(editingGroup.position),
                    }
              }
              errors={groupFailure?.intent === "saveGroup" ? groupFailure.errors : {}}
            />
            <Button name="intent" value="saveGroup">
              {t("strategy:groups.save")}
            </Button>
          </Form>

          <Form method="post" noValidate key={`codes-${editingGroup.id}`}>
            <CsrfField token={csrf} />
            <input type="hidden" name="groupId" value={editingGroup.id} />
            <CheckboxList
              id="group-codes"
              name="codes"
              legend={t("strategy:groups.codesLegend")}
              hint={t("strategy:groups.codesHint")}
              choices={codes.map((c) => ({ value: c.id, label: c.label }))}
              value={editingGroup.codeIds}
            />
            <Button name="intent" value="saveCodes">
              {t("strategy:groups.saveCodes")}
            </Button>
          </Form>

          <Form method="post" noValidate key={`members-${editingGroup.id}`}>
            <CsrfField token={csrf} />
            <input type="hidden" name="groupId" value={editingGroup.id} />
            {staff.length === 0 ? (
              <p className="body">{t("strategy:groups.noStaff")}</p>
            ) : (
              <CheckboxList
                id="group-members"
                name="members"
                legend={t("strategy:groups.membersLegend")}
                hint={t("strategy:groups.membersHint")}
                choices={staff.map((s) => ({
                  value: s.id,
                  label: `${s.name} (${s.email}): ${s.roles.map((r) => t(`admin:roles.${r}`)).join(", ")}`,
                }))}
                value={editingGroup.memberIds}
              />
            )}
            <Button name="intent" value="saveMembers">
              {t("strategy:groups.saveMembers")}
            </Button>
          </Form>

          <Form method="post">
            <CsrfField token={csrf} />
            <input type="hidden" name="groupId" value={editingGroup.id} />
            <div className="button-group">
              <button type="submit" className="button button--warning" name="intent" value="archiveGroup">
                {t("strategy:groups.archive")}
              </button>
              <Link className="link button-group__link" to={page}>
                {t("strategy:cancel")}
              </Link>
            </div>
          </Form>
        </section>
      ) : null}

      {canEdit ? (
        <details className="details" open={groupFailure?.intent === "addGroup"}>
          <summary>{t("strategy:groups.addHeading")}</summary>
          <Form method="post" noValidate>
            <CsrfField token={csrf} />
            <GroupFields
              prefix="new-"
              priorities={priorityChoices}
              values={groupFailure?.intent === "addGroup" ? groupFailure.values : EMPTY_GROUP}
              errors={groupFailure?.intent === "addGroup" ? groupFailure.errors : {}}
            />
            <Button name="intent" value="addGroup">
              {t("strategy:groups.add")}
            </Button>
          </Form>
        </details>
      ) : null}

      {archivedGroups.length > 0 ? (
        <Archived
          heading={t("strategy:groups.archivedHeading")}
          items={archivedGroups.map((g) => ({ id: g.id, name: g.name }))}
          field="groupId"
          intent="restoreGroup"
          canEdit={canEdit}
          csrf={csrf}
        />
      ) : null}
    </WorkspaceShell>
  );
}

function useText() {
  const { t } = useTranslation(["strategy", "admin", "common"]);
  return { t, text: (key: string | undefined) => (key ? (t as unknown as (k: string) => string)(key) : undefined) };
}

function PriorityFields({
  prefix,
  values,
  errors,
}: {
  prefix: string;
  values: { title: string; description: string; position: string };
  errors: Partial<Record<"title" | "description" | "position", string>>;
}) {
  const { t, text } = useText();
  return (
    <>
      <TextInput id={`priority-${prefix}title`} name="title" label={t("strategy:priorities.titleLabel")} value={values.title} error={text(errors.title)} />
      <TextInput
        id={`priority-${prefix}description`}
        name="description"
        label={t("strategy:priorities.descriptionLabel")}
        hint={t("strategy:optional")}
        value={values.description}
        error={text(errors.description)}
        multiline
      />
      <TextInput
        id={`priority-${prefix}position`}
        name="position"
        label={t("strategy:positionLabel")}
        hint={t("strategy:positionHint")}
        value={values.position}
        error={text(errors.position)}
        inputMode="text"
      />
    </>
  );
}

function GroupFields({
  prefix,
  values,
  errors,
  priorities,
}: {
  prefix: string;
  values: { name: string; description: string; priorityId: string; position: string };
  errors: Partial<Record<"name" | "description" | "priorityId" | "position", string>>;
  priorities: { value: string; label: string }[];
}) {
  const { t, text } = useText();
  return (
    <>
      <TextInput id={`group-${prefix}name`} name="name" label={t("strategy:groups.nameLabel")} value={values.name} error={text(errors.name)} />
      <TextInput
        id={`group-${prefix}description`}
        name="description"
        label={t("strategy:groups.descriptionLabel")}
        hint={t("strategy:optional")}
        value={values.description}
        error={text(errors.description)}
        multiline
      />
      <SelectField
        id={`group-${prefix}priorityId`}
        name="priorityId"
        label={t("strategy:groups.priorityLabel")}
        value={values.priorityId}
        error={text(errors.priorityId)}
        choices={priorities}
        empty={t("strategy:groups.noPriority")}
      />
      <TextInput
        id={`group-${prefix}position`}
        name="position"
        label={t("strategy:positionLabel")}
        hint={t("strategy:positionHint")}
        value={values.position}
        error={text(errors.position)}
      />
    </>
  );
}

function Archived({
  heading,
  items,
  field,
  intent,
  canEdit,
  csrf,
}: {
  heading: string;
  items: { id: string; name: string }[];
  field: string;
  intent: string;
  canEdit: boolean;
  csrf: string;
}) {
  const { t } = useText();
  return (
    <details className="details">
      <summary>{heading}</summary>
      <ul className="list">
        {items.map((item) => (
          <li key={item.id}>
            {item.name}{" "}
            {canEdit ? (
              <Form method="post" className="inline-form">
                <CsrfField token={csrf} />
                <input type="hidden" name={field} value={item.id} />
                <button type="submit" className="button button--secondary" name="intent" value={intent}>
                  {t("strategy:restore")}
                  <span className="visually-hidden"> {item.name}</span>
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
