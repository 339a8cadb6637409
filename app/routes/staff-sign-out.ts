import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { STAFF_NO_STORE } from "~/modules/staff/access.server";
import { signOut } from "~/modules/staff/sign-in.server";

// Signing out changes state: POST only (with the CSRF token). A GET goes home.
export async function loader() {
  return redirect("/staff", { headers: STAFF_NO_STORE });
}

export async function action({ context, request }: ActionFunctionArgs) {
  return signOut(context, request);
}
