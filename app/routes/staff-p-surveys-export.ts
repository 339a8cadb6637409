import type { LoaderFunctionArgs } from "@remix-run/node";
import { recordAudit } from "~/modules/audit/audit.server";
import { builderAccess, notFound } from "~/modules/builder/access.server";
import { exportDefinition } from "~/modules/builder/builder.server";

/** The survey's newest definition as a JSON file. */
export async function loader({ context, request, params }: LoaderFunctionArgs) {
  const { actor, partnership } = await builderAccess(context, request, params);
  const file = await exportDefinition(context.db, partnership.id, params.surveyId ?? "");
  if (!file) notFound();
  await recordAudit(context.db, {
    actorId: actor.userId,
    partnershipId: actor.partnershipId,
    action: "export",
    subjectType: "survey_definition",
    subjectId: params.surveyId,
  });
  return new Response(file.json, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      // X-Content-Type-Options comes from the server for every response; set here too it was sent twice.
      "Cache-Control": "no-store",
    },
  });
}
