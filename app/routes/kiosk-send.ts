import type { ActionFunctionArgs } from "@remix-run/node";
import { receiveKioskRecord } from "~/modules/kiosk/pages.server";

// Where kiosk.js sends finished responses as JSON (just sent, or kept while offline). Kiosk tablets only.
export async function loader() {
  return new Response(null, { status: 405, headers: { Allow: "POST", "Cache-Control": "no-store" } });
}

export async function action({ context, request }: ActionFunctionArgs) {
  return receiveKioskRecord(context, request);
}

