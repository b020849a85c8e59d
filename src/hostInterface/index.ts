/**
 * One Host: a workbook the checker reads, writes templates into and marks, wherever it lives.
 * The Office.js host (src/addin/host/officeHost.ts) and the .xlsx host (src/xlsx/xlsxHost.ts)
 * implement it, so a feature written against it (a results sheet, a fix applied) runs on both.
 */
import type { Finding, WorkbookGrid } from '../engine';
import type { TemplateLayout } from '../template';

export interface Host {
  /** Every sheet as a grid, hidden ones included (the reader skips them and takes profiles from them). */
  readGrids(): Promise<WorkbookGrid>;
  /**
   * Adds the layout's sheets beside the existing ones, never in place of one; returns the names
   * of the form sheets written.
   */
  writeTemplate(layout: TemplateLayout): Promise<string[]>;
  /**
   * Fills each finding's cell by its worst severity and writes the findings into its note,
   * remembering what the cell had; returns how many cells are marked.
   */
  markFindings(findings: Finding[]): Promise<number>;
  /** Gives every marked cell back exactly its own fill and note; returns how many. */
  clearMarks(): Promise<number>;
}
