import { redirect } from "@remix-run/node";

// Placeholder: built in issue 3 [Safety and help].
export function loader() {
  return redirect("https://www.bbc.co.uk/weather");
}
