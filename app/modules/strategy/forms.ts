import { z } from "zod";
import { firstErrors, type FieldErrors } from "~/modules/workspace/form";

// What the strategy page's forms may say: checked on the server (zod), with
// each message an i18n key in the `strategy` namespace. No database here, so
// the unit tests run without one.

export const MAX_TITLE = 120;
export const MAX_DESCRIPTION = 1000;
export const MAX_POSITION = 999;

const uuid = z.uuid("strategy:errors.unknown");

export const priorityForm = z.object({
  title: z.string().trim().min(1, "strategy:errors.titleMissing").max(MAX_TITLE, "strategy:errors.titleTooLong"),
  description: z.string().trim().max(MAX_DESCRIPTION, "strategy:errors.descriptionTooLong"),
  position: z
    .string()
    .trim()
    .refine((v) => v === "" || /^\d{1,3}$/.test(v), "strategy:errors.positionFormat")
    .transform((v) => (v === "" ? null : Number(v))),
});
export type PriorityInput = z.output<typeof priorityForm>;
export type PriorityField = "title" | "description" | "position";
export type PriorityValues = Record<PriorityField, string>;

export const groupForm = z.object({
  name: z.string().trim().min(1, "strategy:errors.nameMissing").max(MAX_TITLE, "strategy:errors.nameTooLong"),
  description: z.string().trim().max(MAX_DESCRIPTION, "strategy:errors.descriptionTooLong"),
  priorityId: z.union([z.literal(""), uuid]).transform((v) => (v === "" ? null : v)),
  position: priorityForm.shape.position,
});
export type GroupInput = z.output<typeof groupForm>;
export type GroupField = "name" | "description" | "priorityId" | "position";
export type GroupValues = Record<GroupField, string>;

/** A list of ids (ticked checkboxes): each a uuid, no repeats kept. */
export const idList = z
  .array(uuid)
  .max(500, "strategy:errors.unknown")
  .transform((ids) => [...new Set(ids)]);

export type Parsed<T, F extends string> = { ok: true; data: T } | { ok: false; errors: FieldErrors<F> };

export function parsePriority(values: PriorityValues): Parsed<PriorityInput, PriorityField> {
  const result = priorityForm.safeParse(values);
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: firstErrors<PriorityField>(result) };
}

export function parseGroup(values: GroupValues): Parsed<GroupInput, GroupField> {
  const result = groupForm.safeParse(values);
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: firstErrors<GroupField>(result) };
}

/** Ticked ids, or null when any is not an id at all (a tampered form). */
export function parseIds(values: string[]): string[] | null {
  const result = idList.safeParse(values);
  return result.success ? result.data : null;
}
