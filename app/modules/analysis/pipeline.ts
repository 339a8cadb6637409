/**
 * The analyser as a small pipeline: each step reads the input record and adds
 * its findings to the result. Disclosure detection is the first step; themes
 * and redaction are meant to be added as further steps, each filling its own
 * fields of the result.
 */
import { mayDiscloseHarm } from "~/modules/safeguarding/disclosure";
import type { InputRecord } from "./records";

export interface AnalysisResult {
  id: string | number;
  /** The text may describe current harm (see app/modules/safeguarding/disclosure.ts). */
  disclosure: boolean;
}

export type AnalysisStep = (record: InputRecord, result: AnalysisResult) => void;

export const detectDisclosure: AnalysisStep = (record, result) => {
  result.disclosure = mayDiscloseHarm(record.text);
};

export const DEFAULT_STEPS: readonly AnalysisStep[] = [detectDisclosure];

export function analyseRecord(record: InputRecord, steps: readonly AnalysisStep[] = DEFAULT_STEPS): AnalysisResult {
  const result: AnalysisResult = { id: record.id, disclosure: false };
  for (const step of steps) step(record, result);
  return result;
}
