import type { ActionFunctionArgs } from "@remix-run/node";
import { STAFF_NO_STORE } from "~/modules/staff/access.server";
import { pingSession } from "~/modules/staff/sign-in.server";

// "Stay signed in": POST with the CSRF token marks the session used.
// A resource route's loader must return a Response: under single fetch, data()'s status and headers are dropped here.
export async function loader() {
  return Response.json({ error: "method" }, { status: 405, headers: { ...STAFF_NO_STORE, Allow: "POST" } });
}

export async function action({ context, request }: ActionFunctionArgs) {
  return pingSession(context, request);
}
