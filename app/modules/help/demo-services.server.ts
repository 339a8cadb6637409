import type { Database } from "~/modules/db/client.server";
import { helpServices } from "#db/schema/index.ts";
import { DEMO_SERVICES } from "./demo-services";

/**
 * Puts Northshire's demo directory into the partnership. Safe to run again,
 * and from two processes at once: a service already there is left as it is.
 */
export async function seedDemoServices(db: Database, partnershipId: string): Promise<void> {
  await db
    .insert(helpServices)
    .values(DEMO_SERVICES.map((service) => ({ ...service, partnershipId })))
    .onConflictDoNothing({ target: [helpServices.partnershipId, helpServices.slug] });
}
