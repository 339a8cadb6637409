import type { ThemedSummary } from "~/modules/reports/summary-types";

/** CONTRACT (issue 7): the downloadable forms of a themed summary. */
export const SUMMARY_EXPORT_FORMATS = ["pdf", "docx", "csv", "xlsx"] as const;
export type SummaryExportFormat = (typeof SUMMARY_EXPORT_FORMATS)[number];

export interface ExportFile {
  body: Uint8Array;
  contentType: string;
  /** A safe file name, e.g. "northshire-early-help-2026-q3.docx". */
  filename: string;
}

export async function renderSummaryExport(summary: ThemedSummary, format: SummaryExportFormat): Promise<ExportFile> {
  void summary;
  throw new Error(`renderSummaryExport(${format}): not written yet`);
}
