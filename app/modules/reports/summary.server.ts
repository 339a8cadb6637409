import type { Database } from "~/modules/db/client.server";
import type { ThemedSummary } from "./summary-types";

/**
 * CONTRACT (issue 7): what a themed summary is built from. The summary work
 * writes the body; the benchmark and export routes call it.
 */
export interface SummaryInput {
  partnershipId: string;
  groupId: string;
  /** Inclusive YYYY-MM-DD. */
  from: string;
  to: string;
  /** Surveys to count; empty means every survey of the partnership. */
  surveyIds: string[];
  includeFeedback: boolean;
}

export async function buildThemedSummary(db: Database, input: SummaryInput): Promise<ThemedSummary> {
  void db;
  void input;
  throw new Error("buildThemedSummary: not written yet");
}
