import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { exitThisPage } from "~/modules/safety/exit.server";

// "Exit this page": a real link (GET), and a form may post here too.
export async function loader({ context, request }: LoaderFunctionArgs) {
  return exitThisPage(context, request);
}

export async function action({ context, request }: ActionFunctionArgs) {
  return exitThisPage(context, request);
}
