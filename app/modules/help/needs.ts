/**
 * What early-help services help with. Survey options carry these codes as
 * signposts, and the directory filters on them; the words people read are in
 * the `help` namespace under `needs.<code>`.
 */
export const NEEDS = [
  "food",
  "money",
  "housing",
  "parenting",
  "mental-health",
  "domestic-abuse",
  "drugs-alcohol",
  "young-carers",
  "send",
  "school",
  "lonely",
] as const;
export type Need = (typeof NEEDS)[number];

/** Who a service is for: age bands of children and young people, and parents and carers. */
export const SERVICE_AUDIENCES = ["under-11", "11-15", "16-18", "18-25", "parents"] as const;
export type ServiceAudience = (typeof SERVICE_AUDIENCES)[number];

export function isNeed(value: string): value is Need {
  return (NEEDS as readonly string[]).includes(value);
}

export function isServiceAudience(value: string): value is ServiceAudience {
  return (SERVICE_AUDIENCES as readonly string[]).includes(value);
}
