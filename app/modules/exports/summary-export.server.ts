import type { ThemedSummary } from "~/modules/reports/summary-types";
import { renderSummaryDocx } from "./docx.server";
import { summaryFileName } from "./filename";
import { renderSummaryPdf } from "./pdf.server";
import { csvFile } from "./spreadsheet";
import { tidyRows } from "./summary-content";
import { renderSummaryXlsx } from "./xlsx.server";

/** CONTRACT (issue 7): the downloadable forms of a themed summary. */
export const SUMMARY_EXPORT_FORMATS = ["pdf", "docx", "csv", "xlsx"] as const;
export type SummaryExportFormat = (typeof SUMMARY_EXPORT_FORMATS)[number];

export interface ExportFile {
  body: Uint8Array;
  contentType: string;
  /** A safe file name, e.g. "northshire-early-help-2026-q3.docx". */
  filename: string;
}

const CONTENT_TYPES: Record<SummaryExportFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * A themed summary as a file: PDF (tagged), Word, CSV (one tidy table,
 * UTF-8 with BOM) or Excel. All four are drawn from the same protected
 * summary: hidden counts are [c], never numbers; spreadsheet text cannot run as a formula.
 */
export async function renderSummaryExport(summary: ThemedSummary, format: SummaryExportFormat): Promise<ExportFile> {
  const filename = summaryFileName(summary.partnership.slug, summary.group.name, summary.period.from, summary.period.to, format);
  const body =
    format === "pdf"
      ? await renderSummaryPdf(summary)
      : format === "docx"
        ? await renderSummaryDocx(summary)
        : format === "xlsx"
          ? await renderSummaryXlsx(summary)
          : csvFile(tidyRows(summary));
  return { body, contentType: CONTENT_TYPES[format], filename };
}
