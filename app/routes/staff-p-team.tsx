import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorSummary } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { Radios } from "~/components/radios";
import { ConfirmAction, ConfirmPanel } from "~/components/workspace/confirm";
import { CheckboxList, CsrfField, TextInput, useErrorText } from "~/components/workspace/fields";
import { SuccessBanner, WorkspaceShell } from "~/components/workspace/shell";
import { STAFF_ROLES } from "~/modules/staff/roles";
import { changeTeam, loadTeam } from "~/modules/team/team.server";
import { publicOrigin } from "~/modules/links/staff.server";
import { formatUkDateTime } from "~/modules/workspace/dates";
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
  pageTitle: ({ t }) => (t as TFunction<["common", "admin"]>)("admin:team.title"),
};

export const headers = loaderAndActionHeaders;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  const access = await requireWorkspacePage(context, request, params.partnership, "team");
  const search = new URL(request.url).searchParams;
  const done = search.get("done");
  const team = await loadTeam(context.db, access.partnership.id);
  // ?remove=<id>: the page asks "are you sure?" first (without JavaScript; hydrated pages ask in a dialog).
  const removing = team.members.find((m) => m.userId === search.get("remove")) ?? null;
  return staffData({
    ...workspaceBasics(context, access),
    ...team,
    me: access.user.id,
    removing: removing ? { userId: removing.userId, displayName: removing.displayName } : null,
    done: done === "invited" || done === "roles" || done === "removed" ? done : null,
  });
}

export async function action({ context, request, params }: ActionFunctionArgs) {
  const { access, form } = await readWorkspaceForm(context, request, params.partnership, "team");
  const outcome = await changeTeam(context.db, { userId: access.user.id, partnershipId: access.partnership.id }, form, publicOrigin(request));
  const page = workspaceHref(access.partnership.slug, "team");
  if (outcome.intent === "invite") {
    if (outcome.result.ok) return workspaceRedirect(`${page}?done=invited`);
    return staffData({ intent: "invite" as const, values: outcome.result.values, errors: outcome.result.errors, rolesError: null }, 400);
  }
  if (outcome.result.ok) return workspaceRedirect(`${page}?done=${outcome.intent === "remove" ? "removed" : "roles"}`);
  return staffData(
    // `errors` is not empty, so the page title starts "Error:"; the message itself comes from rolesError.
    { intent: "roles" as const, values: null, errors: { roles: outcome.result.error }, rolesError: { userId: outcome.userId, error: outcome.result.error } },
    outcome.result.error === "notMember" ? 404 : 400,
  );
}

export default function TeamPage() {
  const { partnership, csrf, members, invitations, me, done, removing } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const { t, i18n } = useTranslation(["admin", "common"]);
  const errorText = useErrorText();
  const inviteErrors: { email?: string; role?: string } = failed?.intent === "invite" ? failed.errors : {};
  const inviteValues = failed?.intent === "invite" && failed.values ? failed.values : { email: "", role: "" };
  const rolesError = failed?.rolesError ?? null;
  const rolesErrorText =
    rolesError?.error === "lastAdmin" ? t("admin:team.errors.lastAdmin") : rolesError ? t("admin:team.errors.rolesNotSaved") : undefined;
  const summary = [
    ...(inviteErrors.email ? [{ href: "#email", text: errorText(inviteErrors.email)! }] : []),
    ...(inviteErrors.role ? [{ href: "#role", text: errorText(inviteErrors.role)! }] : []),
    ...(rolesError && rolesErrorText ? [{ href: `#roles-${rolesError.userId}`, text: rolesErrorText }] : []),
  ];
  const roleChoices = STAFF_ROLES.map((role) => ({ value: role, label: t(`admin:roles.${role}`) }));
  const teamHref = workspaceHref(partnership.slug, "team");
  const removeQuestion = (member: { userId: string; displayName: string }) => ({
    heading: t("admin:team.confirmRemove.heading", { name: member.displayName, partnership: partnership.name }),
    text: t("admin:team.confirmRemove.text"),
    confirmLabel: t("admin:team.confirmRemove.yes"),
    cancelLabel: t("admin:team.confirmRemove.no"),
    action: teamHref,
    fields: (
      <>
        <CsrfField token={csrf} />
        <input type="hidden" name="userId" value={member.userId} />
        <input type="hidden" name="intent" value="remove" />
      </>
    ),
  });

  return (
    <WorkspaceShell partnership={partnership} title={t("admin:team.title")}>
      <ErrorSummary items={summary} />
      {done ? (
        <SuccessBanner>{t(done === "invited" ? "admin:team.invited" : done === "removed" ? "admin:team.removed" : "admin:team.rolesSaved")}</SuccessBanner>
      ) : null}
      {removing ? <ConfirmPanel question={removeQuestion(removing)} cancelHref={teamHref} /> : null}

      <h2 className="heading-m">{t("admin:team.membersHeading")}</h2>
      {members.map((member) => {
        const error = rolesError?.userId === member.userId ? rolesErrorText : undefined;
        return (
          <section key={member.userId} className="team-member" aria-labelledby={`member-${member.userId}`}>
            <h3 className="heading-s" id={`member-${member.userId}`}>
              {member.displayName}
              {member.userId === me ? ` ${t("admin:team.you")}` : ""}
            </h3>
            <p className="body">{member.email}</p>
            <Form method="post" noValidate>
              <CsrfField token={csrf} />
              <input type="hidden" name="userId" value={member.userId} />
              <CheckboxList
                id={`roles-${member.userId}`}
                name="roles"
                legend={t("admin:team.rolesLegend", { name: member.displayName })}
                choices={roleChoices}
                value={member.roles}
                error={error}
              />
              <div className="button-group">
                <Button name="intent" value="roles" className="button--secondary">
                  {t("admin:team.saveRoles")}
                </Button>
              </div>
            </Form>
            <ConfirmAction
              label={t("admin:team.remove", { name: member.displayName })}
              confirmHref={`${teamHref}?remove=${member.userId}`}
              question={removeQuestion(member)}
            />
          </section>
        );
      })}

      <h2 className="heading-m">{t("admin:team.invitationsHeading")}</h2>
      {invitations.length === 0 ? (
        <p className="body">{t("admin:team.noInvitations")}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t("admin:team.invitationsHeading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("admin:team.email")}</th>
              <th scope="col">{t("admin:team.role")}</th>
              <th scope="col">{t("admin:team.expires")}</th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => (
              <tr key={invitation.id}>
                <td>{invitation.email}</td>
                <td>{t(`admin:roles.${invitation.role}`)}</td>
                <td>{formatUkDateTime(invitation.expiresAt, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 className="heading-m">{t("admin:team.inviteHeading")}</h2>
      <Form method="post" noValidate>
        <CsrfField token={csrf} />
        <TextInput
          id="email"
          label={t("admin:team.email")}
          hint={t("admin:team.emailHint")}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={inviteValues.email}
          error={errorText(inviteErrors.email)}
        />
        <Radios
          id="role"
          name="role"
          legend={t("admin:team.role")}
          orText={t("common:question.or")}
          value={inviteValues.role}
          error={errorText(inviteErrors.role)}
          choices={roleChoices}
        />
        <Button name="intent" value="invite">
          {t("admin:team.send")}
        </Button>
      </Form>
    </WorkspaceShell>
  );
}
