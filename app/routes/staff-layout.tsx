import { Outlet } from "@remix-run/react";
import type { PageHandle } from "~/components/page";

// Placeholder: the staff layout (hydrated, navigation, idle warning) comes with sign-in.
export const handle: PageHandle = { hydrate: true };

export default function StaffLayout() {
  return <Outlet />;
}
