import { data, type ActionFunctionArgs } from "@remix-run/node";
import { STAFF_NO_STORE } from "~/modules/staff/access.server";
import { pingSession } from "~/modules/staff/sign-in.server";

// "Stay signed in": POST with the CSRF token marks the session used.
export async function loader() {
  return data({ error: "method" }, { status: 405, headers: { ...STAFF_NO_STORE, Allow: "POST" } });
}

export async function action({ context, request }: ActionFunctionArgs) {
  return pingSession(context, request);
}
