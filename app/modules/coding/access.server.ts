import type { AppLoadContext } from "@remix-run/node";
import { staffData } from "~/modules/workspace/workspace.server";

export { staffData };

/** The coding pages' base address for a partnership. */
export function codingBase(slug: string): string {
  return `/staff/p/${encodeURIComponent(slug)}`;
}

/** A refused form that changed nothing (an unknown text, code or quote): 400, never a 500. */
export function refused(error: string) {
  return staffData({ ok: false as const, error }, 400);
}

export type { AppLoadContext };
