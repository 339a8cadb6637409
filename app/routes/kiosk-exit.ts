import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { exitKiosk } from "~/modules/kiosk/pages.server";

// "Exit this page" on a kiosk: back to the neutral start, still a kiosk (a real link, and a form may post here).
export async function loader({ context, request }: LoaderFunctionArgs) {
  return exitKiosk(context, request);
}

export async function action({ context, request }: ActionFunctionArgs) {
  return exitKiosk(context, request);
}
